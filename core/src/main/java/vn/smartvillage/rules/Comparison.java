package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.text.Messages;

/** How a measured value is compared with a threshold. */
@API(status = STABLE, since = "0.1")
public enum Comparison {
    /** The value must be at least the threshold (≥). */
    AT_LEAST("≥", "comparison.atLeast"),
    /** The value must be more than the threshold (&gt;). */
    MORE_THAN(">", "comparison.moreThan"),
    /** The value must be at most the threshold (≤). */
    AT_MOST("≤", "comparison.atMost"),
    /** The value must be less than the threshold (&lt;). */
    LESS_THAN("<", "comparison.lessThan"),
    /** The value must equal the threshold (=). */
    EQUAL_TO("=", "comparison.equalTo");

    private final String symbol;
    private final Text words;

    Comparison(String symbol, String key) {
        this.symbol = symbol;
        this.words = Messages.label(key);
    }

    /** {@return the mathematical symbol, such as {@code "≥"}} */
    public String symbol() {
        return symbol;
    }

    /** {@return the comparison in words, in Vietnamese and English} */
    public Text words() {
        return words;
    }

    /** {@return {@code true} for {@link #AT_MOST} and {@link #LESS_THAN}: criteria where lower is better} */
    public boolean lowerIsBetter() {
        return this == AT_MOST || this == LESS_THAN;
    }

    /**
     * {@return whether a comparison result {@code cmp = value.compareTo(threshold)} satisfies this comparison}
     *
     * @param cmp the sign of the value compared with the threshold: negative below it, 0 equal to it,
     *            positive above it; only the sign is read
     */
    public boolean test(int cmp) {
        return switch (this) {
            case AT_LEAST -> cmp >= 0;
            case MORE_THAN -> cmp > 0;
            case AT_MOST -> cmp <= 0;
            case LESS_THAN -> cmp < 0;
            case EQUAL_TO -> cmp == 0;
        };
    }
}
