package vn.smartvillage.internal;

import java.math.BigDecimal;

/**
 * Formats numbers the way each language writes them: {@code 1.100} and {@code 27,5} in Vietnamese,
 * {@code 1,100} and {@code 27.5} in English. Independent of the JVM's default locale, so output is
 * the same on every machine.
 */
public final class Numbers {

    private Numbers() {
    }

    /** Formats a whole number with thousands separators: {@code '.'} when {@code vietnamese}, else {@code ','}. */
    public static String whole(long n, boolean vietnamese) {
        return group(Long.toString(n), vietnamese ? '.' : ',');
    }

    /** Formats a decimal with thousands separators and the language's decimal mark. */
    public static String decimal(BigDecimal d, boolean vietnamese) {
        String plain = d.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        String out = group(intPart, vietnamese ? '.' : ',') + (frac.isEmpty() ? "" : (vietnamese ? "," : ".") + frac);
        return negative ? "-" + out : out;
    }

    private static String group(String digits, char sep) {
        StringBuilder s = new StringBuilder();
        int first = digits.startsWith("-") ? 1 : 0;
        s.append(digits, 0, first);
        int len = digits.length() - first;
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % 3 == 0) {
                s.append(sep);
            }
            s.append(digits.charAt(first + i));
        }
        return s.toString();
    }
}
