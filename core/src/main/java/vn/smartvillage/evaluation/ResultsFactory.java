package vn.smartvillage.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.smartvillage.Fraction;
import vn.smartvillage.Text;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.internal.results.Results;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.PackRef;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;

/** The results' package-private constructors, for the library's readers; installed by {@link Assessment}. */
final class ResultsFactory implements Results.Factory<Assessment, UnitAssessment, CriterionResult, CertificationResult, TargetResult,
        RollUp, Status, Gap, RuleKind> {

    @Override
    public CriterionResult criterion(Criterion criterion, String unitId, Status status, Fraction value, Gap gap, Fraction progress,
            List<String> missing, Text reason) {
        return new CriterionResult(criterion, unitId, status, value, gap, progress, missing, reason);
    }

    @Override
    public CertificationResult certification(Certification certification, String unitId, Status status, List<Requirement> unmet) {
        return new CertificationResult(certification, unitId, status, unmet);
    }

    @Override
    public TargetResult target(Target target, CriterionResult result, boolean deadlinePassed) {
        return new TargetResult(target, result, deadlinePassed);
    }

    @Override
    public RollUp rollUp(RuleKind kind, String subjectId, AdminLevel level, long met, long notMet, long missingData,
            long notApplicable) {
        return new RollUp(kind, subjectId, level, met, notMet, missingData, notApplicable);
    }

    @Override
    public UnitAssessment unit(Unit unit, List<CriterionResult> criteria, List<CertificationResult> certifications,
            List<TargetResult> targets, List<RollUp> rollUps) {
        return new UnitAssessment(unit, criteria, certifications, targets, rollUps);
    }

    @Override
    public Assessment assessment(RulePack pack, PackRef packRef, LocalDate asOf, LocalDate dataAsOf, List<UnitAssessment> units,
            List<Text> warnings, List<Recognition> recognitions) {
        Objects.requireNonNull(packRef, "packRef");
        if (!packRef.id().equals(pack.id()) || !packRef.version().equals(pack.version())) {
            throw new IllegalArgumentException("the reference " + packRef + " is not of the pack " + pack);
        }
        return new Assessment(pack, () -> packRef, asOf, dataAsOf, units, warnings, recognitions);
    }
}
