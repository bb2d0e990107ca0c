package vn.smartvillage.packs.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.apiguardian.api.API;

import vn.smartvillage.evaluation.Status;
import vn.smartvillage.rules.RuleKind;

/**
 * What a pack test case expects of one result: a unit's criterion, certification or target, with its
 * status, and for a criterion or target perhaps its gap.
 *
 * <p>An expectation checks a status, a gap or both; what it does not check is empty, never {@code null}.
 * Instances are immutable; two expectations are equal when their parts are.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Expectation {

    private final String unitId;
    private final RuleKind kind;
    private final String ruleId;
    private final Status status;
    private final Long gap;

    private Expectation(String unitId, RuleKind kind, String ruleId, Status status, Long gap) {
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.status = status;
        this.gap = gap;
        if (gap != null && (gap < 0 || kind == RuleKind.CERTIFICATION)) {
            throw new IllegalArgumentException("a gap is a whole number, zero or more, of a criterion or target");
        }
    }

    /**
     * An expectation of a status only.
     *
     * @param unitId the id of the unit whose result is checked, not null
     * @param kind   whether a criterion, certification or target result is checked, not null
     * @param ruleId the id of the criterion, certification or target, not null
     * @param status the status expected, not null
     */
    public Expectation(String unitId, RuleKind kind, String ruleId, Status status) {
        this(unitId, kind, ruleId, Objects.requireNonNull(status, "status"), null);
    }

    /**
     * An expectation of a gap only.
     *
     * @param unitId the id of the unit whose result is checked, not null
     * @param kind   whether a criterion or target result is checked, not null
     * @param ruleId the id of the criterion or target, not null
     * @param gap    the gap expected, in whole people, households, records or units (0 when met), zero or more
     * @throws IllegalArgumentException if the gap is negative or the kind is a certification, which has no gap
     */
    public Expectation(String unitId, RuleKind kind, String ruleId, long gap) {
        this(unitId, kind, ruleId, null, Long.valueOf(gap));
    }

    /**
     * An expectation of a status and a gap.
     *
     * @param unitId the id of the unit whose result is checked, not null
     * @param kind   whether a criterion or target result is checked, not null
     * @param ruleId the id of the criterion or target, not null
     * @param status the status expected, not null
     * @param gap    the gap expected, in whole people, households, records or units (0 when met), zero or more
     * @throws IllegalArgumentException if the gap is negative or the kind is a certification, which has no gap
     */
    public Expectation(String unitId, RuleKind kind, String ruleId, Status status, long gap) {
        this(unitId, kind, ruleId, Objects.requireNonNull(status, "status"), Long.valueOf(gap));
    }

    /** {@return the id of the unit whose result is checked} */
    public String unitId() {
        return unitId;
    }

    /** {@return whether a criterion, certification or target result is checked} */
    public RuleKind kind() {
        return kind;
    }

    /** {@return the id of the criterion, certification or target} */
    public String ruleId() {
        return ruleId;
    }

    /** {@return the status expected, or empty when only the gap is checked} */
    public Optional<Status> status() {
        return Optional.ofNullable(status);
    }

    /** {@return the gap expected, in whole units (0 when met), or empty when it is not checked} */
    public OptionalLong gap() {
        return gap == null ? OptionalLong.empty() : OptionalLong.of(gap);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expectation e && unitId.equals(e.unitId) && kind == e.kind && ruleId.equals(e.ruleId)
                && status == e.status && Objects.equals(gap, e.gap);
    }

    @Override
    public int hashCode() {
        int h = unitId.hashCode();
        h = 31 * h + kind.hashCode();
        h = 31 * h + ruleId.hashCode();
        h = 31 * h + Objects.hashCode(status);
        return 31 * h + Objects.hashCode(gap);
    }

    /** Returns the parts as a record writes them, what is not checked as {@code null}. */
    @Override
    public String toString() {
        return "Expectation[unitId=" + unitId + ", kind=" + kind + ", ruleId=" + ruleId + ", status=" + status + ", gap=" + gap + "]";
    }
}
