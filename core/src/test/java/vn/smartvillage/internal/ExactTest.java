package vn.smartvillage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ExactTest {

    @Property
    void mulDiv_agreesWithBigInteger(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long a,
            @ForAll @LongRange(min = 0, max = 100_000_000L) long b, @ForAll @LongRange(min = 1, max = 100_000_000L) long c) {
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        BigInteger[] qr = product.divideAndRemainder(BigInteger.valueOf(c));
        Assume.that(qr[0].bitLength() < 63);
        assertThat(Exact.floorMulDiv(a, b, c)).isEqualTo(qr[0].longValueExact());
        assertThat(Exact.ceilMulDiv(a, b, c)).isEqualTo(qr[1].signum() == 0 ? qr[0].longValueExact() : qr[0].longValueExact() + 1);
        assertThat(Exact.dividesProduct(a, b, c)).isEqualTo(qr[1].signum() == 0);
    }

    @Property
    void compareProducts_agreesWithBigInteger(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b,
            @ForAll @LongRange(min = 0) long c, @ForAll @LongRange(min = 0) long d) {
        int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d)));
        assertThat(Integer.signum(Exact.compareProducts(a, b, c, d))).isEqualTo(expected);
    }

    @Test
    void numbers_areWrittenTheWayEachLanguageWritesThem() {
        assertThat(Numbers.whole(1_100, true)).isEqualTo("1.100");
        assertThat(Numbers.whole(1_100, false)).isEqualTo("1,100");
        assertThat(Numbers.whole(28_146_939, true)).isEqualTo("28.146.939");
        assertThat(Numbers.whole(999, false)).isEqualTo("999");
        assertThat(Numbers.decimal(new BigDecimal("27.5"), true)).isEqualTo("27,5");
        assertThat(Numbers.decimal(new BigDecimal("1234.5"), false)).isEqualTo("1,234.5");
        assertThat(Numbers.decimal(BigDecimal.valueOf(2, 0).setScale(0, RoundingMode.UNNECESSARY), true)).isEqualTo("2");
    }
}
