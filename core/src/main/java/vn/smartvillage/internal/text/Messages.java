package vn.smartvillage.internal.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import vn.smartvillage.Location;
import vn.smartvillage.Text;
import vn.smartvillage.internal.Catalog;
import vn.smartvillage.internal.Numbers;

/**
 * The library's user-facing sentences, in {@code messages_vi.properties} and
 * {@code messages_en.properties} beside this class (read through {@link Catalog#MESSAGES}): templates with named placeholders such as
 * {@code {value}}, filled per language. A {@link Text} argument gives its own language; numbers and dates
 * are written the way each language writes them ({@code 1.100}, {@code 27,5}, {@code 31/12/2025} in
 * Vietnamese; {@code 1,100}, {@code 27.5}, {@code 2025-12-31} in English).
 */
public final class Messages {

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Messages() {
    }

    /**
     * Returns the message {@code key} in both languages, with {@code args} given as name, value pairs.
     *
     * @throws IllegalArgumentException if the key is unknown, a placeholder has no argument, or the pairs are odd
     */
    public static Text text(String key, Object... args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name, value pairs: " + key);
        }
        for (int i = 0; i < args.length; i += 2) {
            if (!(args[i] instanceof String)) {
                throw new IllegalArgumentException("an argument's name is a string: " + key);
            }
        }
        return Text.of(fill(key, args, true), fill(key, args, false));
    }

    /**
     * Returns the label {@code key}, a message without placeholders, such as the name of a level.
     *
     * @throws IllegalArgumentException if the key is unknown or the message has a placeholder
     */
    public static Text label(String key) {
        return Text.of(Catalog.MESSAGES.word(key, true), Catalog.MESSAGES.word(key, false));
    }

    /** Returns every key, sorted; the two languages have the same keys (a test checks it). */
    public static Set<String> keys(boolean vietnamese) {
        return Catalog.MESSAGES.keys(vietnamese);
    }

    /** Returns the raw template of {@code key} in one language. */
    public static String template(String key, boolean vietnamese) {
        return Catalog.MESSAGES.template(key, vietnamese);
    }

    /** Returns {@code date} as each language writes it: {@code 31/12/2025} in Vietnamese, {@code 2025-12-31} in English. */
    public static Text date(LocalDate date) {
        return Text.of(format(date, true), format(date, false));
    }

    /** Formats one argument as {@code vietnamese} or English writes it. */
    public static String format(Object value, boolean vietnamese) {
        if (value instanceof java.util.Optional || value instanceof java.util.OptionalLong || value instanceof java.util.OptionalInt) {
            // An absent value is worded by the caller; an Optional here would print as "Optional[…]".
            throw new IllegalArgumentException("a message argument is a value, not an Optional: " + value);
        }
        if (value instanceof Text t) {
            return vietnamese ? t.vi() : t.en();
        }
        if (value instanceof Location l) {
            return vietnamese ? l.text().vi() : l.text().en();
        }
        if (value instanceof Long || value instanceof Integer) {
            return Numbers.whole(((Number) value).longValue(), vietnamese);
        }
        if (value instanceof BigDecimal d) {
            return Numbers.decimal(d, vietnamese);
        }
        if (value instanceof LocalDate d) {
            return vietnamese ? d.format(VI_DATE) : d.toString();
        }
        return String.valueOf(value);
    }

    /** {@return {@code t} with the first letter of each language's text in upper case} */
    public static Text capitalized(Text t) {
        return Text.of(capitalize(t.vi()), capitalize(t.en()));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /** {@return two sentences, {@code a} then {@code b}, joined by a space in each language} */
    public static Text join(Text a, Text b) {
        return Text.of(a.vi() + " " + b.vi(), a.en() + " " + b.en());
    }

    /** Fills {@code key} in one language from name, value pairs; a name given twice takes its last value. */
    private static String fill(String key, Object[] args, boolean vietnamese) {
        return Catalog.MESSAGES.fill(key, vietnamese, name -> {
            // A few pairs: looked through, from the last, rather than hashed.
            for (int i = args.length - 2; i >= 0; i -= 2) {
                if (name.equals(args[i])) {
                    return format(args[i + 1], vietnamese);
                }
            }
            return null;
        });
    }
}
