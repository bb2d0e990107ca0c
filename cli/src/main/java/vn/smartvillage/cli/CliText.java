package vn.smartvillage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/**
 * The command line's own sentences, in {@code cli_en.properties} and {@code cli_vi.properties} beside this
 * class: templates with named placeholders such as {@code {file}}, filled per language. The library's
 * sentences (problems, results, reports) come from the library; these are the command's: what each command
 * does, its errors, the labels of the text report.
 */
final class CliText {

    /** How Vietnamese writes a day, as in its legal documents: {@code 31/12/2025}. */
    private static final java.time.format.DateTimeFormatter VI_DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Properties EN = load("cli_en.properties");
    private static final Properties VI = load("cli_vi.properties");

    /** The language the running command was asked to speak ({@code --lang}), or null for both. */
    private static final ThreadLocal<Lang> CHOSEN = new ThreadLocal<>();

    private CliText() {
    }

    /** Sets the language of what the command running on this thread prints; null for both. */
    static void choose(Lang lang) {
        if (lang == null) {
            CHOSEN.remove();
        } else {
            CHOSEN.set(lang);
        }
    }

    /** The language chosen with {@code --lang} for the running command, or null for both. */
    static Lang chosen() {
        return CHOSEN.get();
    }

    /**
     * Returns the {@code --lang} of a command line, looked for before picocli parses it so that even an
     * error in parsing is said in that language; null when none (or a value that is not a language) is given.
     */
    static Lang langOf(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                for (Lang l : Lang.values()) {
                    if (l.name().equalsIgnoreCase(value)) {
                        return l;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Returns a word printed before a line ({@code error}, {@code fix}, {@code warning}): Vietnamese under
     * {@code --lang vi}, English otherwise (a word scripts may look for).
     */
    static String word(String key, Object... args) {
        return chosen() == Lang.vi ? vi(key, args) : en(key, args);
    }

    /** Returns {@code date} as each language writes it: {@code 31/12/2025} in Vietnamese, {@code 2025-12-31} in English. */
    static vn.smartvillage.Text date(java.time.LocalDate date) {
        return vn.smartvillage.Text.of(date.format(VI_DATE), date.toString());
    }

    /**
     * Returns the period a pack is in force, its dates as each language writes them ({@code 01/01/2023 – 31/12/2025},
     * {@code 2023-01-01 – 2025-12-31}), an open end as {@code …}: each date ten characters wide, for a column.
     */
    static vn.smartvillage.Text period(vn.smartvillage.rules.EffectivePeriod p) {
        vn.smartvillage.Text from = p.from().equals(java.time.LocalDate.MIN) ? vn.smartvillage.Text.of("…", "…") : date(p.from());
        vn.smartvillage.Text to = p.to().map(CliText::date).orElse(vn.smartvillage.Text.of("…", "…"));
        return vn.smartvillage.Text.of(from.vi() + " – " + to.vi(), from.en() + " – " + to.en());
    }

    /** Returns the message in both languages as a text, each {@link vn.smartvillage.Text} argument in its own language. */
    static vn.smartvillage.Text text(String key, Object... args) {
        return vn.smartvillage.Text.of(vi(key, args), en(key, args));
    }

    /** Returns the message {@code key} in English, with {@code args} as name, value pairs. */
    static String en(String key, Object... args) {
        return fill(EN, key, args);
    }

    /** Returns the message {@code key} in Vietnamese, with {@code args} as name, value pairs. */
    static String vi(String key, Object... args) {
        return fill(VI, key, args);
    }

    /**
     * Returns {@code "English / Vietnamese"}, the way the command prints what it says in both languages on one
     * line; only the language chosen with {@code --lang}, when one is.
     */
    static String both(String key, Object... args) {
        Lang l = chosen();
        return l == Lang.vi ? vi(key, args) : l == Lang.en ? en(key, args) : en(key, args) + " / " + vi(key, args);
    }

    /** Returns every key of one language, sorted. */
    static Set<String> keys(boolean vietnamese) {
        return new TreeSet<>((vietnamese ? VI : EN).stringPropertyNames());
    }

    /** Returns the names of the placeholders of {@code key} in one language. */
    static Set<String> placeholders(String key, boolean vietnamese) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher((vietnamese ? VI : EN).getProperty(key, ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * Gives {@code cl} and each of its subcommands its description, English then Vietnamese, from the key
     * {@code command.} and its qualified name ({@code command.smartvillage.pack.show}); a command without
     * one (picocli's {@code help}) keeps its own.
     */
    static void describe(CommandLine cl) {
        String key = "command." + cl.getCommandSpec().qualifiedName(".");
        if (EN.containsKey(key)) {
            cl.getCommandSpec().usageMessage().description(en(key), vi(key));
        }
        cl.getSubcommands().values().stream().distinct().forEach(CliText::describe);
    }

    private static String fill(Properties catalog, String key, Object... args) {
        boolean vietnamese = catalog == VI;
        String template = catalog.getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no message '" + key + "'");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = null;
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (args[i].equals(m.group(1))) {
                    Object v = args[i + 1];
                    value = v instanceof vn.smartvillage.Text t ? (vietnamese ? t.vi() : t.en())
                            : v instanceof java.time.LocalDate d && vietnamese ? d.format(VI_DATE) : String.valueOf(v);
                }
            }
            if (value == null) {
                throw new IllegalArgumentException("message '" + key + "' needs {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Properties load(String file) {
        Properties p = new Properties();
        try (InputStream in = CliText.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
