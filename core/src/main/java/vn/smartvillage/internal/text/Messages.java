package vn.smartvillage.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.smartvillage.Text;
import vn.smartvillage.internal.Numbers;

/**
 * The library's user-facing sentences, in {@code messages_vi.properties} and
 * {@code messages_en.properties} beside this class: templates with named placeholders such as
 * {@code {value}}, filled per language. A {@link Text} argument gives its own language; numbers and dates
 * are written the way each language writes them ({@code 1.100}, {@code 27,5}, {@code 31/12/2025} in
 * Vietnamese; {@code 1,100}, {@code 27.5}, {@code 2025-12-31} in English).
 */
public final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Properties VI = load("messages_vi.properties");
    private static final Properties EN = load("messages_en.properties");
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
        return Text.of(fill(key, VI, args, true), fill(key, EN, args, false));
    }

    /** Returns every key, sorted; the two languages have the same keys (a test checks it). */
    public static Set<String> keys(boolean vietnamese) {
        return new TreeSet<>((vietnamese ? VI : EN).stringPropertyNames());
    }

    /** Returns the raw template of {@code key} in one language. */
    public static String template(String key, boolean vietnamese) {
        return (vietnamese ? VI : EN).getProperty(key);
    }

    /** Formats one argument as {@code vietnamese} or English writes it. */
    public static String format(Object value, boolean vietnamese) {
        if (value instanceof Text t) {
            return vietnamese ? t.vi() : t.en();
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

    private static String fill(String key, Properties p, Object[] args, boolean vietnamese) {
        String template = p.getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        Map<String, Object> named = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            named.put((String) args[i], args[i + 1]);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!named.containsKey(m.group(1))) {
                throw new IllegalArgumentException("message '" + key + "' needs {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(format(named.get(m.group(1)), vietnamese)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
