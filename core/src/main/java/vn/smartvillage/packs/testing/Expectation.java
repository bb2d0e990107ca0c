package vn.smartvillage.packs.testing;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import vn.smartvillage.evaluation.Status;

/**
 * What a pack test case expects of one result: a unit's criterion, certification or target, with its
 * status, and for a criterion or target perhaps its gap.
 *
 * @param unitId the unit
 * @param kind   what is checked
 * @param ruleId the criterion, certification or target
 * @param status the expected status, or {@code null} when only the gap is checked
 * @param gap    the expected gap in whole units (0 when met), or {@code null} when not checked
 */
public record Expectation(String unitId, Kind kind, String ruleId, Status status, Long gap) {

    /** What an expectation checks. */
    public enum Kind {
        /** A criterion result. */
        CRITERION,
        /** A certification: {@code MET} when held. */
        CERTIFICATION,
        /** A target. */
        TARGET
    }

    /**
     * Checks that something is expected.
     *
     * @param unitId the id of the unit whose result is checked, not null
     * @param kind   whether a criterion, certification or target result is checked, not null
     * @param ruleId the id of the criterion, certification or target, not null
     * @param status the status expected, or {@code null} when only the gap is checked
     * @param gap    the gap expected, in whole people, households, records or units (0 when met), zero or more;
     *               {@code null} when it is not checked, as for every certification
     * @throws NullPointerException     if the unit id, kind or rule id is {@code null}
     * @throws IllegalArgumentException if neither a status nor a gap is expected, or the gap is negative or
     *                                  given for a certification
     */
    public Expectation {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleId, "ruleId");
        if (status == null && gap == null) {
            throw new IllegalArgumentException("an expectation checks a status, a gap or both");
        }
        if (gap != null && (gap < 0 || kind == Kind.CERTIFICATION)) {
            throw new IllegalArgumentException("a gap is a whole number, zero or more, of a criterion or target");
        }
    }

    /** {@return the status expected, or empty when only the gap is checked} */
    public Optional<Status> expectedStatus() {
        return Optional.ofNullable(status);
    }

    /** {@return the gap expected, or empty when it is not checked} */
    public OptionalLong expectedGap() {
        return gap == null ? OptionalLong.empty() : OptionalLong.of(gap);
    }
}
