package vn.smartvillage.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one description of how a threshold is written: its grammar, its ranges, and its three written forms.
 *
 * <ul>
 *   <li>{@link #read}: the form a rule pack writes, {@code ">= 25 %"}, {@code "≥ 1"}, {@code "< 0.5"}, with a
 *       reason in both languages for anything else;</li>
 *   <li>{@link #ascii}: the form a pack document and a report write, {@code ">= 27.5 %"};</li>
 *   <li>{@link #symbolic}: the form of {@code Threshold.toString}, {@code "≥ 27.5 %"};</li>
 *   <li>{@link #localised}: the form of explanations, {@code "≥ 27,5 %"} in Vietnamese and {@code "≥ 27.5 %"} in English.</li>
 * </ul>
 *
 * <p>A comparison is named by its mathematical symbol, as {@code rules.Comparison#symbol()} gives it.
 */
public final class ThresholdSyntax {

    /** The greatest percentage. */
    public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);
    /** The greatest absolute threshold, 10<sup>12</sup>. */
    public static final BigDecimal MAX_ABSOLUTE = BigDecimal.valueOf(1_000_000_000_000L);
    /** The most digits after the point. */
    public static final int MAX_DECIMALS = 6;

    /** Each comparison: its symbol and how ASCII writes it, in the order a reader must try them. */
    private static final List<String[]> OPERATORS = List.of(new String[] {"≥", ">="}, new String[] {">", ">"},
            new String[] {"≤", "<="}, new String[] {"<", "<"}, new String[] {"=", "="});

    /** The grammar: a comparison (ASCII or symbol), an exact decimal with a point, and {@code %} for a percentage. */
    public static final Pattern GRAMMAR = Pattern.compile("\\s*(>=|≥|>|<=|≤|<|=)\\s*([0-9]{1,13}(?:\\.[0-9]{1," + MAX_DECIMALS
            + "})?)\\s*(%?)\\s*");

    /** A number written with a comma where the grammar wants a point, or with commas between thousands. */
    private static final Pattern COMMA = Pattern.compile("[0-9]+,[0-9]+(?:,[0-9]+)*");
    private static final Pattern THOUSANDS = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+");

    private ThresholdSyntax() {
    }

    /**
     * A threshold as written: its comparison's symbol ({@code ≥ > ≤ < =}), its value and whether it is a percentage.
     *
     * @param symbol  the comparison's symbol
     * @param value   the value, zero or more
     * @param percent {@code true} for a percentage
     */
    public record Written(String symbol, BigDecimal value, boolean percent) {
    }

    /**
     * Why a text is not a threshold: a problem code of the message catalog ({@code threshold.*}) and its
     * arguments, as name, value pairs of strings.
     */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String[] arguments;

        Refused(String code, String... arguments) {
            super(Catalog.PROBLEMS.fill(code, false, name -> argument(arguments, name)));
            this.code = code;
            this.arguments = arguments.clone();
        }

        /** Returns the problem code, such as {@code threshold.comma}. */
        public String code() {
            return code;
        }

        /** Returns the arguments of the code's sentence, as name, value pairs. */
        public Object[] arguments() {
            return arguments.clone();
        }

        private static String argument(String[] arguments, String name) {
            for (int i = 0; i < arguments.length; i += 2) {
                if (arguments[i].equals(name)) {
                    return arguments[i + 1];
                }
            }
            return null;
        }
    }

    /**
     * Reads a threshold as a pack writes it: {@code ">= 25 %"}, {@code "≥ 1"}, {@code "< 10"}.
     *
     * @throws Refused if the text does not follow the grammar (a decimal comma is named as such, with the
     *                 text it should be), or the value is out of range
     */
    public static Written read(String text) throws Refused {
        Matcher m = GRAMMAR.matcher(text);
        if (!m.matches()) {
            throw notAThreshold(text);
        }
        BigDecimal value = new BigDecimal(m.group(2));
        boolean percent = !m.group(3).isEmpty();
        if (percent && value.compareTo(MAX_PERCENT) > 0) {
            throw new Refused("threshold.percentTooLarge", "value", value.toPlainString());
        }
        if (!percent && value.compareTo(MAX_ABSOLUTE) > 0) {
            throw new Refused("threshold.tooLarge");
        }
        String symbol = OPERATORS.stream().filter(o -> o[0].equals(m.group(1)) || o[1].equals(m.group(1))).findFirst().orElseThrow()[0];
        return new Written(symbol, value, percent);
    }

    /** Returns whether {@code text} follows the grammar, whatever its value. */
    public static boolean matches(String text) {
        return GRAMMAR.matcher(text).matches();
    }

    private static Refused notAThreshold(String text) {
        Matcher number = COMMA.matcher(text);
        if (number.find()) {
            // A number with commas: offer what it may have meant, each a valid threshold.
            String written = number.group();
            String before = text.substring(0, number.start());
            String after = text.substring(number.end());
            String decimal = before + written.replace(',', '.') + after;
            String whole = before + written.replace(",", "") + after;
            boolean asDecimal = written.indexOf(',') == written.lastIndexOf(',') && matches(decimal);
            boolean asThousands = THOUSANDS.matcher(written).matches() && matches(whole);
            if (asDecimal && asThousands) {
                return new Refused("threshold.commaEither", "text", text, "whole", ascii(whole), "decimal", ascii(decimal));
            }
            if (asDecimal) {
                return new Refused("threshold.decimalComma", "text", text, "decimal", ascii(decimal));
            }
            if (asThousands) {
                return new Refused("threshold.thousands", "text", text, "whole", ascii(whole));
            }
        }
        return new Refused("threshold.syntax", "text", text);
    }

    /** Returns a valid threshold text in the ASCII form, spaced as {@link #ascii} writes it. */
    private static String ascii(String valid) {
        Matcher m = GRAMMAR.matcher(valid);
        m.matches();
        String symbol = OPERATORS.stream().filter(o -> o[0].equals(m.group(1)) || o[1].equals(m.group(1))).findFirst().orElseThrow()[0];
        return ascii(symbol, new BigDecimal(m.group(2)), !m.group(3).isEmpty());
    }

    /**
     * Reads a decimal written with a point, for the factories that take one as text.
     *
     * @throws NumberFormatException if it is not a decimal; a comma is named as such, with the decimal it
     *                               should be
     */
    public static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            if (COMMA.matcher(text).matches()) {
                String dot = text.replace(',', '.');
                throw new NumberFormatException(THOUSANDS.matcher(text).matches()
                        ? "'" + text + "' is not a decimal: write it without a thousands separator (" + text.replace(",", "")
                                + ") and with a dot before the decimals (" + dot + " if the comma is a decimal comma)"
                        : "'" + text + "' is not a decimal: use a dot, not a comma, before the decimals: " + dot);
            }
            throw new NumberFormatException("'" + text + "' is not a decimal; write one with a dot before the decimals, such as 27.5");
        }
    }

    /** Returns the ASCII form, {@code ">= 25 %"}: the operator, a space, the value in plain notation, and {@code " %"} for a percentage. */
    public static String ascii(String symbol, BigDecimal value, boolean percent) {
        String op = OPERATORS.stream().filter(o -> o[0].equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a comparison: " + symbol))[1];
        return op + " " + value.toPlainString() + (percent ? " %" : "");
    }

    /** Returns the symbolic form, {@code "≥ 25 %"}: the symbol, a space, the value in plain notation, and {@code " %"} for a percentage. */
    public static String symbolic(String symbol, BigDecimal value, boolean percent) {
        return symbol + " " + value.toPlainString() + (percent ? " %" : "");
    }

    /**
     * Returns the form a language writes, with its separators and decimal mark: {@code "≥ 27,5 %"} in
     * Vietnamese, {@code "≥ 27.5 %"} in English.
     */
    public static String localised(String symbol, BigDecimal value, boolean percent, boolean vietnamese) {
        return symbol + " " + Numbers.decimal(value, vietnamese) + (percent ? " %" : "");
    }
}
