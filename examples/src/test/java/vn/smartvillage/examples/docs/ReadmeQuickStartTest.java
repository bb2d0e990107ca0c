package vn.smartvillage.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.report.ReportFormat;

/**
 * The README's evaluation from files to an HTML report is at most five lines of Java: this test takes them from the
 * README as they are, compiles them on their own (with the imports the README names) and runs them in a fresh JVM in a
 * folder holding a real dataset, then checks the page they wrote.
 */
class ReadmeQuickStartTest {

    private static final Path README = Path.of("../README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    /** Khả Lý Thượng and Quảng Minh from the seed articles, beside a synthetic commune: the examples' dataset. */
    private static final Path DATA = Path.of("src/main/resources/data/quang-minh.json");
    private static final List<String> IMPORTS = List.of("java.nio.file.Path", "vn.smartvillage.criteria.vn.VietnamPacks",
            "vn.smartvillage.data.Dataset", "vn.smartvillage.evaluation.Assessment", "vn.smartvillage.evaluation.Evaluator",
            "vn.smartvillage.io.DatasetJson", "vn.smartvillage.packs.RulePackRegistry", "vn.smartvillage.report.ReportFormat", "vn.smartvillage.rules.RulePack");

    /** The README's Java block that writes an HTML report. */
    static String quickStart() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(readme);
        while (m.find()) {
            if (m.group(1).contains("ReportFormat")) {
                blocks.add(m.group(1));
            }
        }
        assertThat(blocks).as("the README's Java blocks that write a report").hasSize(1);
        // The README names the imports the lines need, so that a reader can copy them.
        IMPORTS.forEach(i -> assertThat(readme).contains("`" + i + "`"));
        return blocks.get(0);
    }

    @Test
    void theReadmesFilesToHtmlReport_isAtMostFiveLines() throws IOException {
        List<String> lines = quickStart().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSizeLessThanOrEqualTo(5);
        assertThat(String.join("\n", lines)).contains("DatasetJson.read(", "Evaluator.create().evaluate(", "ReportFormat");
    }

    @Test
    void theReadmesLines_compileAlone_andWriteTheHtmlReportOfARealDataset(@TempDir Path dir) throws Exception {
        StringBuilder source = new StringBuilder();
        IMPORTS.forEach(i -> source.append("import ").append(i).append(";\n"));
        source.append("\npublic final class ReadmeQuickStart {\n    public static void main(String[] args) throws Exception {\n")
                .append(quickStart()).append("    }\n}\n");
        Path src = Files.createDirectories(dir.resolve("src")).resolve("ReadmeQuickStart.java");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            compiled = javac.getTask(null, files, diagnostics, List.of("--release", "17", "-classpath", classPath, "-d", classes.toString(),
                    "-proc:none", "-Xlint:all,-path,-options"), null, files.getJavaFileObjects(src)).call();
        }
        List<String> said = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
        assertThat(said).as(source.toString()).isEmpty();
        assertThat(compiled).isTrue();

        Path work = Files.createDirectories(dir.resolve("work"));
        Files.copy(DATA, work.resolve("quang-minh.json"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-cp", classes + java.io.File.pathSeparator + classPath, "ReadmeQuickStart")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("output.txt").toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the README's lines did not finish in 3 minutes");
        }
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8)).isZero();

        Path html = work.resolve("quang-minh.html");
        assertThat(html).exists();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Khả Lý Thượng", VietnamPacks.BAC_GIANG);
        // The page is the report of that dataset judged by the rules in force on its date.
        Dataset data = DatasetJson.read(work.resolve("quang-minh.json"), VietnamPacks.registry().metrics());
        StringWriter expected = new StringWriter();
        ReportFormat.HTML.write(Evaluator.create().evaluate(data, VietnamPacks.registry().resolve(VietnamPacks.BAC_GIANG, data.asOf())),
                expected);
        assertThat(page).isEqualTo(expected.toString());
    }
}
