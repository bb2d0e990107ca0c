package vn.smartvillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every sentence a person reads lives in the message catalogs ({@code internal/text/*.properties}), not in
 * Java: a string literal with a Vietnamese letter (a letter with a Vietnamese diacritic, or đ) in core's
 * main code is a sentence written inline. Problems are made with a code and a typed location
 * ({@code Problem.of}), never as words at a string location (the removed bridge {@code Problem.at},
 * {@code new Problem(String, Text)}, which this test keeps out).
 */
class SentencesInCatalogsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** The letters Vietnamese adds to the Latin alphabet and its tone marks, in NFC. */
    private static final String VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    @Test
    void noSentenceIsWrittenInJava() throws IOException {
        TreeMap<String, List<String>> found = offences();
        assertThat(found).as("Vietnamese literals or bridge calls outside the catalogs (move them to the catalogs)").isEmpty();
    }

    @Test
    void theScannerFindsLiterals_notComments() {
        assertThat(literals("// \"Bắc Giang\"\n/* \"Nghệ An\" */ String s = \"ok\" + 'đ' + \"x\\\"y\";"))
                .containsExactly("ok", "đ", "x\"y");
        assertThat(literals("String t = \"\"\"\n    Thôn 1\n    \"\"\";")).singleElement().asString().contains("Thôn 1");
        assertThat(vietnamese("\\u0111i")).isTrue();
        assertThat(vietnamese("Tha\u0300nh")).isTrue();
        assertThat(vietnamese("≥ 30 % …")).isFalse();
    }

    /** For each main source file, its Vietnamese literals and its calls of the bridge. */
    private static TreeMap<String, List<String>> offences() throws IOException {
        TreeMap<String, List<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String file = SOURCES.relativize(f).toString().replace('\\', '/');
                String source = Files.readString(f, StandardCharsets.UTF_8);
                List<String> bad = new ArrayList<>();
                for (String literal : literals(source)) {
                    if (vietnamese(literal)) {
                        bad.add(literal);
                    }
                }
                if (!file.equals("vn/smartvillage/Problem.java")) {
                    String code = withoutComments(source);
                    if (code.contains("Problem.at(") || code.matches("(?s).*\\bnew Problem\\(.*")) {
                        bad.add("(the transitional Problem.at or new Problem(String, Text))");
                    }
                }
                if (!bad.isEmpty()) {
                    out.put(file, bad);
                }
            }
        }
        return out;
    }

    static boolean vietnamese(String literal) {
        String s = Normalizer.normalize(unescape(literal), Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        return s.chars().anyMatch(c -> VIETNAMESE.indexOf(c) >= 0);
    }

    /** Decodes {@code \}{@code uXXXX} escapes, so that an escaped letter is found too. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\' && i + 5 < s.length() + 0 && s.charAt(i + 1) == 'u' && s.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder();
        scan(source, out, new ArrayList<>());
        return out.toString();
    }

    /** The string, text-block and character literals of {@code source}, comments left out. */
    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        scan(source, new StringBuilder(), out);
        return out;
    }

    /** Copies the code outside comments to {@code code} and collects the literals' contents (escapes kept, but {@code \"}). */
    private static void scan(String s, StringBuilder code, List<String> literals) {
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
                code.append("\"\"");
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
                code.append(c).append(c);
                i = j + 1;
            } else {
                code.append(c);
                i++;
            }
        }
    }
}
