package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Fraction;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.fixtures.Metrics;

class ReportFeaturesTest {

    @Test
    void everyResultOfTheSampleIsExplainedInBothLanguages() {
        for (UnitAssessment u : Sample.ASSESSMENT.units()) {
            u.criteria().forEach(r -> assertBoth(Sample.ASSESSMENT.explain(r)));
            u.certifications().forEach(c -> assertBoth(Sample.ASSESSMENT.explain(c)));
            u.targets().forEach(t -> assertBoth(Sample.ASSESSMENT.explain(t)));
        }
        var a2 = Sample.ASSESSMENT.unit("thon-a2").orElseThrow();
        assertThat(Sample.ASSESSMENT.explain(a2.criterion("village.electronic-id").orElseThrow())).isEqualTo(Text.of(
                "Thôn A2: Tỷ lệ người dân có định danh điện tử. 150/800 = 18,75 % (yêu cầu ≥ 25 %): chưa đạt; cần thêm 50 người dân "
                        + "sử dụng định danh cá nhân điện tử. Nguồn: QĐ 924/QĐ-TTg (02/08/2022). Thôn A2 đạt "
                        + "\"Tỷ lệ người dân có định danh điện tử\" nếu có thêm 50 người dân sử dụng định danh cá nhân điện tử.",
                "Thôn A2: Residents with electronic ID. 150/800 = 18.75 % (required ≥ 25 %): not met; 50 more needed (residents with "
                        + "electronic ID). Source: QĐ 924/QĐ-TTg (2022-08-02). Thôn A2 meets \"Residents with "
                        + "electronic ID\" with 50 more residents with electronic ID."));
        assertThat(Sample.ASSESSMENT.explain(Sample.ASSESSMENT.unit("thon-b2").orElseThrow().certification("smart-village").orElseThrow()).en())
                .startsWith("Thôn B2 cannot yet be certified \"smart village\": data is missing for Fibre and 3G/4G to the village.");
    }

    private static void assertBoth(Text t) {
        assertThat(t.vi()).isNotBlank().isNotEqualTo(t.en());
        assertThat(t.en()).isNotBlank();
    }

    @Test
    void theGapPlanNamesTheLeastChangesSmallestFirst() {
        GapPlan b1 = GapPlan.of(Sample.ASSESSMENT, "thon-b1", "smart-village");
        assertThat(b1.isSufficient()).isTrue();
        assertThat(b1.steps()).singleElement().satisfies(s -> {
            assertThat(s.criterion().id()).isEqualTo("village.electronic-id");
            assertThat(s.gap().orElseThrow().amount()).isEqualTo(1);
        });
        GapPlan b2 = GapPlan.of(Sample.ASSESSMENT, "thon-b2", "smart-village");
        assertThat(b2.isSufficient()).isFalse();
        assertThat(b2.blockers()).singleElement().satisfies(x -> assertThat(x.why().en()).isEqualTo("missing data: fibre and 3G/4G reach the village"));
        assertThat(GapPlan.of(Sample.ASSESSMENT, "thon-a1", "smart-village").steps()).isEmpty();
        assertThatThrownBy(() -> GapPlan.of(Sample.ASSESSMENT, "xa-a", "smart-village")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not for a COMMUNE");
    }

    @Test
    void theDrilldownListsTheChildrenHoldingATargetBackClosestFirst() {
        Drilldown r = Drilldown.of(Sample.ASSESSMENT, "xa-b", "commune.smart-villages");
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.children()).extracting(Drilldown.Child::unitId).containsExactly("thon-b1", "thon-b2");
        assertThat(r.children().get(0).gap()).hasValue(1);
        assertThat(r.children().get(1).gap()).isEmpty();
        assertThat(r.summary().en()).isEqualTo("2 of 2 villages do not yet count towards \"Smart villages\".");
    }

    @Test
    void theDrilldownSaysHowManyMoreAreNeededAndHowCloseTheyAre() {
        Dataset data = Sample.read("/report/sample.json");
        // In Xã A, one village is smart; ask for the criterion at the province: one commune of two meets online records.
        Assessment a = Evaluator.create().evaluate(data, Sample.PACK, Sample.AS_OF);
        Drilldown r = Drilldown.of(a, "xa-a", "commune.smart-villages");
        assertThat(r.children()).extracting(Drilldown.Child::unitId).containsExactly("thon-a2");
        assertThat(r.children().get(0).gap()).hasValue(50);
    }

    @Test
    void progressOverTimeIsJudgedAgainstALinearPace() {
        Assessment january = evaluate(LocalDate.of(2024, 1, 1), 40);
        Assessment june = evaluate(LocalDate.of(2024, 7, 1), 44);
        Assessment late = evaluate(LocalDate.of(2024, 7, 1), 52);
        // From 40 % on 1/1/2024 to 60 % by 31/12/2025 (730 days); on 1/7/2024 (182 days) the pace asks for 40 + 20·182/730.
        Trend behind = Trend.of(List.of(june, january), "xa", "commune.work-records-online", LocalDate.of(2025, 12, 31));
        assertThat(behind.verdict()).isEqualTo(Trend.Verdict.BEHIND);
        assertThat(behind.expected()).hasValueSatisfying(v -> assertThat(v.compareTo(Fraction.of(40 * 730 + 20 * 182, 730 * 100))).isZero());
        assertThat(behind.points().keySet()).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 1));
        assertThat(behind.points().lastEntry().getValue()).isEqualByComparingTo(Fraction.of(44, 100));
        assertThat(behind.summary().en()).startsWith("\"Commune work records processed online\": behind: 44 % now, 45 % needed at a steady pace from 40 %");
        Trend ahead = Trend.of(List.of(january, late), "xa", "commune.work-records-online", LocalDate.of(2025, 12, 31));
        assertThat(ahead.verdict()).isEqualTo(Trend.Verdict.ON_TRACK);
        Trend one = Trend.of(List.of(june), "xa", "commune.work-records-online", LocalDate.of(2025, 12, 31));
        assertThat(one.verdict()).isEqualTo(Trend.Verdict.UNKNOWN);
        Trend met = Trend.of(List.of(january, evaluate(LocalDate.of(2024, 7, 1), 61)), "xa", "commune.work-records-online");
        assertThat(met.verdict()).isEqualTo(Trend.Verdict.MET);
    }

    private static Assessment evaluate(LocalDate day, long online) {
        Dataset d = Dataset.builder(day).province("p", "Tỉnh").commune("xa", "Xã", "p")
                .observe("xa", Metrics.WORK_RECORDS, 100L).observe("xa", Metrics.WORK_RECORDS_ONLINE, online).build();
        return Evaluator.create().evaluate(d, Sample.PACK, day);
    }
}
