package vn.smartvillage.evaluation;

import java.util.Objects;
import java.util.Optional;

import vn.smartvillage.Fraction;
import vn.smartvillage.model.AdminLevel;

/**
 * How the units at one lower level fare on one criterion or certification: "9 of 12 villages are
 * smart villages, 1 lacks data".
 *
 * @param kind          whether the subject is a criterion or a certification
 * @param subjectId     the criterion's or certification's id
 * @param level         the level of the units counted
 * @param met           how many meet it (or hold it)
 * @param notMet        how many do not
 * @param missingData   how many lack data to decide
 * @param notApplicable how many it does not apply to
 */
public record RollUp(Kind kind, String subjectId, AdminLevel level, long met, long notMet, long missingData,
        long notApplicable) {

    /** What a roll-up counts. */
    public enum Kind {
        /** Units meeting a criterion. */
        CRITERION,
        /** Units holding a certification. */
        CERTIFICATION
    }

    /**
     * Checks the parts.
     *
     * @param kind          whether the subject is a criterion or a certification, not null
     * @param subjectId     the criterion's or certification's id, not null
     * @param level         the level of the units counted, not null
     * @param met           how many meet it (or hold it), zero or more
     * @param notMet        how many do not, zero or more
     * @param missingData   how many lack data to decide, zero or more
     * @param notApplicable how many it does not apply to, zero or more
     * @throws IllegalArgumentException if a count is negative
     */
    public RollUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(level, "level");
        if (met < 0 || notMet < 0 || missingData < 0 || notApplicable < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
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
}
