package vn.smartvillage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.smartvillage.internal.location.Places;
import vn.smartvillage.rules.Threshold;

/** How a threshold is written and read, and what a reader is told when it is written otherwise. */
class ThresholdSyntaxTest {

    /** The reason, in English, as a pack's problem gives it. */
    private static String en(ThresholdSyntax.Refused r) {
        return vn.smartvillage.Problem.of(r.code(), Places.rest(), r.arguments()).reason().en();
    }

    /** The reason, in Vietnamese, as a pack's problem gives it. */
    private static String vi(ThresholdSyntax.Refused r) {
        return vn.smartvillage.Problem.of(r.code(), Places.rest(), r.arguments()).reason().vi();
    }

    private static ThresholdSyntax.Refused refused(String text) {
        return catchThrowableOfType(ThresholdSyntax.Refused.class, () -> ThresholdSyntax.read(text));
    }

    @Test
    void aThreshold_isAComparisonAnExactDecimalAndPerhapsAPercentSign() throws ThresholdSyntax.Refused {
        assertThat(ThresholdSyntax.read(">= 25 %")).isEqualTo(new ThresholdSyntax.Written("≥", new BigDecimal("25"), true));
        assertThat(ThresholdSyntax.read(" ≤3.5")).isEqualTo(new ThresholdSyntax.Written("≤", new BigDecimal("3.5"), false));
        assertThat(ThresholdSyntax.read("=0")).isEqualTo(new ThresholdSyntax.Written("=", BigDecimal.ZERO, false));
        assertThat(ThresholdSyntax.read("< 0.000001 %").symbol()).isEqualTo("<");
    }

    @Test
    void aDecimalComma_isNamedWithTheThresholdToWrite_inBothLanguages() {
        ThresholdSyntax.Refused r = refused(">= 25,5 %");
        assertThat(en(r)).isEqualTo("'>= 25,5 %' is not a threshold: use a dot, not a comma, before the decimals: \">= 25.5 %\"");
        assertThat(vi(r)).isEqualTo("'>= 25,5 %' không phải một ngưỡng: phần thập phân viết sau dấu chấm, không phải dấu phẩy: \">= 25.5 %\"");
        assertThat(en(refused("≥27,12"))).endsWith(": \">= 27.12\"");
    }

    @Test
    void aCommaThatMaySeparateThousands_isNamedWithBothReadings() {
        ThresholdSyntax.Refused r = refused("> 1,000");
        assertThat(en(r)).isEqualTo("'> 1,000' is not a threshold: a number has no thousands separator and a dot before its decimals: "
                + "\"> 1000\" if the comma separates thousands, \"> 1.000\" if it is a decimal comma");
        assertThat(vi(r)).isEqualTo("'> 1,000' không phải một ngưỡng: số không có dấu phân cách hàng nghìn và phần thập phân viết sau dấu chấm: "
                + "\"> 1000\" nếu dấu phẩy tách hàng nghìn, \"> 1.000\" nếu là dấu thập phân");
        assertThat(en(refused(">= 1,000,000"))).isEqualTo("'>= 1,000,000' is not a threshold: a number has no thousands separator: \">= 1000000\"");
        assertThat(vi(refused(">= 1,000,000"))).isEqualTo("'>= 1,000,000' không phải một ngưỡng: số không có dấu phân cách hàng nghìn: \">= 1000000\"");
    }

    @Test
    void anythingElse_getsTheGeneralRule() {
        String general = " is not a threshold; write one such as \">= 25 %\" or \">= 1\" (at most 6 decimals)";
        assertThat(en(refused("at least 25 %"))).isEqualTo("'at least 25 %'" + general);
        assertThat(en(refused(">= 25,1234567 %"))).as("a comma whose reading is not a threshold either").isEqualTo("'>= 25,1234567 %'" + general);
        assertThat(en(refused("25 %"))).isEqualTo("'25 %'" + general);
        assertThat(vi(refused("25 %"))).isEqualTo("'25 %' không phải một ngưỡng; viết ví dụ \">= 25 %\" hoặc \">= 1\" (tối đa 6 chữ số thập phân)");
    }

    @Test
    void theRanges_areTheThresholds() {
        assertThat(en(refused(">= 100.5 %"))).isEqualTo("a percentage is at most 100, not 100.5");
        assertThat(vi(refused(">= 100.5 %"))).isEqualTo("tỷ lệ không thể vượt 100 %, không phải 100.5 %");
        assertThat(en(refused("> 1000000000001"))).isEqualTo("an absolute threshold is at most 10^12");
        assertThatThrownBy(() -> Threshold.ofPercent(vn.smartvillage.rules.Comparison.AT_LEAST, ThresholdSyntax.MAX_PERCENT.add(BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theThreeWrittenForms() {
        BigDecimal v = new BigDecimal("1234.5");
        assertThat(ThresholdSyntax.ascii("≥", v, true)).isEqualTo(">= 1234.5 %");
        assertThat(ThresholdSyntax.ascii("≤", v, false)).isEqualTo("<= 1234.5");
        assertThat(ThresholdSyntax.symbolic("≥", v, true)).isEqualTo("≥ 1234.5 %");
        assertThat(ThresholdSyntax.localised("≥", v, true, true)).isEqualTo("≥ 1.234,5 %");
        assertThat(ThresholdSyntax.localised("≥", v, true, false)).isEqualTo("≥ 1,234.5 %");
        assertThat(Threshold.atLeastPercent("27.5")).hasToString("≥ 27.5 %");
    }

    @Test
    void theFactoriesThatTakeText_sayWhatToWrite() {
        assertThatThrownBy(() -> Threshold.atLeastPercent("25,5")).isInstanceOf(NumberFormatException.class)
                .hasMessage("'25,5' is not a decimal: use a dot, not a comma, before the decimals: 25.5");
        assertThatThrownBy(() -> Threshold.atMostPercent("1,000")).isInstanceOf(NumberFormatException.class)
                .hasMessage("'1,000' is not a decimal: write it without a thousands separator (1000) and with a dot before the decimals "
                        + "(1.000 if the comma is a decimal comma)");
        assertThatThrownBy(() -> Threshold.moreThanPercent("a quarter")).isInstanceOf(NumberFormatException.class)
                .hasMessage("'a quarter' is not a decimal; write one with a dot before the decimals, such as 27.5");
        assertThat(Threshold.atLeastPercent("25.5").value()).isEqualByComparingTo("25.5");
    }
}
