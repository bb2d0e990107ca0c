package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A divided ward's household count, re-based: missing without shares, summed with them; its flag never divided. */
class SharesOfADividedWardTest {

    @Test
    void withoutShares_theCountsAreMissing_withThem_eachIsTheWholeWardPlusItsShare() {
        String text = SharesOfADividedWard.run(Locale.ENGLISH);
        String without = text.substring(0, text.indexOf("With shares:"));
        String with = text.substring(text.indexOf("With shares:"));
        assertThat(without)
                .contains("- Phường Thuận Giao (25969): households missing, postal point missing")
                .contains("unit 25969, metric example.households: not carried over from 25969, 25972: 25969 went into the unit only in part,"
                        + " and no shares are given");
        assertThat(with)
                .contains("- Phường Thuận Giao (25969): households 16000 from 25969 (share 7000 of 12000; illustrative); 25972 (illustrative),"
                        + " postal point missing")
                .contains("- Phường An Phú (25975): households 15000")
                .contains("unit 25975, metric example.postal-point: not carried over from 25969, 25975: 25969 went into the unit only in part,"
                        + " and a figure that is not a count is never divided by shares")
                .doesNotContain("metric example.households");
        assertThat(SharesOfADividedWard.run(Locale.forLanguageTag("vi"))).contains("không chia theo phần được");
    }
}
