package vn.smartvillage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pair of message catalogs, {@code <name>_vi.properties} and {@code <name>_en.properties} in
 * {@code vn/smartvillage/internal/text/}: templates with named placeholders such as {@code {value}}.
 *
 * <p>This is the part every package may use, the root package included: it knows only strings. Each
 * caller writes its arguments in the language asked for and hands them in by name;
 * {@code internal.text.Messages} does that for bilingual texts, numbers and dates, and
 * the root package's {@code Problem} for problems.
 */
public final class Catalog {

    /** The sentences of results, explanations, reports and labels. */
    public static final Catalog MESSAGES = new Catalog("messages");

    /** The reasons of problems, one per problem code. */
    public static final Catalog PROBLEMS = new Catalog("problems");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final String FOLDER = "/vn/smartvillage/internal/text/";

    private final String name;
    private final Properties vi;
    private final Properties en;
    /** The templates of each language cut at their placeholders once, when the catalog is loaded. */
    private final Map<String, Template> viTemplates;
    private final Map<String, Template> enTemplates;

    private Catalog(String name) {
        this.name = name;
        this.vi = load(name + "_vi.properties");
        this.en = load(name + "_en.properties");
        this.viTemplates = templates(vi);
        this.enTemplates = templates(en);
    }

    /**
     * A template cut at its placeholders: {@code literals[0]}, the value of {@code names[0]}, {@code literals[1]},
     * and so on, ending with the last literal. A brace not around a name of ASCII letters is a literal.
     */
    private record Template(String text, String[] literals, String[] names) {
        static Template of(String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int from = 0;
            int open = text.indexOf('{');
            while (open >= 0) {
                int end = open + 1;
                while (end < text.length() && isAsciiLetter(text.charAt(end))) {
                    end++;
                }
                if (end > open + 1 && end < text.length() && text.charAt(end) == '}') {
                    literals.add(text.substring(from, open));
                    names.add(text.substring(open + 1, end).intern());
                    from = end + 1;
                    open = text.indexOf('{', from);
                } else {
                    open = text.indexOf('{', open + 1);
                }
            }
            literals.add(text.substring(from));
            return new Template(text, literals.toArray(String[]::new), names.toArray(String[]::new));
        }

        /** The template with each placeholder replaced by what {@code argument} gives for its name. */
        String fill(String key, Function<String, String> argument) {
            if (names.length == 0) {
                return text;
            }
            // Cut at its placeholders once: reasons are written by the hundred thousand. String.join sizes the result
            // once, where a StringBuilder grows, and copies again when a Vietnamese letter widens it.
            String[] parts = new String[2 * names.length + 1];
            for (int i = 0; i < names.length; i++) {
                String value = argument.apply(names[i]);
                if (value == null) {
                    throw new IllegalArgumentException("message '" + key + "' needs {" + names[i] + "}");
                }
                parts[2 * i] = literals[i];
                parts[2 * i + 1] = value;
            }
            parts[2 * names.length] = literals[names.length];
            return String.join("", parts);
        }
    }

    private static Map<String, Template> templates(Properties p) {
        Map<String, Template> out = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            out.put(key, Template.of(p.getProperty(key)));
        }
        return Map.copyOf(out);
    }

    /** Returns {@code true} if the catalog has the key (in both languages: a test checks they agree). */
    public boolean has(String key) {
        return en.containsKey(key);
    }

    /** Returns every key of one language, sorted. */
    public Set<String> keys(boolean vietnamese) {
        return new TreeSet<>((vietnamese ? vi : en).stringPropertyNames());
    }

    /** Returns the raw template of {@code key} in one language, or {@code null} if there is none. */
    public String template(String key, boolean vietnamese) {
        return (vietnamese ? vi : en).getProperty(key);
    }

    /** Returns the names of the placeholders of {@code key} in one language, sorted; empty for an unknown key. */
    public Set<String> placeholders(String key, boolean vietnamese) {
        Set<String> out = new TreeSet<>();
        String template = template(key, vietnamese);
        if (template != null) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * Fills the template of {@code key} in one language, each placeholder with what {@code argument} gives
     * for its name, already written in that language.
     *
     * @throws IllegalArgumentException if the key is unknown or {@code argument} gives {@code null} for a placeholder
     */
    public String fill(String key, boolean vietnamese, Function<String, String> argument) {
        Template template = (vietnamese ? viTemplates : enTemplates).get(key);
        if (template == null) {
            throw new IllegalArgumentException("no message '" + key + "'" + (name.equals("messages") ? "" : " in the " + name + " catalog"));
        }
        return template.fill(key, argument);
    }

    /** Fills {@code text} as a template of the catalog is filled (for tests of the cutting at placeholders). */
    static String fill(String text, Function<String, String> argument) {
        return Template.of(text).fill(text, argument);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Returns the template of {@code key} in one language when it has no placeholder, such as a label. */
    public String word(String key, boolean vietnamese) {
        return fill(key, vietnamese, n -> null);
    }

    private static Properties load(String file) {
        Properties p = new Properties();
        try (InputStream in = Catalog.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + file);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
