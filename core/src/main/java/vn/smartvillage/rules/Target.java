package vn.smartvillage.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan's goal for a unit by a deadline, such as a province's "≥ 95 % of the province's work records
 * processed online by 2025" or "at least 20 smart villages".
 *
 * <p>A target is measured like a criterion (its {@link #indicator}) and adds a deadline and, where the
 * plan states one, the baseline the plan started from.
 *
 * @param indicator the measure, threshold, level and citation of the goal
 * @param deadline  the last day by which the goal should be reached
 * @param baseline  the value at the start of the plan, in the threshold's unit (a percentage for a
 *                  share), or {@code null} if the plan does not state one
 */
public record Target(Criterion indicator, LocalDate deadline, BigDecimal baseline) {

    /**
     * Checks the parts.
     *
     * @param indicator the measure, threshold, level and citation of the goal, as a criterion; not null
     * @param deadline  the last day by which the goal should be reached, not null
     * @param baseline  the value at the start of the plan, zero or more, in the threshold's unit (a
     *                  percentage for a share), or {@code null} if the plan does not state one
     * @throws IllegalArgumentException if the baseline is negative
     */
    public Target {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(deadline, "deadline");
        if (baseline != null && baseline.signum() < 0) {
            throw new IllegalArgumentException("target '" + indicator.id() + "': a baseline cannot be negative");
        }
    }

    /** {@return the target's id, that of its indicator} */
    public String id() {
        return indicator.id();
    }

    /** {@return the baseline, if the plan states one} */
    public Optional<BigDecimal> knownBaseline() {
        return Optional.ofNullable(baseline);
    }
}
