package vn.smartvillage.examples;

import java.time.LocalDate;

import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.model.OrganisationKind;

/**
 * Khả Lý Thượng village and Quảng Minh commune (Việt Yên, Bắc Giang) as the seed articles describe
 * them on 24 January 2023, beside a synthetic commune that shows a near miss.
 *
 * <p>Every real figure names its source. What the articles do not state is left out, so it shows as
 * missing data; it is never guessed. The synthetic commune and village say so in their names.
 */
public final class QuangMinhData {

    /** The date of seed 001 (Báo Bắc Giang, 24/01/2023). */
    public static final LocalDate AS_OF = LocalDate.of(2023, 1, 24);

    private QuangMinhData() {
    }

    /** Returns the dataset. */
    public static Dataset create() {
        return Dataset.builder(AS_OF)
                // Before 1 July 2025 Việt Yên was a district of Bắc Giang: three-tier data.
                .province("bac-giang", "Bắc Giang")
                .district("viet-yen", "Việt Yên", "bac-giang")
                .commune("quang-minh", "Quảng Minh", "viet-yen")
                .village("kha-ly-thuong", "Khả Lý Thượng", "quang-minh")
                // seed 001: "hơn 4 nghìn nhân khẩu" (more than 4,000 residents; 4,000 is the stated lower bound)
                .observe("kha-ly-thuong", Metrics.RESIDENTS, 4_000L)
                // seed 001: "hơn 27,5% dân số" with electronic ID: 27.5 % of 4,000
                .observe("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 1_100L)
                // seed 001: HTX Gấc Việt, products with QR traceability, IT in production, sales and payment
                .observe("kha-ly-thuong", Metrics.IT_MODEL_PRODUCTION_BUSINESS, true)
                // seed 000: "5/5 thôn đều có mô hình camera giám sát an ninh"
                .observe("kha-ly-thuong", Metrics.SECURITY_CAMERAS, true)
                .observe("kha-ly-thuong", Metrics.IT_MODEL_SECURITY, true)
                .organisation("htx-gac-viet", "HTX Nông nghiệp Gấc Việt", OrganisationKind.COOPERATIVE, "kha-ly-thuong")
                // Not stated in the articles, so left missing: whether 3G/4G reaches the village (fibre is
                // mentioned), whether village officials use digital platforms, Quảng Minh's work records.

                // A synthetic commune and village (all figures invented) to show a near miss and its gap.
                .commune("xa-minh-hoa", "Xã minh họa (số liệu giả định)", "viet-yen")
                .village("thon-minh-hoa", "Thôn minh họa (số liệu giả định)", "xa-minh-hoa")
                .observe("thon-minh-hoa", Metrics.RESIDENTS, 4_000L)
                .observe("thon-minh-hoa", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 999L)
                .observe("thon-minh-hoa", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, true)
                .observe("thon-minh-hoa", Metrics.OFFICIALS_ON_DIGITAL_PLATFORMS, true)
                .observe("thon-minh-hoa", Metrics.IT_MODEL_AGRICULTURE, true)
                .observe("xa-minh-hoa", Metrics.WORK_RECORDS, 1_000L)
                .observe("xa-minh-hoa", Metrics.WORK_RECORDS_ONLINE, 550L)
                .build();
    }
}
