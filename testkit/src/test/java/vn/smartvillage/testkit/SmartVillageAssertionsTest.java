package vn.smartvillage.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.smartvillage.testkit.SmartVillageAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

class SmartVillageAssertionsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 1, 24);
    private static final Citation SEED_001 = Citation.of("Tiêu chí thôn thông minh tỉnh Bắc Giang").withSource("seed 001");
    static final RulePack PACK = RulePack.builder("test.bg", "1").title("Thử", "Test")
            .criterion(Criterion.builder("eid").name("Tỷ lệ người dân có định danh điện tử", "Residents with electronic ID")
                    .level(AdminLevel.VILLAGE).measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS),
                            Threshold.atLeastPercent("25")).citation(SEED_001).build())
            .criterion(Criterion.builder("fibre").name("Cáp quang đến thôn", "Fibre to the village").level(AdminLevel.VILLAGE)
                    .flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(SEED_001).build())
            .certification(new Certification("sv", Text.of("thôn thông minh", "smart village"), AdminLevel.VILLAGE,
                    Requirement.meetsAll("eid", "fibre"), SEED_001))
            .build();

    private static Assessment assess(long withId, Boolean fibre) {
        TestData t = TestData.asOf(DAY);
        var v = t.commune("Quảng Minh").village("Khả Lý Thượng").residents(4000).withElectronicId(withId);
        if (fibre != null) {
            v.fibreAndMobile(fibre);
        }
        return Evaluator.create().evaluate(t.build(), PACK, DAY);
    }

    @Test
    void passingAssertions_readLikeTheRule() {
        assertThat(assess(1000, true)).hasNoWarnings().unit("Khả Lý Thượng").isCertified("sv")
                .criterion("eid").isMet().hasGap(0).hasValue(1000, 4000);
        assertThat(assess(988, true)).unit("kha-ly-thuong").isNotCertified("sv").criterion("eid").isNotMet().hasGap(12);
        assertThat(assess(1000, null)).unit("kha-ly-thuong").hasCertificationStatus("sv", Status.MISSING_DATA)
                .criterion("fibre").isMissingData().hasNoGap();
    }

    @Test
    void aFailure_saysWhy_inBothLanguages_withTheSource() {
        assertThatThrownBy(() -> assertThat(assess(988, true)).unit("kha-ly-thuong").isCertified("sv"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("to be certified \"sv\" but it is NOT_MET")
                .hasMessageContaining("988/4,000 = 24.7 % (required ≥ 25 %): not met; 12 more needed")
                .hasMessageContaining("988/4.000 = 24,7 % (yêu cầu ≥ 25 %)")
                .hasMessageContaining("source: Tiêu chí thôn thông minh tỉnh Bắc Giang [seed 001]");
        assertThatThrownBy(() -> assertThat(assess(988, true)).unit("kha-ly-thuong").criterion("eid").hasGap(11))
                .hasMessageContaining("to have a gap of 11 but it has 12");
        assertThatThrownBy(() -> assertThat(assess(1000, null)).unit("kha-ly-thuong").isNotCertified("sv"))
                .hasMessageContaining("but it is MISSING_DATA").hasMessageContaining("missing data: fibre and 3G/4G reach the village");
    }

    @Test
    void unknownUnitsAndRules_areNamedWithWhatThereIs() {
        assertThatThrownBy(() -> assertThat(assess(1000, true)).unit("Thôn khác"))
                .hasMessageContaining("there is none").hasMessageContaining("kha-ly-thuong (Khả Lý Thượng)");
        assertThatThrownBy(() -> assertThat(assess(1000, true)).unit("kha-ly-thuong").criterion("e-id"))
                .hasMessageContaining("its criteria are:").hasMessageContaining("eid, fibre");
        assertThatThrownBy(() -> assertThat(assess(1000, true)).unit("kha-ly-thuong").isCertified("smart"))
                .hasMessageContaining("its certifications are:").hasMessageContaining("sv");
        assertThatThrownBy(() -> assertThat(assess(1000, true)).hasWarningContaining("stale"))
                .hasMessageContaining("(none)");
    }
}
