package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.Fraction;
import vn.smartvillage.internal.ThresholdSyntax;

/**
 * A comparison with an exact decimal value, such as "≥ 25 %" or "≥ 1".
 *
 * <p>A percentage threshold applies to shares (ratios of two metrics, shares of child units); an
 * absolute threshold applies to counts and flags. Values are exact decimals and are compared as
 * fractions in integer arithmetic: "≥ 25 %" is met by 1,000 of 4,000 and not by 999.
 *
 * <p>The value is zero or more, with at most 6 digits after the point; at most 100 for a percentage, at
 * most 10<sup>12</sup> otherwise; trailing zeros are removed. Instances are immutable; two thresholds are
 * equal when their comparison, value and kind are.
 */
@API(status = STABLE, since = "0.1")
public final class Threshold {

    private static final BigDecimal HUNDRED = ThresholdSyntax.MAX_PERCENT;
    private static final BigDecimal MAX_ABSOLUTE = ThresholdSyntax.MAX_ABSOLUTE;
    private static final int MAX_SCALE = ThresholdSyntax.MAX_DECIMALS;

    private final Comparison comparison;
    private final BigDecimal value;
    private final boolean percent;

    /** Checks the range and scale and removes trailing zeros. */
    private Threshold(Comparison comparison, BigDecimal value, boolean percent) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a threshold cannot be negative, got " + value.toPlainString());
        }
        if (value.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("a threshold has at most " + MAX_SCALE + " digits after the point, got "
                    + value.toPlainString());
        }
        if (percent && value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a percentage threshold is at most 100, got " + value.toPlainString());
        }
        if (!percent && value.compareTo(MAX_ABSOLUTE) > 0) {
            throw new IllegalArgumentException("an absolute threshold is at most 10^12, got " + value.toPlainString());
        }
        this.comparison = comparison;
        this.value = value;
        this.percent = percent;
    }

    /**
     * {@return the absolute threshold "{@code comparison} {@code value}", for counts and flags}
     *
     * @param comparison how the value is compared, not null
     * @param value      the threshold, not null: zero to 10<sup>12</sup>, at most 6 digits after the point
     * @throws IllegalArgumentException if the value is out of range or has more than 6 digits after the point
     */
    public static Threshold of(Comparison comparison, BigDecimal value) {
        return new Threshold(comparison, value, false);
    }

    /**
     * {@return the percentage threshold "{@code comparison} {@code percent} %", for shares}
     *
     * @param comparison how the value is compared, not null
     * @param percent    the percentage, not null: 0 to 100, at most 6 digits after the point
     * @throws IllegalArgumentException if the value is out of range or has more than 6 digits after the point
     */
    public static Threshold ofPercent(Comparison comparison, BigDecimal percent) {
        return new Threshold(comparison, percent, true);
    }

    /**
     * {@return "≥ {@code percent} %", for example {@code atLeastPercent("25")}}
     *
     * @param percent the percentage as a decimal written with a point, such as {@code "27.5"}: 0 to 100, at
     *                most 6 digits after the point; a string, so that it stays exact
     * @throws NumberFormatException    if {@code percent} is not a decimal written with a point; the message
     *                                  says what to write ({@code "25,5"}: use a dot, {@code 25.5})
     * @throws IllegalArgumentException if it is out of range or has more than 6 digits after the point
     */
    public static Threshold atLeastPercent(String percent) {
        return ofPercent(Comparison.AT_LEAST, ThresholdSyntax.decimal(percent));
    }

    /**
     * {@return "&gt; {@code percent} %"}
     *
     * @param percent the percentage as a decimal written with a point, such as {@code "0"}: 0 to 100, at
     *                most 6 digits after the point
     * @throws NumberFormatException    if {@code percent} is not a decimal written with a point; the message
     *                                  says what to write ({@code "25,5"}: use a dot, {@code 25.5})
     * @throws IllegalArgumentException if it is out of range or has more than 6 digits after the point
     */
    public static Threshold moreThanPercent(String percent) {
        return ofPercent(Comparison.MORE_THAN, ThresholdSyntax.decimal(percent));
    }

    /**
     * {@return "≤ {@code percent} %", for lower-is-better shares}
     *
     * @param percent the percentage as a decimal written with a point, such as {@code "5"}: 0 to 100, at
     *                most 6 digits after the point
     * @throws NumberFormatException    if {@code percent} is not a decimal written with a point; the message
     *                                  says what to write ({@code "25,5"}: use a dot, {@code 25.5})
     * @throws IllegalArgumentException if it is out of range or has more than 6 digits after the point
     */
    public static Threshold atMostPercent(String percent) {
        return ofPercent(Comparison.AT_MOST, ThresholdSyntax.decimal(percent));
    }

    /**
     * {@return "≥ {@code n}" for counts}
     *
     * @param n the least count that meets it, 0 to 10<sup>12</sup>
     * @throws IllegalArgumentException if {@code n} is out of that range
     */
    public static Threshold atLeast(long n) {
        return of(Comparison.AT_LEAST, BigDecimal.valueOf(n));
    }

    /**
     * {@return "≤ {@code n}" for counts}
     *
     * @param n the greatest count that meets it, 0 to 10<sup>12</sup>
     * @throws IllegalArgumentException if {@code n} is out of that range
     */
    public static Threshold atMost(long n) {
        return of(Comparison.AT_MOST, BigDecimal.valueOf(n));
    }

    /**
     * {@return "= {@code n}" for counts}
     *
     * @param n the only count that meets it, 0 to 10<sup>12</sup>
     * @throws IllegalArgumentException if {@code n} is out of that range
     */
    public static Threshold equalTo(long n) {
        return of(Comparison.EQUAL_TO, BigDecimal.valueOf(n));
    }

    /** {@return the threshold a flag must reach: it holds (≥ 1, with a flag counted as 1 when it holds)} */
    public static Threshold holds() {
        return atLeast(1);
    }

    /** {@return the threshold as an exact fraction of one: 25 % is {@code 25/100}, 3 is {@code 3/1}} */
    public Fraction asFraction() {
        Fraction f = Fraction.of(value);
        return percent ? Fraction.of(f.numerator(), Math.multiplyExact(f.denominator(), 100)) : f;
    }

    /** {@return how the value is compared} */
    public Comparison comparison() {
        return comparison;
    }

    /** {@return the threshold's value, without trailing zeros: a percentage for a share, absolute otherwise} */
    public BigDecimal value() {
        return value;
    }

    /** {@return {@code true} if {@link #value()} is a percentage (the threshold of a share)} */
    public boolean percent() {
        return percent;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Threshold t && comparison == t.comparison && value.equals(t.value) && percent == t.percent;
    }

    @Override
    public int hashCode() {
        return (comparison.hashCode() * 31 + value.hashCode()) * 31 + Boolean.hashCode(percent);
    }

    /** Returns the threshold as people write it, such as {@code "≥ 25 %"} or {@code "≥ 1"}. */
    @Override
    public String toString() {
        return ThresholdSyntax.symbolic(comparison.symbol(), value, percent);
    }
}
