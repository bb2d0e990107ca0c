package vn.smartvillage.evaluation;

import java.util.Objects;

import vn.smartvillage.rules.Target;

/**
 * How far one unit is towards a plan target.
 *
 * @param target         the target
 * @param result         the target's indicator evaluated like a criterion (value, gap, progress)
 * @param deadlinePassed {@code true} if the assessment date is after the deadline
 */
public record TargetResult(Target target, CriterionResult result, boolean deadlinePassed) {

    /**
     * Checks the parts.
     *
     * @param target         the target judged, not null
     * @param result         the target's indicator evaluated like a criterion (value, gap, progress); not null
     * @param deadlinePassed {@code true} if the assessment date is after the target's deadline
     */
    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(result, "result");
    }

    /** {@return the verdict of the indicator, the same as {@code result().status()}} */
    public Status status() {
        return result.status();
    }
}
