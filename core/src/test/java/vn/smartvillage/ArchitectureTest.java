package vn.smartvillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The package structure of docs/design.md: which package may use which, no cycles, internal not exported. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern USE = Pattern.compile("\\bvn\\.smartvillage((?:\\.[a-z]+)*)\\.[A-Z]");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("", Set.of("internal")),
            Map.entry("internal", Set.of()),
            Map.entry("internal.text", Set.of("", "internal")),
            Map.entry("internal.origin", Set.of("")),
            // The factories of locations; the root package opens the door to its constructor in internal.
            Map.entry("internal.location", Set.of("", "internal")),
            Map.entry("model", Set.of("", "internal.text")),
            Map.entry("metric", Set.of("", "model", "internal")),
            Map.entry("data", Set.of("", "model", "metric", "internal", "internal.origin", "internal.location")),
            Map.entry("rules", Set.of("", "model", "metric", "internal", "internal.text", "internal.origin", "internal.location")),
            Map.entry("evaluation", Set.of("", "model", "metric", "data", "rules", "internal", "internal.format", "internal.text",
                    "internal.results", "internal.location", "internal.rules")),
            Map.entry("internal.results", Set.of("", "model", "data", "rules")),
            // What the library's own code reads of the kinds of measure and requirement, through their visitors.
            Map.entry("internal.rules", Set.of("", "model", "metric", "rules")),
            Map.entry("internal.json", Set.of("", "model", "metric", "data", "internal", "internal.location")),
            Map.entry("internal.format", Set.of("", "model", "metric", "rules", "internal", "internal.json", "internal.origin",
                    "internal.text", "internal.location")),
            // A pack's test cases are a model of their own, below the format that reads them.
            Map.entry("packs.testing", Set.of("", "data", "rules", "evaluation", "internal.text")),
            Map.entry("packs", Set.of("", "model", "metric", "data", "rules", "evaluation", "packs.testing", "internal",
                    "internal.json", "internal.format", "internal.text", "internal.location")),
            Map.entry("io", Set.of("", "model", "metric", "data", "internal", "internal.json", "internal.text", "internal.origin",
                    "internal.location")),
            Map.entry("report", Set.of("", "model", "metric", "data", "rules", "evaluation", "packs", "internal", "internal.json",
                    "internal.format", "internal.text", "internal.results", "internal.location", "internal.rules")));

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("vn/smartvillage"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.resolve("vn/smartvillage").relativize(f.getParent()).toString().replace('/', '.');
                Set<String> used = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String target = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
                    if (!target.equals(pkg)) {
                        used.add(target);
                    }
                }
            }
        }
        return deps;
    }

    @Test
    void packagesUseOnlyThePackagesBelowThem() throws IOException {
        Map<String, Set<String>> deps = dependencies();
        assertThat(deps.keySet()).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        deps.forEach((pkg, used) -> assertThat(ALLOWED.get(pkg)).as("packages used by '%s'", pkg).containsAll(used));
    }

    @Test
    void internalIsNotExported() throws IOException {
        String moduleInfo = Files.readString(SOURCES.resolve("module-info.java"), StandardCharsets.UTF_8);
        assertThat(moduleInfo).doesNotContain("exports vn.smartvillage.internal");
        assertThat(moduleInfo).contains("uses vn.smartvillage.packs.RulePackProvider;");
        for (String pkg : ALLOWED.keySet()) {
            if (!pkg.startsWith("internal")) {
                assertThat(moduleInfo).contains("exports vn.smartvillage" + (pkg.isEmpty() ? "" : "." + pkg) + ";");
            }
        }
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        for (String pkg : ALLOWED.keySet()) {
            Path info = SOURCES.resolve("vn/smartvillage" + (pkg.isEmpty() ? "" : "/" + pkg.replace('.', '/'))).resolve("package-info.java");
            assertThat(info).as("package-info of '%s'", pkg).exists();
        }
    }
}
