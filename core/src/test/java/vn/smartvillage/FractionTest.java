package vn.smartvillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class FractionTest {

    @Property
    void compareTo_agreesWithBigIntegerCrossMultiplication(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 1) long b,
            @ForAll @LongRange(min = 0) long c, @ForAll @LongRange(min = 1) long d) {
        int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(d))
                .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
        assertThat(Integer.signum(Fraction.of(a, b).compareTo(Fraction.of(c, d)))).isEqualTo(expected);
    }

    @Test
    void equalValuesWithOtherTerms_compareEqualButAreNotEqual() {
        assertThat(Fraction.of(1, 2).compareTo(Fraction.of(2, 4))).isZero();
        assertThat(Fraction.of(1, 2)).isNotEqualTo(Fraction.of(2, 4));
        assertThat(Fraction.of(2, 4).reduced()).isEqualTo(Fraction.of(1, 2));
    }

    @Test
    void percent_isExactWhenItTerminates() {
        assertThat(Fraction.of(1100, 4000).percent(2)).isEqualByComparingTo("27.5");
        assertThat(Fraction.of(1100, 4000).percent(2).toPlainString()).isEqualTo("27.5");
        assertThat(Fraction.of(1, 3).percent(2).toPlainString()).isEqualTo("33.33");
        assertThat(Fraction.of(4000, 4000).percent(2).toPlainString()).isEqualTo("100");
    }

    @Test
    void ofDecimal_isExact() {
        assertThat(Fraction.of(new BigDecimal("27.5"))).isEqualTo(Fraction.of(275, 10));
        assertThat(Fraction.of(new BigDecimal("25"))).isEqualTo(Fraction.of(25, 1));
        assertThat(Fraction.of(new BigDecimal("0.001"))).isEqualTo(Fraction.of(1, 1000));
    }

    @Test
    void rejectsNegativeNumeratorAndNonPositiveDenominator() {
        assertThatThrownBy(() -> Fraction.of(-1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
