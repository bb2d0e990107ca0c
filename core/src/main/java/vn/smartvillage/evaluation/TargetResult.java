package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.rules.Target;

/**
 * How far one unit is towards a plan target.
 *
 * <p>Made by the evaluator (and by reading a JSON report back), never by hand. Immutable; two results are
 * equal when all their parts are.
 */
@API(status = STABLE, since = "0.1")
public final class TargetResult {

    private final Target target;
    private final CriterionResult result;
    private final boolean deadlinePassed;

    /** Checks the parts. */
    TargetResult(Target target, CriterionResult result, boolean deadlinePassed) {
        this.target = Objects.requireNonNull(target, "target");
        this.result = Objects.requireNonNull(result, "result");
        this.deadlinePassed = deadlinePassed;
    }

    /** {@return the target judged} */
    public Target target() {
        return target;
    }

    /** {@return the target's indicator evaluated like a criterion (value, gap, progress)} */
    public CriterionResult result() {
        return result;
    }

    /** {@return {@code true} if the date whose rules were applied is after the target's deadline} */
    public boolean deadlinePassed() {
        return deadlinePassed;
    }

    /** {@return the verdict of the indicator, the same as {@code result().status()}} */
    public Status status() {
        return result.status();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetResult t && target.equals(t.target) && result.equals(t.result) && deadlinePassed == t.deadlinePassed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, result, deadlinePassed);
    }

    @Override
    public String toString() {
        return "TargetResult[target=" + target + ", result=" + result + ", deadlinePassed=" + deadlinePassed + "]";
    }
}
