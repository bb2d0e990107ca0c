package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What the command line does when the world is not kind: a C locale, a crash of the Java runtime, and
 * names that carry terminal control characters.
 */
class CliRobustnessTest {

    @Test
    void underTheCLocale_standardOutputIsStillUtf8() throws Exception {
        // A fresh JVM, as a user starts it: on Java 17 the default charset under LANG=C is ASCII.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SmartVillageCli.class.getName(),
                "evaluate", "--pack", "vn.bac-giang.ntm-digital", CliTest.KHA_LY_THUONG, "--lang", "vi", "--no-progress"));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("_JAVA_OPTIONS");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(err, StandardCharsets.UTF_8)).isZero();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(text).contains("Khả Lý Thượng", "đạt").doesNotContain("?");
    }

    @Test
    void aStalePack_underLangVi_isWarnedOnceInVietnamese_withoutTheEvaluatorsEnglishLogLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // A fresh JVM, with the tool's logging set up as a user has it: the evaluator logs the stale pack in English.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SmartVillageCli.class.getName(),
                "evaluate", "--pack", "vn.bac-giang.ntm-digital", CliTest.KHA_LY_THUONG, "--as-of", "2027-01-01", "--lang", "vi",
                "--no-progress", "--format", "json", "-o", dir.resolve("r.json").toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).contains("cảnh báo: ").doesNotContain("WARN", "may be stale", "ended on");
        assertThat(err.lines().filter(l -> l.startsWith("cảnh báo: ")).count()).isEqualTo(1);
    }

    /** A command that fails as the Java runtime can. */
    @Command(name = "crash")
    static final class Crash implements Callable<Integer> {
        private final Error error;

        Crash(Error error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }

    private static int crash(Error error, StringWriter err) {
        PrintWriter e = new PrintWriter(err);
        return SmartVillageCli.run(new CommandLine(new Crash(error)), new PrintWriter(new StringWriter()), e);
    }

    @Test
    void outOfMemory_exitsWithItsOwnStatus_neverWithTheNotMetStatus() {
        StringWriter err = new StringWriter();
        int status = crash(new OutOfMemoryError("Java heap space"), err);
        assertThat(status).isEqualTo(SmartVillageCli.OUT_OF_MEMORY).isNotEqualTo(SmartVillageCli.FAILURES);
        assertThat(err.toString()).contains("ran out of memory", "-Xmx");
    }

    @Test
    void aStackOverflow_isABug_notAVerdict() {
        StringWriter err = new StringWriter();
        int status = crash(new StackOverflowError(), err);
        assertThat(status).isEqualTo(SmartVillageCli.BUG);
        assertThat(err.toString()).contains("a bug in smartvillage", "StackOverflowError");
    }

    @Test
    void theExitStatusesAreDistinct() {
        assertThat(List.of(SmartVillageCli.OK, SmartVillageCli.FAILURES, SmartVillageCli.BAD_INPUT, SmartVillageCli.BUG,
                SmartVillageCli.OUT_OF_MEMORY)).doesNotHaveDuplicates();
    }

    @Test
    void controlCharactersInNames_neverReachTheTerminal(@TempDir Path dir) throws IOException {
        // ESC starts a terminal escape sequence; U+202E reverses what follows; a lone CR overwrites the line.
        String dataset = """
                {"asOf": "2023-01-24", "units": [
                  {"id": "bg", "name": "Bắc Giang", "level": "province"},
                  {"id": "qm", "name": "Quảng Minh\\u001b[2J", "level": "commune", "parent": "bg"},
                  {"id": "v1", "name": "Thôn \\u202egnoc\\r tên giả", "level": "village", "parent": "qm",
                   "observations": {"residents": 100, "residents.electronic-id": 30}}]}
                """;
        Path file = dir.resolve("data.json");
        Files.writeString(file, dataset, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SmartVillageCli.run(new PrintWriter(out), new PrintWriter(err), "evaluate", "--pack", "vn.bac-giang.ntm-digital",
                file.toString(), "--lang", "en", "--no-progress");
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Quảng Minh<U+001B>[2J", "Thôn <U+202E>gnoc<U+000D> tên giả")
                .doesNotContain("\u001b", "\u202e").doesNotContain("gnoc\r");
    }

    /** A village with 30 of 100 residents with electronic ID, the sample's shape, to evaluate. */
    private static Path dataset(Path dir) throws IOException {
        return Files.writeString(dir.resolve("data.json"), """
                {"asOf": "2023-01-24", "units": [
                  {"id": "bg", "name": "Bắc Giang", "level": "province"},
                  {"id": "qm", "name": "Quảng Minh", "level": "commune", "parent": "bg"},
                  {"id": "v1", "name": "Thôn 1", "level": "village", "parent": "qm",
                   "observations": {"residents": 100, "residents.electronic-id": 30}}]}
                """, StandardCharsets.UTF_8);
    }

    @Test
    void aReportThatCannotReachStandardOutput_isAnError_notASuccess(@TempDir Path dir) throws IOException {
        // What a full disk behind "> file", or a closed pipe, looks like to a PrintWriter: an IOException it keeps.
        Writer full = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int status = SmartVillageCli.run(new PrintWriter(full), new PrintWriter(err), "evaluate", "--pack", "vn.bac-giang.ntm-digital",
                dataset(dir).toString(), "--no-progress");
        assertThat(status).as(err.toString()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(err.toString()).contains("could not be written to standard output");
    }

    @Test
    void anOutputFileThatCannotBeWritten_isTheUsersToFix_notABug(@TempDir Path dir) throws IOException {
        Path data = dataset(dir);
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        for (String output : List.of(dir.resolve("no-such-folder/x.json").toString(), file.resolve("x.json").toString())) {
            StringWriter err = new StringWriter();
            int status = SmartVillageCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "evaluate", "--pack",
                    "vn.bac-giang.ntm-digital", data.toString(), "--format", "json", "-o", output, "--no-progress");
            assertThat(status).as(err.toString()).isEqualTo(SmartVillageCli.BAD_INPUT);
            assertThat(err.toString()).startsWith("error: cannot write " + output).contains("  fix: ").doesNotContain("internal error", "\tat ");
        }
        // A folder that exists takes the report as report.json (docs/cli.md), as one ending in / does.
        StringWriter err = new StringWriter();
        assertThat(SmartVillageCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "evaluate", "--pack",
                "vn.bac-giang.ntm-digital", data.toString(), "--format", "json", "-o", dir.toString(), "--no-progress")).isZero();
        assertThat(dir.resolve("report.json")).isNotEmptyFile();
    }

    @Test
    void aLineBreakInAName_cannotFakeALineOfExplanation(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("data.json"), """
                {"asOf": "2023-01-24", "units": [
                  {"id": "bg", "name": "Bắc Giang", "level": "province"},
                  {"id": "qm", "name": "Quảng Minh", "level": "commune", "parent": "bg"},
                  {"id": "v1", "name": "Thôn 1\\n- FAKE: met", "level": "village", "parent": "qm",
                   "observations": {"residents": 100, "residents.electronic-id": 30}}]}
                """, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SmartVillageCli.run(new PrintWriter(out), new PrintWriter(err), "explain", "--pack", "vn.bac-giang.ntm-digital",
                "--unit", "v1", file.toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Thôn 1 - FAKE: met [v1]");
        assertThat(out.toString().lines()).noneMatch(l -> l.startsWith("- FAKE"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aPackArgumentThatIsAPipe_isNamedAsNotAFile_andNeverRead(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pack.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        StringWriter err = new StringWriter();
        int status = SmartVillageCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "pack", "validate", fifo.toString());
        assertThat(status).as(err.toString()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(err.toString()).contains(fifo + " is not a regular file");
    }
}
