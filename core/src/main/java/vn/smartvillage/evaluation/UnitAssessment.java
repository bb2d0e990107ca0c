package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.model.Unit;
import vn.smartvillage.rules.RuleKind;

/**
 * Everything the evaluation found for one unit: its own criteria, certifications and targets, and how
 * the units below it fare.
 *
 * <p>Made by the evaluator (and by reading a JSON report back), never by hand. Immutable; two unit
 * assessments are equal when all their parts are.
 */
@API(status = STABLE, since = "0.1")
public final class UnitAssessment {

    private final Unit unit;
    private final List<CriterionResult> criteria;
    private final List<CertificationResult> certifications;
    private final List<TargetResult> targets;
    private final List<RollUp> rollUps;

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if the unit, a list or an element of a list is {@code null}
     */
    UnitAssessment(Unit unit, List<CriterionResult> criteria, List<CertificationResult> certifications, List<TargetResult> targets,
            List<RollUp> rollUps) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.criteria = List.copyOf(criteria);
        this.certifications = List.copyOf(certifications);
        this.targets = List.copyOf(targets);
        this.rollUps = List.copyOf(rollUps);
    }

    /** {@return the unit assessed} */
    public Unit unit() {
        return unit;
    }

    /** {@return the results of the pack's criteria for this unit's level, in pack order; unmodifiable} */
    public List<CriterionResult> criteria() {
        return criteria;
    }

    /** {@return the results of the pack's certifications for this unit's level, in pack order; unmodifiable} */
    public List<CertificationResult> certifications() {
        return certifications;
    }

    /** {@return the results of the pack's targets for this unit's level, in pack order; unmodifiable} */
    public List<TargetResult> targets() {
        return targets;
    }

    /**
     * {@return for each criterion, target and certification of a lower level, how the units below fare; empty for
     * a unit with nothing below it; unmodifiable}
     */
    public List<RollUp> rollUps() {
        return rollUps;
    }

    /**
     * {@return the result of the criterion {@code criterionId}, or empty if it is not for this level}
     *
     * @param criterionId the criterion's id in the pack, such as {@code "bg.village.electronic-id"}
     */
    public Optional<CriterionResult> criterion(String criterionId) {
        return criteria.stream().filter(r -> r.criterion().id().equals(criterionId)).findFirst();
    }

    /**
     * {@return the result of the certification {@code certificationId}, or empty if it is not for this level}
     *
     * @param certificationId the certification's id in the pack
     */
    public Optional<CertificationResult> certification(String certificationId) {
        return certifications.stream().filter(r -> r.certification().id().equals(certificationId)).findFirst();
    }

    /**
     * {@return the result of the target {@code targetId}, or empty if it is not for this level}
     *
     * @param targetId the target's id in the pack
     */
    public Optional<TargetResult> target(String targetId) {
        return targets.stream().filter(r -> r.target().id().equals(targetId)).findFirst();
    }

    /**
     * {@return the roll-up of a lower-level criterion or certification, or empty}
     *
     * @param kind      whether {@code subjectId} names a criterion (or a target, counted as the criterion it
     *                  measures) or a certification; {@link RuleKind#TARGET} finds none
     * @param subjectId the id of a criterion or certification set at a level below this unit's
     */
    public Optional<RollUp> rollUp(RuleKind kind, String subjectId) {
        return rollUps.stream().filter(r -> r.kind() == kind && r.subjectId().equals(subjectId)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitAssessment u && unit.equals(u.unit) && criteria.equals(u.criteria)
                && certifications.equals(u.certifications) && targets.equals(u.targets) && rollUps.equals(u.rollUps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, criteria, certifications, targets, rollUps);
    }

    @Override
    public String toString() {
        return "UnitAssessment[unit=" + unit + ", criteria=" + criteria + ", certifications=" + certifications + ", targets=" + targets
                + ", rollUps=" + rollUps + "]";
    }
}
