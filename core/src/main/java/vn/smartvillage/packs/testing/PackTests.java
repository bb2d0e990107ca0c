package vn.smartvillage.packs.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.rules.RulePack;

/** Runs the test cases a pack carries: the work behind {@link PackTestReport#run}. */
final class PackTests {

    private PackTests() {
    }

    /** The report {@link PackTestReport#run} returns. */
    static PackTestReport run(RulePack pack, List<PackTestCase> cases) {
        List<PackTestReport.CaseResult> results = new ArrayList<>();
        for (PackTestCase c : cases) {
            results.add(new PackTestReport.CaseResult(c.name(), differences(pack, c)));
        }
        return new PackTestReport(pack.id() + "@" + pack.version(), results);
    }

    private static List<Text> differences(RulePack pack, PackTestCase c) {
        Assessment a;
        try {
            a = Evaluator.create().evaluate(c.dataset(), pack, c.asOf());
        } catch (SmartVillageException e) {
            return e.problems().stream().map(p -> Messages.text("packTest.cannotEvaluate", "location", p.location().toString(),
                    "reason", p.reason())).toList();
        }
        List<Text> out = new ArrayList<>();
        for (Expectation e : c.expectations()) {
            Text subject = Messages.text(switch (e.kind()) {
                case CRITERION -> "packTest.subject.criterion";
                case CERTIFICATION -> "packTest.subject.certification";
                case TARGET -> "packTest.subject.target";
            }, "unit", e.unitId(), "id", e.ruleId());
            Optional<UnitAssessment> unit = a.unit(e.unitId());
            if (unit.isEmpty()) {
                out.add(Messages.text("packTest.noUnit", "subject", subject));
                continue;
            }
            Status actual;
            Optional<CriterionResult> result;
            switch (e.kind()) {
                case CERTIFICATION -> {
                    var r = unit.get().certification(e.ruleId());
                    actual = r.map(x -> x.status()).orElse(null);
                    result = Optional.empty();
                }
                case TARGET -> {
                    var r = unit.get().target(e.ruleId());
                    actual = r.map(x -> x.status()).orElse(null);
                    result = r.map(x -> x.result());
                }
                default -> {
                    result = unit.get().criterion(e.ruleId());
                    actual = result.map(CriterionResult::status).orElse(null);
                }
            }
            if (actual == null) {
                out.add(Messages.text("packTest.noResult", "subject", subject));
                continue;
            }
            Optional<Text> why = result.map(r -> r.reason());
            if (e.status().isPresent() && e.status().get() != actual) {
                Text status = Messages.text("packTest.status", "subject", subject, "expected", e.status().get().label(), "actual", actual.label());
                out.add(why.map(w -> Messages.text("packTest.because", "difference", status, "reason", w)).orElse(status));
            }
            if (e.gap().isPresent()) {
                Optional<Long> gap = result.flatMap(CriterionResult::gap).map(g -> g.amount());
                if (gap.isEmpty() || gap.get().longValue() != e.gap().getAsLong()) {
                    Text got = gap.map(g -> Text.of(String.valueOf(g), String.valueOf(g))).orElseGet(() -> Messages.label("packTest.gap.none"));
                    Text difference = Messages.text("packTest.gap", "subject", subject, "expected", String.valueOf(e.gap().getAsLong()), "actual", got);
                    out.add(why.map(w -> Messages.text("packTest.because", "difference", difference, "reason", w)).orElse(difference));
                }
            }
        }
        return out;
    }
}
