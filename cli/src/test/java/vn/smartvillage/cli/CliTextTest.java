package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The command line's sentences live in its catalogs ({@code cli_en.properties}, {@code cli_vi.properties}),
 * not in Java: a string literal with a Vietnamese letter in the module's main code is a sentence written
 * inline. Both languages have the same messages, and every message is used.
 */
class CliTextTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** The letters Vietnamese adds to the Latin alphabet and its tone marks, in NFC. */
    private static final String VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    @Test
    void noSentenceIsWrittenInJava() throws IOException {
        TreeMap<String, List<String>> found = new TreeMap<>();
        for (var e : sources().entrySet()) {
            List<String> vietnamese = literals(e.getValue()).stream().filter(CliTextTest::vietnamese).toList();
            if (!vietnamese.isEmpty()) {
                found.put(e.getKey(), vietnamese);
            }
        }
        assertThat(found).as("Vietnamese literals outside the catalogs (move them to cli_*.properties)").isEmpty();
    }

    @Test
    void theScannerFindsLiterals_notComments() {
        assertThat(literals("// \"Bắc Giang\"\n/* \"Nghệ An\" */ String s = \"ok\" + 'đ' + \"x\\\"y\";")).containsExactly("ok", "đ", "x\"y");
        assertThat(literals("String t = \"\"\"\n    Thôn 1\n    \"\"\";")).singleElement().asString().contains("Thôn 1");
        assertThat(vietnamese("Tha\u0300nh")).isTrue();
        assertThat(vietnamese("\\u0111i")).isTrue();
        assertThat(vietnamese("≥ 30 % …")).isFalse();
    }

    @Test
    void bothLanguagesHaveTheSameMessages_andTheEnglishNamesEveryArgument() {
        assertThat(CliText.keys(true)).isEqualTo(CliText.keys(false)).isNotEmpty();
        for (String key : CliText.keys(false)) {
            // Each placeholder the English names is given a value: {file}, {option}, {max}…
            Object[] args = CliText.placeholders(key, false).stream().flatMap(n -> Stream.of(n, "x")).toArray();
            assertThat(CliText.vi(key, args)).as(key).isNotBlank();
            assertThat(CliText.en(key, args)).as(key).isNotBlank();
            // A message is printed in both languages on one line ("English / Vietnamese"): an argument named
            // once, in English, is enough.
            assertThat(CliText.placeholders(key, false)).as(key).containsAll(CliText.placeholders(key, true));
        }
    }

    @Test
    void everyCommandHasItsDescription_andEveryMessageIsUsed() throws IOException {
        CommandLine cl = SmartVillageCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Set<String> commands = new TreeSet<>();
        collect(cl, commands);
        for (String key : commands) {
            assertThat(CliText.keys(false)).as("the description of " + key).contains(key);
        }
        String code = String.join("\n", sources().values());
        for (String key : CliText.keys(false)) {
            if (!commands.contains(key)) {
                assertThat(code).as("a message no code uses: " + key).contains("\"" + key + "\"");
            }
        }
        assertThat(cl.getSubcommands().get("pack").getSubcommands().get("show").getCommandSpec().usageMessage().description())
                .containsExactly(CliText.en("command.smartvillage.pack.show"), CliText.vi("command.smartvillage.pack.show"));
        StringWriter out = new StringWriter();
        SmartVillageCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "pack", "show", "--help");
        assertThat(out.toString()).contains(CliText.vi("command.smartvillage.pack.show"));
    }

    private static void collect(CommandLine cl, Set<String> keys) {
        if (!(cl.getCommand() instanceof CommandLine.HelpCommand)) {
            keys.add("command." + cl.getCommandSpec().qualifiedName("."));
        }
        cl.getSubcommands().values().stream().distinct().forEach(c -> collect(c, keys));
    }

    private static TreeMap<String, String> sources() throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                out.put(SOURCES.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static boolean vietnamese(String literal) {
        // A letter written as an escape (\u0111) is decoded first, so that it is found too.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(literal);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(decoded, java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(decoded);
        String s = Normalizer.normalize(decoded.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return s.chars().anyMatch(c -> VIETNAMESE.indexOf(c) >= 0);
    }

    /** The string, text-block and character literals of {@code source}, comments left out. */
    private static List<String> literals(String s) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end;
                literals.add(s.substring(i + 3, end));
                i = Math.min(s.length(), end + 3);
            } else if (c == '"' || c == '\'') {
                StringBuilder lit = new StringBuilder();
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                        char next = s.charAt(j + 1);
                        lit.append(next == c || next == '\\' ? String.valueOf(next) : "\\" + next);
                        j += 2;
                    } else {
                        lit.append(s.charAt(j++));
                    }
                }
                literals.add(lit.toString());
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
