package vn.smartvillage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** Products on each side of 2^63 and 2^64, where the exact arithmetic leaves 64-bit longs. */
class ExactEdgesTest {

    private static final long[][] CASES = {
        {0, 5, 3}, {5, 0, 3}, {3_037_000_499L, 3_037_000_499L, 7}, // just below 2^63
        {3_037_000_500L, 3_037_000_500L, 7}, // just above 2^63, below 2^64 (negative as a long)
        {4_294_967_296L, 4_294_967_297L, 3}, // just above 2^64, low word positive
        {4_294_967_296L, 4_294_967_296L, 5}, // exactly 2^64, low word zero
        {Long.MAX_VALUE, 2, 4}, {1_000_000_007L, 999_999_937L, 1_000_000_007L}};

    @Test
    void floorCeilAndDivides_agreeWithBigInteger_onEachSideOfTheWordBounds() {
        for (long[] c : CASES) {
            BigInteger p = BigInteger.valueOf(c[0]).multiply(BigInteger.valueOf(c[1]));
            BigInteger[] qr = p.divideAndRemainder(BigInteger.valueOf(c[2]));
            String as = c[0] + " * " + c[1] + " / " + c[2];
            assertThat(Exact.floorMulDiv(c[0], c[1], c[2])).as(as).isEqualTo(qr[0].longValueExact());
            assertThat(Exact.ceilMulDiv(c[0], c[1], c[2])).as(as).isEqualTo(qr[0].add(qr[1].signum() == 0 ? BigInteger.ZERO : BigInteger.ONE)
                    .longValueExact());
            assertThat(Exact.dividesProduct(c[0], c[1], c[2])).as(as).isEqualTo(qr[1].signum() == 0);
        }
    }
}
