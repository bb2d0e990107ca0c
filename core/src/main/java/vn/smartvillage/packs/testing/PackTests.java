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
            return e.problems().stream().map(p -> Text.of("không đánh giá được: " + p.location() + ": " + p.reason().vi(),
                    "cannot evaluate: " + p.location() + ": " + p.reason().en())).toList();
        }
        List<Text> out = new ArrayList<>();
        for (Expectation e : c.expectations()) {
            String subject = "unit " + e.unitId() + ", " + e.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + e.ruleId();
            String subjectVi = "đơn vị " + e.unitId() + ", " + switch (e.kind()) {
                case CRITERION -> "tiêu chí ";
                case CERTIFICATION -> "danh hiệu ";
                case TARGET -> "chỉ tiêu ";
            } + e.ruleId();
            Optional<UnitAssessment> unit = a.unit(e.unitId());
            if (unit.isEmpty()) {
                out.add(Text.of(subjectVi + ": dữ liệu không có đơn vị này", subject + ": the dataset has no such unit"));
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
                out.add(Text.of(subjectVi + ": không có kết quả (quy tắc không áp dụng cho cấp của đơn vị này)",
                        subject + ": no result (the rule does not apply at this unit's level)"));
                continue;
            }
            String why = result.map(r -> r.reason()).map(Text::en).orElse("");
            String whyVi = result.map(r -> r.reason()).map(Text::vi).orElse("");
            if (e.status().isPresent() && e.status().get() != actual) {
                out.add(Text.of(subjectVi + ": mong đợi " + e.status().get().label().vi() + ", nhận " + actual.label().vi()
                                + (whyVi.isEmpty() ? "" : " (" + whyVi + ")"),
                        subject + ": expected " + e.status().get().label().en() + ", got " + actual.label().en()
                                + (why.isEmpty() ? "" : " (" + why + ")")));
            }
            if (e.gap().isPresent()) {
                Optional<Long> gap = result.flatMap(CriterionResult::gap).map(g -> g.amount());
                if (gap.isEmpty() || gap.get().longValue() != e.gap().getAsLong()) {
                    String got = gap.map(String::valueOf).orElse("none");
                    String gotVi = gap.map(String::valueOf).orElse("không có");
                    out.add(Text.of(subjectVi + ": mong đợi khoảng cách " + e.gap().getAsLong() + ", nhận " + gotVi
                                    + (whyVi.isEmpty() ? "" : " (" + whyVi + ")"),
                            subject + ": expected a gap of " + e.gap().getAsLong() + ", got " + got + (why.isEmpty() ? "" : " (" + why + ")")));
                }
            }
        }
        return out;
    }
}
