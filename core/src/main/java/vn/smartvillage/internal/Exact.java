package vn.smartvillage.internal;

import java.math.BigInteger;

/**
 * Exact integer arithmetic for comparing fractions and computing gaps.
 *
 * <p>All inputs are non-negative. Products are taken in 128 bits (or {@link BigInteger} where a
 * division is needed and the 64-bit product would overflow), so no comparison ever rounds.
 */
public final class Exact {

    private Exact() {
    }

    /**
     * Compares {@code a * b} with {@code c * d} exactly, for non-negative arguments.
     *
     * @return a negative number, zero or a positive number as {@code a*b} is less than, equal to or
     *         greater than {@code c*d}
     */
    public static int compareProducts(long a, long b, long c, long d) {
        long hi1 = Math.multiplyHigh(a, b);
        long hi2 = Math.multiplyHigh(c, d);
        if (hi1 != hi2) {
            return Long.compare(hi1, hi2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /** Returns {@code ceil(a * b / c)} for non-negative {@code a, b} and positive {@code c}. */
    public static long ceilMulDiv(long a, long b, long c) {
        long hi = Math.multiplyHigh(a, b);
        if (hi == 0 && a * b >= 0) {
            long p = a * b;
            long q = p / c;
            return p % c == 0 ? q : q + 1;
        }
        BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(BigInteger.valueOf(c));
        BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return q.longValueExact();
    }

    /** Returns {@code floor(a * b / c)} for non-negative {@code a, b} and positive {@code c}. */
    public static long floorMulDiv(long a, long b, long c) {
        long hi = Math.multiplyHigh(a, b);
        if (hi == 0 && a * b >= 0) {
            return a * b / c;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }

    /** Returns {@code true} when {@code c} divides {@code a * b} exactly. */
    public static boolean dividesProduct(long a, long b, long c) {
        long hi = Math.multiplyHigh(a, b);
        if (hi == 0 && a * b >= 0) {
            return (a * b) % c == 0;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(BigInteger.valueOf(c)).signum() == 0;
    }
}
