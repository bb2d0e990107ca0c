package vn.smartvillage.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The boundary property of ProvincePortalTest catches the rounding bug docs/testing.md describes. */
class RoundingBugTest {

    @Test
    void roundingTheShareFirst_wronglyPasses_aVillageJustBelow25Percent() {
        // 246 of 1,000 is 24.6 %: not met. Rounded to 25 % first, it "meets" the threshold.
        ProvincePortal.VillageReport r = new ProvincePortal.VillageReport(1000, 246, true, true, 1);
        assertThat(ProvincePortal.electronicIdMet(r)).isFalse();
        assertThat(ProvincePortal.electronicIdMetRounded(r)).isTrue();
    }
}
