package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.Fraction;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.RuleKind;

/**
 * How the units at one lower level fare on one criterion or certification: "9 of 12 villages are
 * smart villages, 1 lacks data".
 *
 * <p>Made by the evaluator (and by reading a JSON report back), never by hand: the counts always add up
 * the units below. Immutable; two roll-ups are equal when all their parts are.
 */
@API(status = STABLE, since = "0.1")
public final class RollUp {

    private final RuleKind kind;
    private final String subjectId;
    private final AdminLevel level;
    private final long met;
    private final long notMet;
    private final long missingData;
    private final long notApplicable;

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a count is negative, or {@code kind} is {@link RuleKind#TARGET} (a
     *                                  target is counted as the criterion it measures)
     */
    RollUp(RuleKind kind, String subjectId, AdminLevel level, long met, long notMet, long missingData, long notApplicable) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (kind == RuleKind.TARGET) {
            throw new IllegalArgumentException("a roll-up counts a criterion or a certification; a target counts as a criterion");
        }
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.level = Objects.requireNonNull(level, "level");
        if (met < 0 || notMet < 0 || missingData < 0 || notApplicable < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        this.met = met;
        this.notMet = notMet;
        this.missingData = missingData;
        this.notApplicable = notApplicable;
    }

    /** {@return whether the subject is a criterion or a certification} */
    public RuleKind kind() {
        return kind;
    }

    /** {@return the criterion's or certification's id} */
    public String subjectId() {
        return subjectId;
    }

    /** {@return the level of the units counted} */
    public AdminLevel level() {
        return level;
    }

    /** {@return how many meet it (or hold it)} */
    public long met() {
        return met;
    }

    /** {@return how many do not} */
    public long notMet() {
        return notMet;
    }

    /** {@return how many lack data to decide} */
    public long missingData() {
        return missingData;
    }

    /** {@return how many it does not apply to} */
    public long notApplicable() {
        return notApplicable;
    }

    /** {@return the number of units counted, whatever their status} */
    public long total() {
        return met + notMet + missingData + notApplicable;
    }

    /**
     * {@return the share that meet it among those it applies to, or empty when it applies to none}
     * Units lacking data count in the denominator, never in the numerator.
     */
    public Optional<Fraction> share() {
        long applicable = met + notMet + missingData;
        return applicable == 0 ? Optional.empty() : Optional.of(Fraction.of(met, applicable));
    }

    /**
     * {@return the count of units with the given status}
     *
     * @param status the status counted, not null
     */
    public long count(Status status) {
        return switch (status) {
            case MET -> met;
            case NOT_MET -> notMet;
            case MISSING_DATA -> missingData;
            case NOT_APPLICABLE -> notApplicable;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RollUp r && kind == r.kind && subjectId.equals(r.subjectId) && level == r.level && met == r.met
                && notMet == r.notMet && missingData == r.missingData && notApplicable == r.notApplicable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subjectId, level, met, notMet, missingData, notApplicable);
    }

    @Override
    public String toString() {
        return "RollUp[kind=" + kind + ", subjectId=" + subjectId + ", level=" + level + ", met=" + met + ", notMet=" + notMet
                + ", missingData=" + missingData + ", notApplicable=" + notApplicable + "]";
    }
}
