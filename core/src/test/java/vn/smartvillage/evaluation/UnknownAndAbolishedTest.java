package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.evaluation.Packs.SEED_001;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.DISTRICT;
import static vn.smartvillage.model.AdminLevel.PROVINCE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;

/** Rules not yet encoded are never decided; rules about districts do not apply to data after districts were abolished. */
class UnknownAndAbolishedTest {

    private static final Evaluator EVALUATOR = Evaluator.create();

    private static final Criterion FIBRE = Criterion.builder("fibre").name("Cáp quang đến thôn", "Fibre to the village")
            .level(VILLAGE).flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(SEED_001).build();
    private static final Criterion UNDEFINED = Criterion.builder("smart-communication")
            .name("Thôn thực hiện giao tiếp thông minh", "Smart communication")
            .level(VILLAGE).notEncoded("kế hoạch không định nghĩa", "the plan does not define it").citation(SEED_001).build();
    private static final RulePack WITH_UNKNOWN = RulePack.builder("test.unknown", "1").title("Thử", "Test")
            .criterion(FIBRE).criterion(UNDEFINED)
            .certification(new Certification("sv", Text.of("thôn thông minh", "smart village"), VILLAGE,
                    Requirement.meetsAll("fibre", "smart-communication"), SEED_001))
            .build();

    private static Assessment village(boolean fibre) {
        Dataset data = Dataset.builder(LocalDate.of(2024, 1, 1)).province("p", "P").commune("c", "C", "p").village("v", "V", "c")
                .observe("v", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, fibre).build();
        return EVALUATOR.evaluate(data, WITH_UNKNOWN, LocalDate.of(2024, 1, 1));
    }

    @Test
    void aRuleNotYetEncoded_isMissingData_withItsReason_evenWhenEverythingElseIsMet() {
        UnitAssessment v = village(true).unit("v").orElseThrow();

        CriterionResult r = v.criterion("smart-communication").orElseThrow();
        assertThat(r.status()).isEqualTo(Status.MISSING_DATA);
        assertThat(r.gap()).isEmpty();
        assertThat(r.reason().en()).isEqualTo("not yet encoded: the plan does not define it");
        assertThat(r.reason().vi()).isEqualTo("chưa được mã hóa: kế hoạch không định nghĩa");
        assertThat(v.certification("sv").orElseThrow().status()).isEqualTo(Status.MISSING_DATA);
    }

    @Test
    void aCertificationWithARuleNotYetEncoded_isStillNotMet_whenAnEncodedRuleFails() {
        assertThat(village(false).unit("v").orElseThrow().certification("sv").orElseThrow().status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aRuleNotYetEncoded_cannotCarryAThreshold() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Criterion.builder("x").name("x", "x").level(VILLAGE)
                .measure(Measure.notEncoded("chưa rõ", "not known"), Threshold.atLeast(2)).citation(SEED_001).build())
                .hasMessageContaining("not yet encoded has no threshold");
    }

    // --- districts, abolished on 1 July 2025 --------------------------------------------------------

    private static final Criterion DISTRICT_RECORDS = Criterion.builder("district.records").name("Hồ sơ cấp huyện", "District records")
            .level(DISTRICT).measure(Measure.ratio(Metrics.WORK_RECORDS_ONLINE, Metrics.WORK_RECORDS), Threshold.atLeastPercent("80"))
            .citation(SEED_001).build();
    private static final RulePack DISTRICT_RULES = RulePack.builder("test.districts", "1").title("Thử", "Test")
            .criterion(DISTRICT_RECORDS)
            .target(new Target(Criterion.builder("province.districts-online").name("Tỷ lệ huyện đạt", "Share of districts meeting")
                    .level(PROVINCE).measure(Measure.shareMeeting(DISTRICT, "district.records"), Threshold.atLeastPercent("70"))
                    .citation(SEED_001).build(), LocalDate.of(2025, 12, 31)))
            .target(new Target(Criterion.builder("province.districts-count").name("Số huyện đạt", "Districts meeting")
                    .level(PROVINCE).measure(Measure.countMeeting(DISTRICT, "district.records"), Threshold.atLeast(1))
                    .citation(SEED_001).build(), LocalDate.of(2025, 12, 31)))
            .build();

    private static DatasetBuilder twoTier(LocalDate day) {
        return Dataset.builder(day).province("bg", "Bắc Giang").commune("c", "Quảng Minh", "bg");
    }

    @Test
    void afterJuly2025_targetsOverDistricts_areNotApplicable_sayingWhy_andTheDistrictRulesAreNamedInAWarning() {
        LocalDate day = LocalDate.of(2025, 7, 1);
        Assessment a = EVALUATOR.evaluate(twoTier(day).build(), DISTRICT_RULES, day);

        for (String id : new String[] {"province.districts-online", "province.districts-count"}) {
            TargetResult t = a.unit("bg").orElseThrow().target(id).orElseThrow();
            assertThat(t.status()).as(id).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(t.result().gap()).isEmpty();
            assertThat(t.result().reason().en()).isEqualTo(
                    "not applicable: districts were abolished on 2025-07-01 and the data, dated 2025-07-01, has none");
        }
        assertThat(a.warnings()).singleElement().satisfies(w -> {
            assertThat(w.en()).startsWith("rules for districts (district.records) are not applicable");
            assertThat(w.vi()).contains("cấp huyện đã bỏ từ ngày 01/07/2025");
        });
    }

    @Test
    void theDayBeforeTheReform_twoTierDataKeepsTheOrdinaryRules_aShareOfNoDistrictsIsEmpty_andACountIsUnknown() {
        LocalDate day = LocalDate.of(2025, 6, 30);
        Assessment a = EVALUATOR.evaluate(twoTier(day).build(), DISTRICT_RULES, day);

        UnitAssessment bg = a.unit("bg").orElseThrow();
        assertThat(bg.target("province.districts-online").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(bg.target("province.districts-online").orElseThrow().result().reason().en()).startsWith("nothing to measure");
        assertThat(bg.target("province.districts-count").orElseThrow().status()).isEqualTo(Status.MISSING_DATA);
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void afterTheReform_dataThatStillHasDistricts_isEvaluatedAsItIs() {
        LocalDate day = LocalDate.of(2025, 9, 30);
        Dataset data = Dataset.builder(day).province("bg", "Bắc Giang").district("vy", "Việt Yên", "bg").commune("c", "Quảng Minh", "vy")
                .observe("vy", Metrics.WORK_RECORDS, 100L).observe("vy", Metrics.WORK_RECORDS_ONLINE, 80L).build();
        Assessment a = EVALUATOR.evaluate(data, DISTRICT_RULES, day);

        assertThat(a.unit("vy").orElseThrow().criterion("district.records").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(a.unit("bg").orElseThrow().target("province.districts-online").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void onlyDistrictsWereAbolished() {
        assertThat(DISTRICT.abolishedOn()).contains(LocalDate.of(2025, 7, 1));
        assertThat(DISTRICT.abolishedBy(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(DISTRICT.abolishedBy(LocalDate.of(2025, 7, 1))).isTrue();
        for (var level : new vn.smartvillage.model.AdminLevel[] {PROVINCE, COMMUNE, VILLAGE}) {
            assertThat(level.abolishedOn()).isEmpty();
        }
    }
}
