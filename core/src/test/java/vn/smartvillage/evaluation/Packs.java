package vn.smartvillage.evaluation;

import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.time.LocalDate;

import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;
import vn.smartvillage.Text;

/** Test-only packs, kept apart from the shipped Vietnamese packs. */
final class Packs {

    static final Citation SEED_001 = Citation.of("Văn phòng Điều phối NTM tỉnh Bắc Giang")
            .withSource("seed 001 (Báo Bắc Giang, 24/01/2023)");
    static final LocalDate DAY = LocalDate.of(2023, 1, 24);

    private Packs() {
    }

    /** A village criterion "residents with electronic ID / residents {@code threshold}". */
    static Criterion electronicId(Threshold threshold) {
        return Criterion.builder("eid")
                .name("Tỷ lệ người dân sử dụng định danh cá nhân điện tử", "Residents using electronic ID")
                .level(VILLAGE)
                .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS), threshold)
                .citation(SEED_001)
                .build();
    }

    /** A pack with only the given criteria. */
    static RulePack of(Criterion... criteria) {
        RulePack.Builder b = RulePack.builder("test.pack", "1").title("Gói thử", "Test pack");
        for (Criterion c : criteria) {
            b.criterion(c);
        }
        return b.build();
    }

    /**
     * Bắc Giang's smart-village rule as seed 001 states it, with a commune criterion "at least one smart
     * village" and a share of smart villages.
     */
    static RulePack smartVillage() {
        return RulePack.builder("test.smart-village", "1")
                .title("Thôn thông minh (thử)", "Smart village (test)")
                .criterion(Criterion.builder("fibre").name("Hạ tầng cáp quang, 3G/4G đến thôn", "Fibre and 3G/4G to the village")
                        .level(VILLAGE).flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(SEED_001).build())
                .criterion(Criterion.builder("it-model").name("Có ít nhất 1 mô hình CNTT", "At least one IT model")
                        .level(VILLAGE).measure(Measure.flagsHeld(Metrics.IT_MODEL_FIELDS), Threshold.atLeast(1))
                        .citation(SEED_001).build())
                .criterion(electronicId(Threshold.atLeastPercent("25")))
                .certification(new Certification("smart-village", Text.of("thôn thông minh", "smart village"), VILLAGE,
                        Requirement.meetsAll("fibre", "it-model", "eid"), SEED_001))
                .criterion(Criterion.builder("has-smart-village").name("Có ít nhất 1 thôn thông minh", "At least one smart village")
                        .level(COMMUNE).measure(Measure.countCertified(VILLAGE, "smart-village"), Threshold.atLeast(1))
                        .citation(SEED_001).build())
                .criterion(Criterion.builder("share-eid").name("Tỷ lệ thôn đạt định danh", "Share of villages meeting e-ID")
                        .level(COMMUNE).measure(Measure.shareMeeting(VILLAGE, "eid"), Threshold.atLeastPercent("50"))
                        .citation(SEED_001).build())
                .certification(new Certification("model-commune", Text.of("xã kiểu mẫu (thử)", "model commune (test)"), COMMUNE,
                        Requirement.childrenCertified(1, VILLAGE, "smart-village"), SEED_001))
                .build();
    }
}
