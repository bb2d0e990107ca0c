package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Comparison;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/** The gap plan, applied to the data, earns the certification; one step less does not. */
class GapPlannerProperties {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);
    private static final List<Metric<Boolean>> MODELS = List.of(Metrics.IT_MODEL_HEALTH, Metrics.IT_MODEL_EDUCATION,
            Metrics.IT_MODEL_AGRICULTURE);

    static RulePack pack(BigDecimal percent, int models) {
        Citation c = Citation.of("test");
        return RulePack.builder("test.plan", "1").title("Kế hoạch", "Plan")
                .criterion(Criterion.builder("eid").name("Định danh", "Electronic ID").level(AdminLevel.VILLAGE)
                        .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS),
                                Threshold.ofPercent(Comparison.AT_LEAST, percent)).citation(c).build())
                .criterion(Criterion.builder("fibre").name("Cáp quang", "Fibre").level(AdminLevel.VILLAGE)
                        .flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(c).build())
                .criterion(Criterion.builder("models").name("Mô hình", "Models").level(AdminLevel.VILLAGE)
                        .measure(Measure.flagsHeld(MODELS), Threshold.atLeast(models)).citation(c).build())
                .certification(new Certification("sv", Text.of("thôn thông minh", "smart village"), AdminLevel.VILLAGE,
                        Requirement.anyOf(Requirement.meetsAll("eid", "fibre"), Requirement.meetsAll("eid", "models")), c))
                .build();
    }

    static Dataset village(long residents, long eid, boolean fibre, int modelsHeld) {
        DatasetBuilder b = Dataset.builder(DAY).province("p", "Tỉnh").commune("x", "Xã", "p").village("v", "Thôn", "x")
                .observe("v", Metrics.RESIDENTS, residents).observe("v", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, eid)
                .observe("v", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, fibre);
        for (int i = 0; i < MODELS.size(); i++) {
            b.observe("v", MODELS.get(i), i < modelsHeld);
        }
        return b.build();
    }

    /** The data after the plan's steps, each shortened by {@code less}. */
    static Dataset apply(GapPlan plan, long residents, long eid, boolean fibre, int modelsHeld, long less) {
        long e = eid;
        boolean f = fibre;
        int m = modelsHeld;
        for (CriterionResult s : plan.steps()) {
            long amount = s.gap().orElseThrow().amount() - less;
            Measure measure = s.criterion().measure();
            if (measure.isShare()) {
                e += amount;
            } else if (measure.equals(Measure.flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE))) {
                f = f || amount > 0;
            } else {
                m += (int) amount;
            }
        }
        return village(residents, e, f, m);
    }

    @Property(tries = 500)
    void thePlanEarnsTheCertificationAndIsLeast(@ForAll @IntRange(min = 1, max = 5000) int residents,
            @ForAll @IntRange(min = 0, max = 5000) int eidRaw, @ForAll boolean fibre, @ForAll @IntRange(min = 0, max = 3) int models,
            @ForAll @IntRange(min = 1, max = 1000) int tenthsOfPercent, @ForAll @IntRange(min = 1, max = 3) int modelsNeeded) {
        long eid = eidRaw % (residents + 1L);
        RulePack pack = pack(BigDecimal.valueOf(tenthsOfPercent, 1), modelsNeeded);
        Assessment before = Evaluator.create().evaluate(village(residents, eid, fibre, models), pack, DAY);
        GapPlan plan = GapPlan.of(before, "v", "sv");
        Assume.that(plan.isSufficient());

        Assessment after = Evaluator.create().evaluate(apply(plan, residents, eid, fibre, models, 0), pack, DAY);
        assertThat(after.unit("v").orElseThrow().certification("sv").orElseThrow().isCertified()).as(plan.toString()).isTrue();

        if (plan.steps().size() == 1 && plan.steps().get(0).gap().orElseThrow().amount() > 0) {
            Assessment short1 = Evaluator.create().evaluate(apply(plan, residents, eid, fibre, models, 1), pack, DAY);
            assertThat(short1.unit("v").orElseThrow().certification("sv").orElseThrow().isCertified())
                    .as("one less than " + plan).isFalse();
        }
    }
}
