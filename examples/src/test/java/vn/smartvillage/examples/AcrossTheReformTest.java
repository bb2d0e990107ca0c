package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Quảng Minh's 2023 sample, re-based, and Vân Hà's 2026 sample give trends; the missing parts are named, not guessed. */
class AcrossTheReformTest {

    @Test
    void vanHasTrend_spansTheReform_andNamesThePredecessorsTheData2023Lacks() {
        String text = AcrossTheReform.run(Locale.ENGLISH);
        assertThat(text)
                .contains("Phường Vân Hà (07798) {2026-06-30=1400/2000}")
                .contains("Khả Lý Thượng {2023-01-24=")
                .contains("unit 07798: the data covers only part of the unit: it lacks 07780, 07786, 07798, 07804, of which the unit was"
                        + " also made (the data has quang-minh)")
                .contains("unit 24: the data covers only part of the unit: it lacks 27");
        assertThat(AcrossTheReform.run(Locale.forLanguageTag("vi"))).contains("dữ liệu chỉ có một phần của đơn vị: thiếu 07780, 07786, 07798, 07804");
    }
}
