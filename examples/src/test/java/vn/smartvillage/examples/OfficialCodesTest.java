package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The sample's codes are checked against the official lists, and Bắc Giang's plan on 2026 data says what became of Bắc Giang. */
class OfficialCodesTest {

    @Test
    void theRetiredAndTheMistypedCode_areLocatedErrorsWithTheirFix_andBacGiangsPlanOn2026DataSaysItBecamePartOfBacNinh() {
        String text = OfficialCodes.run(Locale.ENGLISH);
        assertThat(text)
                .contains("bac-ninh-2026-codes.json: unit quang-minh, field code: the code '07792' is no longer in use on the dataset's date: "
                        + "it was the code of Phường Quảng Minh until 30 June 2025; on 1 July 2025 the whole unit became part of "
                        + "Phường Vân Hà (07798) by Nghị quyết 1658/NQ-UBTVQH15: use the code 07798")
                .contains("bac-ninh-2026-codes.json: unit chu, field code: the code '7525' is not an official code on the dataset's date: "
                        + "it is not in the official list from 1 July 2025; did you mean Phường Chũ (07525)?")
                .contains("Skeleton of Tỉnh Bắc Ninh: 100 units, 0 warnings")
                .contains("Warning: the rule pack vn.bac-giang.ntm-digital@2023-2025 governs Bắc Giang province (24), which existed until 2025-06-30")
                .contains("Former Bắc Giang today: 58 communes");
        // The misnamed 07798 is a warning, not an error: it is not among the errors.
        assertThat(text).doesNotContain("unit ninh-son");
        assertThat(OfficialCodes.run(Locale.forLanguageTag("vi"))).contains("đó là mã của Phường Quảng Minh đến ngày 30/6/2025",
                "tỉnh Bắc Giang hợp nhất với tỉnh Bắc Ninh");
    }
}
