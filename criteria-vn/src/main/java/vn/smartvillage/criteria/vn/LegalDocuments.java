package vn.smartvillage.criteria.vn;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;

import org.apiguardian.api.API;

import vn.smartvillage.rules.Citation;

/**
 * The legal documents Vietnam's smart-village and digital new-rural-area rules come from, with what is
 * known of each.
 *
 * <p>Every fact here is taken from {@code design/CRITERIA.md} or the seed articles; a date or number
 * that could not be verified is left out (the citation's {@code date()} is then empty), never
 * guessed. Sources name the seed article or the public page the fact was read in.
 */
@API(status = STABLE, since = "0.1")
public final class LegalDocuments {

    private LegalDocuments() {
    }

    /**
     * QĐ 924/QĐ-TTg (2 August 2022): the programme of digital transformation in building new rural areas,
     * towards smart new rural areas, "giai đoạn 2021–2025" as its title says (it was signed in August 2022);
     * three pillars.
     */
    public static final Citation QD_924_2022 = Citation.of("Quyết định 924/QĐ-TTg (giai đoạn 2021–2025)")
            .withDate(LocalDate.of(2022, 8, 2))
            .withSource("design/CRITERIA.md §A [S1, S2, S3]");

    /** QĐ 318/QĐ-TTg (8 March 2022): the national commune NTM criteria 2021–2025; Annex I, criterion 8 (information and communications). */
    public static final Citation QD_318_2022 = Citation.of("Quyết định 318/QĐ-TTg")
            .withDate(LocalDate.of(2022, 3, 8))
            .withSource("design/CRITERIA.md §B [S8]");

    /**
     * QĐ 319/QĐ-TTg (8 March 2022): the model NTM commune (xã NTM kiểu mẫu) 2021–2025, which requires at
     * least one smart-village model and delegates the smart-village criteria to the provinces.
     */
    public static final Citation QD_319_2022 = Citation.of("Quyết định 319/QĐ-TTg")
            .withDate(LocalDate.of(2022, 3, 8))
            .withSource("design/CRITERIA.md §C [S9]");

    /**
     * Bắc Giang KH 20/KH-UBND (May 2023; the day is not known): digital transformation in building new
     * rural areas 2023–2025.
     */
    public static final Citation BAC_GIANG_KH_20_2023 = Citation.of("Kế hoạch 20/KH-UBND tỉnh Bắc Giang")
            .withSource("seed 000; design/CRITERIA.md §E [S11]");

    /**
     * Bắc Giang's smart-village criteria, as the provincial NTM coordination office states them in seed
     * 001. The number of the provincial decision was not found.
     */
    public static final Citation BAC_GIANG_SMART_VILLAGE = Citation.of("Tiêu chí thôn thông minh tỉnh Bắc Giang (Văn phòng Điều phối NTM tỉnh; số quyết định chưa xác định)")
            .withSource("seed 001 (Báo Bắc Giang, 24/01/2023)");

    /**
     * Bắc Giang's commune digital-transformation pilot model (Department of Science and Technology, 2022;
     * communes Hồng Giang and Phúc Hòa). No decision number is given.
     */
    public static final Citation BAC_GIANG_DX_PILOT = Citation.of("Mô hình điểm chuyển đổi số cấp xã, Sở Khoa học và Công nghệ tỉnh Bắc Giang")
            .withSource("seed 003 (baobacgiang.com.vn/bg/chuyen-doi-so/399497)");

    /** Nghệ An KH 132/KH-UBND (3 March 2023): digital transformation in building new rural areas 2021–2025. */
    public static final Citation NGHE_AN_KH_132_2023 = Citation.of("Kế hoạch 132/KH-UBND tỉnh Nghệ An")
            .withDate(LocalDate.of(2023, 3, 3))
            .withSource("seed 002; design/CRITERIA.md §E [S12]");

    /**
     * QĐ 51/2025/QĐ-TTg (29 December 2025, in force from 15 February 2026): the NTM criteria 2026–2030,
     * with the criterion "Khoa học, công nghệ và chuyển đổi số".
     */
    public static final Citation QD_51_2025 = Citation.of("Quyết định 51/2025/QĐ-TTg")
            .withDate(LocalDate.of(2025, 12, 29))
            .withSource("design/CRITERIA.md §2 [S27, S28, S29]");

    /** {@return every document above, oldest first where dated} */
    public static List<Citation> all() {
        return List.of(QD_318_2022, QD_319_2022, QD_924_2022, BAC_GIANG_DX_PILOT, BAC_GIANG_KH_20_2023, BAC_GIANG_SMART_VILLAGE,
                NGHE_AN_KH_132_2023, QD_51_2025);
    }
}
