package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Each example runs and says what its documentation promises. */
class MoreExamplesTest {

    @Test
    void aCommuneWithHouseholdRecords_countsTheVillageSharesFromThem() {
        String report = EvaluateCommuneWithHouseholds.run(Locale.ENGLISH);
        assertThat(report)
                .contains("Households with fibre Internet: 8/10 = 80 % (required ≥ 80 %): met")
                .contains("Households with fibre Internet: 7/10 = 70 % (required ≥ 80 %): not met; 1 more needed (households with fibre Internet)")
                .contains("Households with a smartphone: 9/10 = 90 % (required ≥ 90 %): met")
                .contains("not yet encoded: the plan does not define \"smart communication\"");
    }

    @Test
    void aProvincePlansProgress_drillsDownToTheCommunesHoldingItBack_andPacesTheRecordsTarget() {
        String report = ProvinceProgress.run();
        assertThat(report)
                .contains("5/10 = 50 % (required ≥ 70 %): not met; 2 more needed")
                .contains("5 of 10 communes do not yet count")
                .contains("Xã 6 (tổng hợp): 0 (required ≥ 1): not met; 1 more needed (cooperatives)")
                .doesNotContain("Xã 5 (tổng hợp)")
                .contains("\"Province work records processed online\": on track");
    }

    @Test
    void aProvincePackExtendingTheNationalOne_raisesAThreshold_andSaysWhoSetIt() {
        String text = CustomProvincePack.run();
        assertThat(text)
                .contains("example.province-on-national@2024.1 extends vn.ntm.digital@2021-2025")
                .contains("threshold ≥ 70 % set by example.province-on-national@2024.1 over ≥ 60 % in vn.ntm.digital@2021-2025")
                .contains("1 of 1 cases passed")
                .contains("130/200 = 65 % (required ≥ 70 %): not met; 10 more needed");
    }
}
