package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Fraction;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.UnitAssessment;

class EvaluateVillageTest {

    private final Assessment assessment = Evaluator.create()
            .evaluate(QuangMinhData.create(), BacGiangExamplePack.create(), QuangMinhData.AS_OF);

    @Test
    void khaLyThuong_meetsTheElectronicIdCriterion_butLacksTheDataTheArticlesDoNotGive() {
        UnitAssessment village = assessment.unit("kha-ly-thuong").orElseThrow();
        assertThat(village.criterion("bg.village.electronic-id").orElseThrow().value()).contains(Fraction.of(1100, 4000));
        assertThat(village.criterion("bg.village.electronic-id").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(village.criterion("bg.village.it-model").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(village.certification(BacGiangExamplePack.SMART_VILLAGE).orElseThrow().status()).isEqualTo(Status.MISSING_DATA);
        // Quảng Minh cannot yet be said to have or lack a smart village.
        assertThat(assessment.unit("quang-minh").orElseThrow().criterion("bg.commune.smart-village-model").orElseThrow().status())
                .isEqualTo(Status.MISSING_DATA);
    }

    @Test
    void theSyntheticVillage_missesByOneResident() {
        UnitAssessment village = assessment.unit("thon-minh-hoa").orElseThrow();
        assertThat(village.criterion("bg.village.electronic-id").orElseThrow().gap())
                .hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(1));
        assertThat(assessment.unit("xa-minh-hoa").orElseThrow().target("bg.commune.work-records-online").orElseThrow()
                .result().gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(50));
    }

    @Test
    void theReport_printsStatusesGapsAndReasonsInBothLanguages() {
        String report = EvaluateVillage.run(Locale.ENGLISH, Locale.forLanguageTag("vi"));
        assertThat(report)
                .contains("VILLAGE / THÔN Khả Lý Thượng [kha-ly-thuong]")
                .contains("1,100/4,000 = 27.5 % (required ≥ 25 %): met")
                .contains("1.100/4.000 = 27,5 % (yêu cầu ≥ 25 %): đạt")
                .contains("999/4,000 ≈ 24.98 % (required ≥ 25 %): not met; 1 more needed (residents with electronic ID)")
                .contains("cần thêm 1 người dân sử dụng định danh cá nhân điện tử")
                .contains("still open: meets \"Share of residents using electronic ID\"")
                .contains("còn thiếu: đạt \"Tỷ lệ người dân sử dụng định danh cá nhân điện tử\"");
        assertThat(EvaluateVillage.run(Locale.ENGLISH)).doesNotContain("yêu cầu");
    }
}
