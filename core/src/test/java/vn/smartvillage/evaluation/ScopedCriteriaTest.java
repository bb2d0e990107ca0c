package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.PROVINCE;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/**
 * A criterion for some units only ({@code appliesWhere}): the units whose count has the value are judged, the
 * others are not applicable, and a unit that does not state the count is missing data naming it.
 */
class ScopedCriteriaTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Metric<Long> GROUP = Metric.count("test.group", COMMUNE, Text.of("nhóm xã", "commune group"));

    /** Group 1 must have 2 cooperatives, group 2 one; a third rule applies to every commune. */
    private static RulePack pack() {
        return RulePack.builder("test.scoped", "1").title("Theo nhóm (thử)", "By group (test)").metric(GROUP)
                .criterion(coops("coops.group-1", 1, 2))
                .criterion(coops("coops.group-2", 2, 1))
                .criterion(Criterion.builder("records").name("Hồ sơ", "Records").level(COMMUNE)
                        .measure(Measure.count(Metrics.WORK_RECORDS), Threshold.atLeast(1)).citation(Packs.SEED_001).build())
                .build();
    }

    private static Criterion coops(String id, long group, long need) {
        return Criterion.builder(id).name("Hợp tác xã (nhóm " + group + ")", "Cooperatives (group " + group + ")").level(COMMUNE)
                .measure(Measure.count(Metrics.COOPERATIVES), Threshold.atLeast(need)).citation(Packs.SEED_001)
                .appliesWhere(GROUP, group).build();
    }

    private static Dataset data() {
        DatasetBuilder b = Dataset.builder(DAY).province("tinh", "Tỉnh");
        b.commune("xa-1", "Xã Một", "tinh").observe("xa-1", GROUP, 1L).observe("xa-1", Metrics.COOPERATIVES, 1L);
        b.commune("xa-2", "Xã Hai", "tinh").observe("xa-2", GROUP, 2L).observe("xa-2", Metrics.COOPERATIVES, 1L);
        b.commune("xa-3", "Xã Ba", "tinh").observe("xa-3", Metrics.COOPERATIVES, 5L);
        return b.build();
    }

    private static CriterionResult result(Assessment a, String unit, String criterion) {
        return a.unit(unit).orElseThrow().criterion(criterion).orElseThrow();
    }

    @Test
    void theUnitsOfTheGroupAreJudged_theOthersAreNotApplicable_andAnUnstatedGroupIsMissingDataNamingIt() {
        Assessment a = Evaluator.create().evaluate(data(), pack());
        assertThat(result(a, "xa-1", "coops.group-1").status()).isEqualTo(Status.NOT_MET);
        assertThat(result(a, "xa-1", "coops.group-2").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result(a, "xa-2", "coops.group-1").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result(a, "xa-2", "coops.group-2").status()).isEqualTo(Status.MET);
        assertThat(result(a, "xa-1", "coops.group-2").reason()).isEqualTo(Text.of(
                "không áp dụng: quy tắc chỉ áp dụng khi nhóm xã là 2, ở đây là 1",
                "not applicable: the rule applies only where commune group is 2, and here it is 1"));
        // Five cooperatives would meet either rule: the group is still not guessed.
        for (String id : List.of("coops.group-1", "coops.group-2")) {
            CriterionResult r = result(a, "xa-3", id);
            assertThat(r.status()).isEqualTo(Status.MISSING_DATA);
            assertThat(r.missing()).containsExactly("test.group");
            assertThat(r.reason().en()).startsWith("missing data: commune group (the rule applies only where commune group is ");
            assertThat(r.reason().vi()).startsWith("thiếu dữ liệu: nhóm xã");
        }
        // A rule without a scope is unaffected.
        assertThat(result(a, "xa-3", "records").status()).isEqualTo(Status.MISSING_DATA);
        assertThat(result(a, "xa-3", "records").missing()).containsExactly("work-records");
        RollUp group1 = a.unit("tinh").orElseThrow().rollUp(RuleKind.CRITERION, "coops.group-1").orElseThrow();
        assertThat(List.of(group1.met(), group1.notMet(), group1.missingData(), group1.notApplicable())).containsExactly(0L, 1L, 1L, 1L);
    }

    @Property(tries = 200)
    void aScopedRuleIsNotApplicableExactlyWhereTheCountDiffers(@ForAll @LongRange(min = 0, max = 5) long stated,
            @ForAll @LongRange(min = 0, max = 5) long wanted, @ForAll @LongRange(min = 0, max = 3) long coops) {
        RulePack p = RulePack.builder("test.scoped", "1").title("Theo nhóm (thử)", "By group (test)").metric(GROUP)
                .criterion(coops("c", wanted, 1)).build();
        Dataset d = Dataset.builder(DAY).province("tinh", "Tỉnh").commune("xa", "Xã", "tinh").observe("xa", GROUP, stated)
                .observe("xa", Metrics.COOPERATIVES, coops).build();
        Status s = result(Evaluator.create().evaluate(d, p), "xa", "c").status();
        assertThat(s).isEqualTo(stated != wanted ? Status.NOT_APPLICABLE : coops >= 1 ? Status.MET : Status.NOT_MET);
    }

    @Test
    void theScopeIsWrittenAndRead_andItsHashLeavesUnscopedPacksAsTheyWere() {
        RulePack p = pack();
        String json = RulePackJson.write(p);
        assertThat(json).contains("\"appliesWhere\"").contains("\"metric\" : \"test.group\"");
        RulePack back = RulePackJson.read(PackSource.text("p.json", json));
        assertThat(back.criteria()).isEqualTo(p.criteria());
        assertThat(back.criterion("coops.group-2").orElseThrow().appliesWhereValue()).hasValue(2);
        assertThat(back.criterion("records").orElseThrow().appliesWhere()).isEmpty();
        assertThat(back.criterion("records").orElseThrow().appliesWhereValue()).isEmpty();
        assertThat(RulePackJson.write(back)).isEqualTo(json);
        assertThat(RulePackJson.write(RulePack.builder("test.scoped", "1").title("Theo nhóm (thử)", "By group (test)")
                .criterion(p.criterion("records").orElseThrow()).build())).doesNotContain("appliesWhere");
    }

    @Test
    void theJsonReportOfAScopedAssessment_readsBackEqual() throws java.io.IOException {
        Assessment a = Evaluator.create().evaluate(data(), pack());
        java.io.StringWriter w = new java.io.StringWriter();
        vn.smartvillage.report.ReportFormat.JSON.write(a, w);
        vn.smartvillage.packs.RulePackRegistry registry = vn.smartvillage.packs.RulePackRegistry.builder()
                .add(PackSource.text("p.json", RulePackJson.write(pack()))).build();
        Assessment back = vn.smartvillage.report.ReportFormat.readJson(w.toString(), registry);
        assertThat(back.units()).extracting(u -> u.criteria().stream().map(CriterionResult::status).toList())
                .isEqualTo(a.units().stream().map(u -> u.criteria().stream().map(CriterionResult::status).toList()).toList());
        assertThat(result(back, "xa-3", "coops.group-1").missing()).containsExactly("test.group");
        assertThat(result(back, "xa-1", "coops.group-2").reason()).isEqualTo(result(a, "xa-1", "coops.group-2").reason());
    }

    @Test
    void aScopeMustBeACountOfTheRulesLevel_andTheFileSaysWhereItIsWrong() {
        assertThatThrownBy(() -> Criterion.builder("x").name("X", "X").level(PROVINCE).measure(Measure.count(Metrics.COOPERATIVES),
                Threshold.atLeast(1)).citation(Packs.SEED_001).appliesWhere(GROUP, 1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'test.group'");
        assertThatThrownBy(() -> coops("x", -1, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        String bad = RulePackJson.write(pack()).replace("\"equals\" : 2", "\"equals\" : 2.5")
                .replaceFirst("\"metric\" : \"test.group\"", "\"metric\" : \"commune.nothing\"");
        assertThatThrownBy(() -> RulePackJson.read(PackSource.text("p.json", bad), Metrics.all()))
                .isInstanceOfSatisfying(SmartVillageException.class, e -> assertThat(e.problems()).hasSize(2)
                        .allSatisfy(pr -> assertThat(pr.toString()).contains("appliesWhere")));
    }
}
