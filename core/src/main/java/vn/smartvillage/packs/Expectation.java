package vn.smartvillage.packs;

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

    /** Checks that something is expected. */
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

    /** Returns the expected status, if checked. */
    public Optional<Status> expectedStatus() {
        return Optional.ofNullable(status);
    }

    /** Returns the expected gap, if checked. */
    public OptionalLong expectedGap() {
        return gap == null ? OptionalLong.empty() : OptionalLong.of(gap);
    }
}
