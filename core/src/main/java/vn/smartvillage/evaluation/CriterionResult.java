package vn.smartvillage.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.smartvillage.Fraction;
import vn.smartvillage.Text;
import vn.smartvillage.rules.Criterion;

/**
 * The verdict of one criterion for one unit, with the value, the gap and the reason.
 *
 * @param criterion the criterion
 * @param unitId    the unit assessed
 * @param status    the verdict
 * @param value     the measured value as an exact fraction (1100/4000 for a ratio, 3/1 for a count, 1/1
 *                  or 0/1 for a flag; with undecided items, the part known to count); empty when data
 *                  is missing or there is nothing to measure
 * @param gap       the least change that meets the criterion; 0 when met; empty when the value is not
 *                  fully known or no change of the measured quantity alone can meet it
 * @param progress  how far the value has come towards the threshold, from 0 to 1; 1 when met; empty
 *                  without a value or while some counted items are undecided
 * @param missing   the ids of the metrics (or flags) whose values are missing, in the order the measure
 *                  reads them; a measure over children counts its undecided children in the value's
 *                  reason instead of listing them
 * @param reason    why, in Vietnamese and English
 */
public record CriterionResult(Criterion criterion, String unitId, Status status, Optional<Fraction> value,
        Optional<Gap> gap, Optional<Fraction> progress, List<String> missing, Text reason) {

    /** Checks the parts and copies the list. */
    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(progress, "progress");
        missing = List.copyOf(missing);
        Objects.requireNonNull(reason, "reason");
        if (status == Status.MET && gap.isPresent() && !gap.get().isClosed()) {
            throw new IllegalArgumentException("a met criterion has no open gap");
        }
    }

    /** Returns the threshold as each language writes it: {@code ≥ 27,5 %} and {@code ≥ 27.5 %}. */
    public Text threshold() {
        return Judge.threshold(criterion.threshold());
    }

    /** Returns {@code true} if the criterion is met. */
    public boolean isMet() {
        return status == Status.MET;
    }

    /** Returns the value as a percentage (up to 2 decimals, half-even) when the measure is a share. */
    public Optional<BigDecimal> percent() {
        return criterion.measure().isShare() ? value.map(v -> v.percent(2)) : Optional.empty();
    }
}
