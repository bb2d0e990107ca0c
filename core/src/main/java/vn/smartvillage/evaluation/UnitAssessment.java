package vn.smartvillage.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.smartvillage.model.Unit;

/**
 * Everything the evaluation found for one unit: its own criteria, certifications and targets, and how
 * the units below it fare.
 *
 * @param unit           the unit
 * @param criteria       the results of the pack's criteria for this unit's level, in pack order
 * @param certifications the results of the pack's certifications for this level, in pack order
 * @param targets        the results of the pack's targets for this level, in pack order
 * @param rollUps        for each criterion and certification of a lower level, how the units below fare
 */
public record UnitAssessment(Unit unit, List<CriterionResult> criteria, List<CertificationResult> certifications,
        List<TargetResult> targets, List<RollUp> rollUps) {

    /**
     * Copies the lists.
     *
     * @param unit           the unit assessed, not null
     * @param criteria       the results of the pack's criteria for this unit's level, in pack order; not null
     * @param certifications the results of the pack's certifications for this level, in pack order; not null
     * @param targets        the results of the pack's targets for this level, in pack order; not null
     * @param rollUps        for each criterion and certification of a lower level, how the units below fare;
     *                       not null, empty for a unit with nothing below it
     * @throws NullPointerException if the unit, a list or an element of a list is {@code null}
     */
    public UnitAssessment {
        Objects.requireNonNull(unit, "unit");
        criteria = List.copyOf(criteria);
        certifications = List.copyOf(certifications);
        targets = List.copyOf(targets);
        rollUps = List.copyOf(rollUps);
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
     * @param kind      whether {@code subjectId} names a criterion or a certification
     * @param subjectId the id of a criterion or certification set at a level below this unit's
     */
    public Optional<RollUp> rollUp(RollUp.Kind kind, String subjectId) {
        return rollUps.stream().filter(r -> r.kind() == kind && r.subjectId().equals(subjectId)).findFirst();
    }
}
