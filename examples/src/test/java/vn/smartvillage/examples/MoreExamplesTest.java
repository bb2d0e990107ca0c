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

    @Test
    void aProvinceFillsInAnnexI_perCommuneGroup_withPlaceholderThresholds() {
        String text = ProvinceFillsInAnnex.run();
        assertThat(text)
                .contains("example.province-annex-2026@2026.1 extends vn.ntm.digital@2026-2030")
                .contains("placeholder thresholds, not real rules")
                .contains("1 of 1 cases passed")
                // Group 1: the placeholder 90 % is met by 180 of 200 and missed by 170 of 200.
                .contains("vn.51.commune.science-technology-dx.group-1: 180/200 = 90 % (required ≥ 90 %): met")
                .contains("vn.51.commune.science-technology-dx.group-1: 170/200 = 85 % (required ≥ 90 %): not met; 10 more needed")
                // Group 2's own level; group 3 still not encoded; the other groups' rules do not apply.
                .contains("vn.51.commune.science-technology-dx.group-2: 170/200 = 85 % (required ≥ 70 %): met")
                .contains("vn.51.commune.science-technology-dx.group-3: not yet encoded")
                .contains("not applicable: the rule applies only where commune group (under 51/2025/QĐ-TTg) is 1, and here it is 2")
                // No group stated: missing data naming the group, although 190 of 200 would meet every level.
                .contains("vn.51.commune.science-technology-dx.group-1: missing data: commune group (under 51/2025/QĐ-TTg)");
    }
}
