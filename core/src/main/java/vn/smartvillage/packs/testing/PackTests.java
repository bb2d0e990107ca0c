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

/**
 * Runs the test cases a pack carries and reports, per case, what differs from what it expected.
 *
 * <pre>{@code
 * RulePackRegistry registry = RulePackRegistry.builder().addDirectory(Path.of("packs")).build();
 * for (RulePackRegistry.Entry e : registry.entries()) {
 *     PackTestReport report = PackTests.run(e.pack(), e.tests());
 *     System.out.print(report);            // PASS/FAIL per case, with expected vs actual
 * }
 * }</pre>
 *
 * <p>The cases of a pack document are read, and checked, when its registry is built
 * ({@code RulePackRegistry.Entry.tests()}); the runner needs only a pack and its cases, so it runs cases
 * made in Java as well.
 */
public final class PackTests {

    private PackTests() {
    }

    /**
     * Runs {@code cases} against {@code pack}: each case's dataset is evaluated on its date and every
     * expectation compared with the result. A case whose evaluation fails has the evaluator's problems as
     * its differences; it never throws them.
     *
     * @param pack  the pack to evaluate, not null
     * @param cases the test cases, run in order; not null
     * @return the report: one result per case, in the order given, under the pack's {@code "id@version"}
     */
    public static PackTestReport run(RulePack pack, List<PackTestCase> cases) {
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
            if (e.status() != null && e.status() != actual) {
                Text status = Messages.text("packTest.status", "subject", subject, "expected", e.status().label(), "actual", actual.label());
                out.add(why.map(w -> Messages.text("packTest.because", "difference", status, "reason", w)).orElse(status));
            }
            if (e.gap() != null) {
                Optional<Long> gap = result.flatMap(CriterionResult::gap).map(g -> g.amount());
                if (gap.isEmpty() || gap.get().longValue() != e.gap()) {
                    Text got = gap.map(g -> Text.of(String.valueOf(g), String.valueOf(g))).orElseGet(() -> Messages.label("packTest.gap.none"));
                    Text difference = Messages.text("packTest.gap", "subject", subject, "expected", String.valueOf(e.gap()), "actual", got);
                    out.add(why.map(w -> Messages.text("packTest.because", "difference", difference, "reason", w)).orElse(difference));
                }
            }
        }
        return out;
    }
}
