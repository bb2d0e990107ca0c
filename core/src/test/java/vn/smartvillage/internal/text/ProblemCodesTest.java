package vn.smartvillage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.smartvillage.internal.Catalog;

/** The problem codes: one sentence each in both languages, every one listed for users and every one used. */
class ProblemCodesTest {

    private static final Catalog CODES = Catalog.PROBLEMS;
    private static final Pattern ROW = Pattern.compile("^\\| `([a-zA-Z0-9.]+)` \\| [^|]* \\| `(.*)` \\|$", Pattern.MULTILINE);

    @Test
    void bothLanguagesHaveTheSameCodes_andTheVietnameseNamesEveryArgument() {
        assertThat(CODES.keys(true)).isEqualTo(CODES.keys(false)).isNotEmpty();
        for (String code : CODES.keys(false)) {
            // A sentence may leave out an argument the other language names (the English "needs the unit's
            // 'households'" does not repeat the unit's id): the Vietnamese names them all.
            assertThat(CODES.placeholders(code, true)).as(code).containsAll(CODES.placeholders(code, false));
            assertThat(CODES.template(code, true)).as(code).isNotBlank();
            // The arguments every code may have are added by Problem, never written in a sentence.
            assertThat(CODES.placeholders(code, false)).as(code).doesNotContain("line", "column", "suggestion");
            assertThat(code).as("a code is dotted words").matches("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");
        }
    }

    @Test
    void docsProblems_listsEveryCode_withItsEnglishSentence() throws IOException {
        String doc = Files.readString(Path.of("../docs/problems.md"), StandardCharsets.UTF_8);
        Map<String, String> listed = new TreeMap<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            listed.put(m.group(1), m.group(2));
        }
        Map<String, String> catalog = CODES.keys(false).stream()
                .collect(Collectors.toMap(c -> c, c -> CODES.template(c, false), (a, b) -> a, TreeMap::new));
        String rows = catalog.keySet().stream().filter(c -> !catalog.get(c).equals(listed.get(c))).map(ProblemCodesTest::row)
                .collect(Collectors.joining("\n"));
        assertThat(listed).as("docs/problems.md lists the codes of problems_en.properties; the rows it lacks or has wrong:%n%s", rows)
                .isEqualTo(catalog);
        for (String code : catalog.keySet()) {
            assertThat(doc).as("the row of %s, with its arguments", code).contains(row(code));
        }
    }

    /** A row of docs/problems.md: the code, its arguments (of either language), its English sentence. */
    private static String row(String code) {
        java.util.Set<String> args = new java.util.TreeSet<>(CODES.placeholders(code, true));
        args.addAll(CODES.placeholders(code, false));
        String names = args.isEmpty() ? "—" : args.stream().map(a -> "`" + a + "`").collect(Collectors.joining(", "));
        return "| `" + code + "` | " + names + " | `" + CODES.template(code, false) + "` |";
    }

    @Test
    void everyCode_isMadeSomewhereInCoresCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
            code = all.toString();
        }
        for (String c : CODES.keys(false)) {
            if (!c.equals("described")) {
                assertThat(code).as("a code no code makes: " + c).contains("\"" + c + "\"");
            }
        }
    }
}
