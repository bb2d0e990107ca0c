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

    /** Copies the lists. */
    public UnitAssessment {
        Objects.requireNonNull(unit, "unit");
        criteria = List.copyOf(criteria);
        certifications = List.copyOf(certifications);
        targets = List.copyOf(targets);
        rollUps = List.copyOf(rollUps);
    }

    /** Returns the result of the criterion {@code criterionId}, or empty if it is not for this level. */
    public Optional<CriterionResult> criterion(String criterionId) {
        return criteria.stream().filter(r -> r.criterion().id().equals(criterionId)).findFirst();
    }

    /** Returns the result of the certification {@code certificationId}, or empty if it is not for this level. */
    public Optional<CertificationResult> certification(String certificationId) {
        return certifications.stream().filter(r -> r.certification().id().equals(certificationId)).findFirst();
    }

    /** Returns the result of the target {@code targetId}, or empty if it is not for this level. */
    public Optional<TargetResult> target(String targetId) {
        return targets.stream().filter(r -> r.target().id().equals(targetId)).findFirst();
    }

    /** Returns the roll-up of a lower-level criterion or certification, or empty. */
    public Optional<RollUp> rollUp(RollUp.Kind kind, String subjectId) {
        return rollUps.stream().filter(r -> r.kind() == kind && r.subjectId().equals(subjectId)).findFirst();
    }
}
