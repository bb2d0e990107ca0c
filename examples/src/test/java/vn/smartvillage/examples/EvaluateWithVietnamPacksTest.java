package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class EvaluateWithVietnamPacksTest {

    @Test
    void picksBacGiangsPackInForceOnTheDataDate_andPrintsUndecidedRulesWithTheirReasons() {
        String report = EvaluateWithVietnamPacks.run(Locale.ENGLISH);
        assertThat(report)
                .startsWith("Pack: vn.bac-giang.ntm-digital@2023-2025 (vn.bac-giang.ntm-digital@2023-2025 ← vn.ntm.digital@2021-2025)")
                .contains("VILLAGE Khả Lý Thượng [kha-ly-thuong]")
                .contains("1,100/4,000 = 27.5 % (required ≥ 25 %): met")
                .contains("not yet encoded: the detailed conditions of indicator 8.4")
                .contains("missing data: the data has no villages below this unit");
    }
}
