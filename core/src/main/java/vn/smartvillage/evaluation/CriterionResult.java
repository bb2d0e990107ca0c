package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.apiguardian.api.API;

import vn.smartvillage.Fraction;
import vn.smartvillage.Text;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.rules.Criterion;

/**
 * The verdict of one criterion for one unit, with the value, the gap and the reason.
 *
 * <p>Made by the evaluator (and by reading a JSON report back), never by hand. Immutable and thread-safe.
 * The reason is written the first time it is asked for, not during the evaluation: a national evaluation
 * makes half a million results, and most are never read by a person. It is the same text whenever it is
 * written. Two results are equal when all their parts, the reason included, are equal.
 */
@API(status = STABLE, since = "0.1")
public final class CriterionResult {

    private static final Text NOT_ENCODED = Messages.text("threshold.notEncoded");

    private final Criterion criterion;
    private final String unitId;
    private final Status status;
    // Kept unwrapped (null when absent): a national evaluation makes half a million results.
    private final Fraction value;
    private final Gap gap;
    private final Fraction progress;
    private final List<String> missing;
    private volatile Text reason;
    private Supplier<Text> writer;

    /**
     * Creates a result whose reason is known (a result read back from a report); {@code value}, {@code gap} and
     * {@code progress} are {@code null} when absent.
     */
    CriterionResult(Criterion criterion, String unitId, Status status, Fraction value, Gap gap, Fraction progress, List<String> missing,
            Text reason) {
        this(criterion, unitId, status, value, gap, progress, missing, constant(Objects.requireNonNull(reason, "reason")));
        this.reason = reason;
    }

    /**
     * Creates a result from values that may be {@code null} (absent), whose reason {@code writer} writes
     * when first asked for; it must always write the same text.
     */
    CriterionResult(Criterion criterion, String unitId, Status status, Fraction value, Gap gap, Fraction progress,
            List<String> missing, Supplier<Text> writer) {
        this.criterion = Objects.requireNonNull(criterion, "criterion");
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.status = Objects.requireNonNull(status, "status");
        this.value = value;
        this.gap = gap;
        this.progress = progress;
        this.missing = missing.isEmpty() ? List.of() : List.copyOf(missing);
        this.writer = Objects.requireNonNull(writer, "writer");
        if (status == Status.MET && gap != null && !gap.isClosed()) {
            throw new IllegalArgumentException("a met criterion has no open gap");
        }
    }

    private static Supplier<Text> constant(Text t) {
        return () -> t;
    }

    /** {@return the criterion judged} */
    public Criterion criterion() {
        return criterion;
    }

    /** {@return the id of the unit assessed} */
    public String unitId() {
        return unitId;
    }

    /** {@return the verdict} */
    public Status status() {
        return status;
    }

    /**
     * {@return the measured value as an exact fraction (1100/4000 for a ratio, 3/1 for a count), or empty
     * when data is missing or there is nothing to measure}
     */
    public Optional<Fraction> value() {
        return Optional.ofNullable(value);
    }

    /**
     * {@return the least change that meets the criterion, or empty when the value is not fully known or no
     * change of the measured quantity alone can meet it} A met criterion has a gap of 0.
     */
    public Optional<Gap> gap() {
        return Optional.ofNullable(gap);
    }

    /** {@return how far the value has come towards the threshold, from 0 to 1, or empty without a value} */
    public Optional<Fraction> progress() {
        return Optional.ofNullable(progress);
    }

    /** {@return the ids of the metrics whose values are missing, in the order the measure reads them} */
    public List<String> missing() {
        return missing;
    }

    /** {@return why, in Vietnamese and English} The text is written the first time it is asked for. */
    public Text reason() {
        Text r = reason;
        if (r == null) {
            synchronized (this) {
                r = reason;
                if (r == null) {
                    r = Objects.requireNonNull(writer.get(), "reason");
                    reason = r;
                    writer = null;
                }
            }
        }
        return r;
    }

    /**
     * {@return the threshold as each language writes it: {@code ≥ 27,5 %} and {@code ≥ 27.5 %}} A criterion
     * not yet encoded says so instead.
     */
    public Text threshold() {
        return criterion.isEncoded() ? Judge.threshold(criterion) : NOT_ENCODED;
    }

    /** {@return {@code true} if the criterion is met} */
    public boolean isMet() {
        return status == Status.MET;
    }

    /**
     * {@return the value as a percentage (up to 2 decimals, half-even) when the measure is a share} Empty
     * for any other measure, or without a value.
     */
    public Optional<BigDecimal> percent() {
        return criterion.measure().isShare() && value != null ? Optional.of(value.percent(2)) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CriterionResult r && criterion.equals(r.criterion) && unitId.equals(r.unitId) && status == r.status
                && Objects.equals(value, r.value) && Objects.equals(gap, r.gap) && Objects.equals(progress, r.progress)
                && missing.equals(r.missing)
                && reason().equals(r.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterion.id(), unitId, status, value, gap);
    }

    @Override
    public String toString() {
        return "CriterionResult[" + criterion.id() + ", " + unitId + ", " + status + ", " + reason().en() + "]";
    }
}
