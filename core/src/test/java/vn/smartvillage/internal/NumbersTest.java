package vn.smartvillage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void whole_groupsByThreesFromTheRight_withTheLanguagesSeparator() {
        assertThat(Numbers.whole(0, true)).isEqualTo("0");
        assertThat(Numbers.whole(100, true)).isEqualTo("100");
        assertThat(Numbers.whole(1_000, true)).isEqualTo("1.000");
        assertThat(Numbers.whole(999_999, false)).isEqualTo("999,999");
        assertThat(Numbers.whole(1_000_000, false)).isEqualTo("1,000,000");
        assertThat(Numbers.whole(-1_234, true)).as("the sign is not a digit").isEqualTo("-1.234");
        assertThat(Numbers.whole(-123, false)).isEqualTo("-123");
        assertThat(Numbers.whole(Long.MIN_VALUE, false)).isEqualTo("-9,223,372,036,854,775,808");
    }

    @Test
    void decimal_groupsTheWholePart_andUsesTheLanguagesDecimalMark() {
        assertThat(Numbers.decimal(new BigDecimal("1234567.891"), true)).isEqualTo("1.234.567,891");
        assertThat(Numbers.decimal(new BigDecimal("1234567.891"), false)).isEqualTo("1,234,567.891");
        assertThat(Numbers.decimal(new BigDecimal("0.5"), true)).isEqualTo("0,5");
        assertThat(Numbers.decimal(new BigDecimal("-1234.5"), true)).isEqualTo("-1.234,5");
        assertThat(Numbers.decimal(new BigDecimal("-0.25"), false)).isEqualTo("-0.25");
        assertThat(Numbers.decimal(new BigDecimal("1E+3"), false)).as("written out, never in E notation").isEqualTo("1,000");
        assertThat(Numbers.decimal(new BigDecimal("12"), false)).isEqualTo("12");
    }
}
