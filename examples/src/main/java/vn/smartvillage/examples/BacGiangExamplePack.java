package vn.smartvillage.examples;

import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.time.LocalDate;

import vn.smartvillage.Text;
import vn.smartvillage.criteria.vn.LegalDocuments;
import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.model.Component;
import vn.smartvillage.model.Pillar;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.EffectivePeriod;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;

/**
 * A rule pack written in Java: Bắc Giang's smart-village criteria as seed 001 states them, and two of
 * the commune goals of the province's plan KH 20/KH-UBND (seed 000).
 *
 * <p>This is an example of writing a pack in code. The same pack written as data is
 * {@code packs/bac-giang-smart-village.json} in this module's resources, and a test checks that the two
 * are equal. The shipped Vietnamese packs are data files in {@code criteria-vn}. The pack is in force for
 * the plan's period, 2023–2025 (KH 20/KH-UBND); the decision that set the smart-village criteria was not
 * found, so its own date is not encoded.
 */
public final class BacGiangExamplePack {

    /** The id of the smart-village certification. */
    public static final String SMART_VILLAGE = "bg.smart-village";

    private BacGiangExamplePack() {
    }

    /** Returns the pack. */
    public static RulePack create() {
        return RulePack.builder("example.bac-giang.smart-village", "1").vocabulary(Metrics.all())
                .title("Thôn thông minh tỉnh Bắc Giang (ví dụ)", "Bắc Giang smart village (example)")
                .effective(EffectivePeriod.between(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)))
                // Seed 001: "thôn thông minh phải đáp ứng đầy đủ các tiêu chí về ..."
                .criterion(Criterion.builder("bg.village.fibre-and-mobile")
                        .name("Hạ tầng Internet cáp quang và thông tin di động 3G/4G đến thôn", "Fibre Internet and 3G/4G reach the village")
                        .level(VILLAGE).component(Component.INFRASTRUCTURE)
                        .flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE)
                        .citation(LegalDocuments.BAC_GIANG_SMART_VILLAGE).build())
                .criterion(Criterion.builder("bg.village.officials-digital-platforms")
                        .name("Cán bộ thôn áp dụng các nền tảng số để thông tin, liên lạc, tuyên truyền",
                                "Village officials use digital platforms to inform, communicate and campaign")
                        .level(VILLAGE).pillar(Pillar.DIGITAL_GOVERNMENT)
                        .flag(Metrics.OFFICIALS_ON_DIGITAL_PLATFORMS)
                        .citation(LegalDocuments.BAC_GIANG_SMART_VILLAGE).build())
                .criterion(Criterion.builder("bg.village.it-model")
                        .name("Có ít nhất một mô hình ứng dụng CNTT, chuyển đổi số vào một trong các lĩnh vực",
                                "At least one IT or digital-transformation model in one of the listed fields")
                        .level(VILLAGE)
                        .measure(Measure.flagsHeld(Metrics.IT_MODEL_FIELDS), Threshold.atLeast(1))
                        .citation(LegalDocuments.BAC_GIANG_SMART_VILLAGE).build())
                .criterion(Criterion.builder("bg.village.electronic-id")
                        .name("Tỷ lệ người dân sử dụng định danh cá nhân điện tử", "Share of residents using electronic ID")
                        .level(VILLAGE).pillar(Pillar.DIGITAL_SOCIETY)
                        .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS), Threshold.atLeastPercent("25"))
                        .citation(LegalDocuments.BAC_GIANG_SMART_VILLAGE).build())
                .certification(new Certification(SMART_VILLAGE, Text.of("thôn thông minh", "smart village"), VILLAGE,
                        Requirement.meetsAll("bg.village.fibre-and-mobile", "bg.village.officials-digital-platforms",
                                "bg.village.it-model", "bg.village.electronic-id"),
                        LegalDocuments.BAC_GIANG_SMART_VILLAGE))
                // Seed 000 / KH 20: "mỗi xã NTM kiểu mẫu phấn đấu có ít nhất 1 mô hình thôn đạt chuẩn NTM thông minh";
                // QĐ 319/QĐ-TTg asks the same of every model commune.
                .criterion(Criterion.builder("bg.commune.smart-village-model")
                        .name("Có ít nhất 1 mô hình thôn thông minh", "At least one smart-village model")
                        .level(COMMUNE)
                        .measure(Measure.countCertified(VILLAGE, SMART_VILLAGE), Threshold.atLeast(1))
                        .citation(LegalDocuments.BAC_GIANG_KH_20_2023).build())
                // Seed 000 / KH 20: "60% hồ sơ cấp xã được xử lý trên môi trường mạng" by 2025.
                .target(new Target(Criterion.builder("bg.commune.work-records-online")
                        .name("Hồ sơ công việc cấp xã được xử lý trên môi trường mạng", "Commune work records processed online")
                        .level(COMMUNE).pillar(Pillar.DIGITAL_GOVERNMENT)
                        .measure(Measure.ratio(Metrics.WORK_RECORDS_ONLINE, Metrics.WORK_RECORDS), Threshold.atLeastPercent("60"))
                        .citation(LegalDocuments.BAC_GIANG_KH_20_2023).build(),
                        LocalDate.of(2025, 12, 31)))
                .build();
    }
}
