package vn.smartvillage.io;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.smartvillage.internal.Catalog;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.OrganisationKind;

/**
 * How the cells of the tables provinces keep are read: counts with or without thousands separators,
 * yes/no in Vietnamese or English, decimals with a decimal comma, levels by their Vietnamese names.
 * Each parser returns empty for a value it cannot read; the caller reports it.
 */
final class CsvValues {

    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,19}");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}([., \u00A0])[0-9]{3}(\\1[0-9]{3})*");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

    // The words of each language, in the message catalogs ("csv.words.*"): a cell may use either language.
    private static final Map<String, Boolean> FLAGS = words(Map.of("yes", true, "no", false));

    private static final Map<String, AdminLevel> LEVELS = words(Map.of("province", AdminLevel.PROVINCE, "district", AdminLevel.DISTRICT,
            "commune", AdminLevel.COMMUNE, "village", AdminLevel.VILLAGE));

    private static final Map<String, OrganisationKind> KINDS = words(Map.of("cooperative", OrganisationKind.COOPERATIVE,
            "businessHousehold", OrganisationKind.BUSINESS_HOUSEHOLD, "enterprise", OrganisationKind.ENTERPRISE));

    private CsvValues() {
    }

    /** Each word of the catalog lists {@code csv.words.<name>}, in both languages, with the value of its name. */
    private static <T> Map<String, T> words(Map<String, T> byName) {
        Map<String, T> out = new HashMap<>();
        byName.forEach((name, value) -> {
            for (boolean vietnamese : new boolean[] {true, false}) {
                for (String word : Catalog.MESSAGES.word("csv.words." + name, vietnamese).split(",")) {
                    out.put(key(word), value);
                }
            }
        });
        return Map.copyOf(out);
    }

    /** Lower-cased, trimmed, NFC: how cells are compared with the words above. */
    static String key(String cell) {
        return Normalizer.normalize(cell.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** A count written as 1 to 18 digits and nothing else, without a regular expression; else null. */
    static Long plainCount(String cell) {
        int n = cell.length();
        if (n == 0 || n > 18) {
            return null;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A whole number: {@code 1100}, or grouped by threes with one separator ({@code 1.100}, {@code 1,100}, {@code 1 100}). */
    static Optional<Long> count(String cell) {
        Long plain = plainCount(cell);
        if (plain != null) {
            return Optional.of(plain);
        }
        String s = cell.trim();
        if (GROUPED.matcher(s).matches()) {
            s = s.replaceAll("[., \u00A0]", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Yes or no: có/không, c/k, x, đúng/sai, yes/no, y/n, true/false, 1/0. */
    static Optional<Boolean> flag(String cell) {
        // The words as the table usually writes them ("có", "không"), found before normalising the cell.
        Boolean exact = FLAGS.get(cell);
        return Optional.ofNullable(exact != null ? exact : FLAGS.get(key(cell)));
    }

    /** A decimal with a decimal point or a decimal comma ({@code 27.5} or {@code 27,5}), no grouping. */
    static Optional<BigDecimal> decimal(String cell) {
        String s = cell.trim();
        if (!DECIMAL.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(',', '.')));
    }

    /** A percentage: a decimal, optionally followed by {@code %}. */
    static Optional<BigDecimal> percent(String cell) {
        String s = cell.trim();
        return decimal(s.endsWith("%") ? s.substring(0, s.length() - 1) : s);
    }

    /** A level in English or Vietnamese. */
    static Optional<AdminLevel> level(String cell) {
        return Optional.ofNullable(LEVELS.get(key(cell)));
    }

    /** An organisation kind in English or Vietnamese. */
    static Optional<OrganisationKind> kind(String cell) {
        return Optional.ofNullable(KINDS.get(key(cell)));
    }
}
