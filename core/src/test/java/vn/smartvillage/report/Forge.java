package vn.smartvillage.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.smartvillage.Fraction;
import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Gap;
import vn.smartvillage.evaluation.RollUp;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.results.Results;
import vn.smartvillage.model.Unit;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.PackRef;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;

/**
 * Results made by hand, as no user can make them (their constructors are not public): for the tests that forge a
 * report the library then writes, to show that reading it back refuses what does not follow.
 */
final class Forge {

    private static final Results.Factory<Assessment, UnitAssessment, CriterionResult, CertificationResult, TargetResult, RollUp, Status,
            Gap, RuleKind> MAKE = Results.factory(Assessment.class);

    private Forge() {
    }

    static CriterionResult criterion(Criterion criterion, String unitId, Status status, Optional<Fraction> value, Optional<Gap> gap,
            Optional<Fraction> progress, List<String> missing, Text reason) {
        return MAKE.criterion(criterion, unitId, status, value.orElse(null), gap.orElse(null), progress.orElse(null), missing, reason);
    }

    static CertificationResult certification(Certification certification, String unitId, Status status, List<Requirement> unmet) {
        return MAKE.certification(certification, unitId, status, unmet);
    }

    static TargetResult target(Target target, CriterionResult result, boolean deadlinePassed) {
        return MAKE.target(target, result, deadlinePassed);
    }

    static UnitAssessment unit(Unit unit, List<CriterionResult> criteria, List<CertificationResult> certifications, List<TargetResult> targets,
            List<RollUp> rollUps) {
        return MAKE.unit(unit, criteria, certifications, targets, rollUps);
    }

    static Assessment assessment(RulePack pack, PackRef ref, LocalDate asOf, LocalDate dataAsOf, List<UnitAssessment> units,
            List<Text> warnings) {
        return MAKE.assessment(pack, ref, asOf, dataAsOf, units, warnings, List.of());
    }
}
