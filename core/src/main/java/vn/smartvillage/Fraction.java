package vn.smartvillage;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.apiguardian.api.API;

import vn.smartvillage.internal.Exact;

/**
 * An exact, non-negative fraction such as 1,100 residents with electronic ID out of 4,000.
 *
 * <p>A fraction keeps the numerator and denominator it was measured with (1100/4000, not 11/40), so an
 * explanation can show the counts. {@link #equals} therefore compares those two numbers, while
 * {@link #compareTo} compares values: {@code 1/2} and {@code 2/4} are not equal but compare as 0.
 * Comparisons are exact integer arithmetic, never floating point.
 *
 * @param numerator   the numerator, zero or more
 * @param denominator the denominator, one or more
 */
@API(status = STABLE, since = "0.1")
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

    /** Zero, as {@code 0/1}. */
    public static final Fraction ZERO = new Fraction(0, 1);

    /** One, as {@code 1/1}. */
    public static final Fraction ONE = new Fraction(1, 1);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks that the numerator is not negative and the denominator is positive.
     *
     * @param numerator   the count measured, such as residents with electronic ID; zero or more
     * @param denominator the count it is measured against, such as all residents; one or more
     * @throws IllegalArgumentException if the numerator is negative or the denominator is not positive
     */
    public Fraction {
        if (numerator < 0) {
            throw new IllegalArgumentException("numerator must not be negative, got " + numerator);
        }
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive, got " + denominator);
        }
    }

    /**
     * {@return {@code numerator/denominator}, kept as given, not reduced}
     *
     * @param numerator   the count measured; zero or more
     * @param denominator the count it is measured against; one or more
     * @throws IllegalArgumentException if the numerator is negative or the denominator is not positive
     */
    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /**
     * {@return the whole number {@code n} as {@code n/1}}
     *
     * @param n a count, zero or more
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static Fraction whole(long n) {
        return new Fraction(n, 1);
    }

    /**
     * {@return the exact value of a non-negative decimal, such as {@code 27.5} as {@code 275/10}}
     *
     * @param value a decimal, zero or more, not null; trailing zeros are ignored ({@code 27.50} gives
     *              {@code 275/10})
     * @throws IllegalArgumentException if the decimal is negative
     * @throws ArithmeticException if the decimal does not fit in 64-bit numerator and denominator
     */
    public static Fraction of(BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value must not be negative, got " + value.toPlainString());
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return whole(v.toBigIntegerExact().longValueExact());
        }
        return new Fraction(v.unscaledValue().longValueExact(), BigInteger.TEN.pow(v.scale()).longValueExact());
    }

    /** {@return {@code true} if this fraction is zero, whatever its denominator} */
    public boolean isZero() {
        return numerator == 0;
    }

    /** {@return the same value in lowest terms ({@code 1100/4000} gives {@code 11/40}); this fraction if it is already} */
    public Fraction reduced() {
        long g = gcd(numerator, denominator);
        return g == 1 ? this : new Fraction(numerator / g, denominator / g);
    }

    /**
     * {@return the value as a decimal rounded to {@code scale} digits after the point}
     *
     * @param scale    the number of digits after the point
     * @param rounding how to round the digits beyond {@code scale}, not null; {@link RoundingMode#UNNECESSARY}
     *                 throws if the value does not fit
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, rounding);
    }

    /**
     * {@return the value as a percentage: exact when it has at most {@code maxScale} digits after the
     * point, otherwise rounded half-even to {@code maxScale} digits} Trailing zeros are removed, so
     * {@code 1100/4000} gives {@code 27.5}.
     *
     * @param maxScale the most digits to keep after the point
     */
    public BigDecimal percent(int maxScale) {
        BigDecimal exact = BigDecimal.valueOf(numerator).multiply(HUNDRED);
        BigDecimal p = exact.divide(BigDecimal.valueOf(denominator), maxScale, RoundingMode.HALF_EVEN);
        p = p.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    /** Compares the values of two fractions exactly. */
    @Override
    public int compareTo(Fraction other) {
        return Exact.compareProducts(numerator, other.denominator, other.numerator, denominator);
    }

    /** Returns {@code "numerator/denominator"}. */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.max(a, 1);
    }
}
