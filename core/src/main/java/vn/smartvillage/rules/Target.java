package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * A plan's goal for a unit by a deadline, such as a province's "≥ 95 % of work records processed online by
 * 2025" or "at least 20 smart villages".
 *
 * <p>A target is measured like a criterion (its {@link #indicator}) and adds a deadline and, where the
 * plan states one, the baseline the plan started from (empty when it states none, never {@code null}).
 * Instances are immutable; two targets are equal when their parts are.
 */
@API(status = STABLE, since = "0.1")
public final class Target {

    private final Criterion indicator;
    private final LocalDate deadline;
    private final BigDecimal baseline;

    /**
     * A target whose plan states no baseline.
     *
     * @param indicator the measure, threshold, level and citation of the goal, as a criterion; not null
     * @param deadline  the last day by which the goal should be reached, not null
     */
    public Target(Criterion indicator, LocalDate deadline) {
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.baseline = null;
    }

    /**
     * A target with the baseline its plan started from.
     *
     * @param indicator the measure, threshold, level and citation of the goal, as a criterion; not null
     * @param deadline  the last day by which the goal should be reached, not null
     * @param baseline  the value at the start of the plan, zero or more, in the threshold's unit (a percentage
     *                  for a share); not null
     * @throws IllegalArgumentException if the baseline is negative
     */
    public Target(Criterion indicator, LocalDate deadline, BigDecimal baseline) {
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        if (baseline.signum() < 0) {
            throw new IllegalArgumentException("target '" + indicator.id() + "': a baseline cannot be negative");
        }
    }

    /** {@return the target's id, that of its indicator} */
    public String id() {
        return indicator.id();
    }

    /** {@return the measure, threshold, level and citation of the goal} */
    public Criterion indicator() {
        return indicator;
    }

    /** {@return the last day by which the goal should be reached} */
    public LocalDate deadline() {
        return deadline;
    }

    /**
     * {@return the value at the start of the plan, in the threshold's unit (a percentage for a share), or
     * empty if the plan does not state one}
     */
    public Optional<BigDecimal> baseline() {
        return Optional.ofNullable(baseline);
    }

    /**
     * {@return a copy measured by {@code indicator} instead, with the same deadline and baseline, as a pack
     * that changes its parent's threshold has it}
     *
     * @param indicator the new indicator, not null; its id is the target's id
     */
    public Target withIndicator(Criterion indicator) {
        return baseline == null ? new Target(indicator, deadline) : new Target(indicator, deadline, baseline);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target t && indicator.equals(t.indicator) && deadline.equals(t.deadline)
                && Objects.equals(baseline, t.baseline);
    }

    @Override
    public int hashCode() {
        return (indicator.hashCode() * 31 + deadline.hashCode()) * 31 + Objects.hashCode(baseline);
    }

    /** Returns the parts as a record writes them, an absent baseline as {@code null}. */
    @Override
    public String toString() {
        return "Target[indicator=" + indicator + ", deadline=" + deadline + ", baseline=" + baseline + "]";
    }
}
