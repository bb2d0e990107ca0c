package vn.smartvillage.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import vn.smartvillage.ReadLimits;
import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.io.DatasetCsv;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.report.ReportFormat;
import vn.smartvillage.rules.RulePack;

/**
 * What a user runs, end to end, in one JVM (issue 18, point 2): read the input files ({@link InputFiles}: a JSON dataset of
 * village totals, or CSV tables of households with their mapping), evaluate, and write every kind of report to files:
 * JSON, CSV, Markdown, and HTML (a page, or at national scale a summary and a page per province). The .xlsx report is
 * the command line's and is measured there ({@code benchmarks/scripts/cli-wall.sh}, docs/performance.md).
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EndToEnd -p input=province,national-json,national-csv
 * </pre>
 *
 * One shot per iteration (a national run takes tens of seconds), after a warm-up shot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class EndToEnd {

    /** The input, by its {@link InputFiles.Size} name. */
    @Param({"province"})
    public String input;

    Path dir;
    Path files;
    RulePack pack;

    /** Writes the input files into a temporary folder and resolves the benchmark pack. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("smartvillage-e2e");
        files = InputFiles.write(InputFiles.Size.named(input), dir);
        pack = Benchmarks.pack();
    }

    /** Deletes the temporary folder. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        delete(dir);
    }

    /** Reads, evaluates and writes every report; returns the bytes written. */
    @Benchmark
    public long readEvaluateWrite() throws IOException {
        return run(files, pack, dir.resolve("out"));
    }

    /** The limits of a national dataset: 28.1 M households, a 64 MB JSON file. */
    static final ReadLimits LIMITS = ReadLimits.DEFAULTS.withMaxUnits(40_000_000).withMaxDocumentBytes(256L << 20);

    /** Reads {@code input} (a JSON file, or a folder of CSV tables and mappings), evaluates and writes the reports into {@code out}. */
    static long run(Path input, RulePack pack, Path out) throws IOException {
        Dataset data = read(input);
        Assessment a = Evaluator.create().evaluate(data, pack, Benchmarks.AS_OF);
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        for (ReportFormat f : List.of(ReportFormat.JSON, ReportFormat.CSV, ReportFormat.MARKDOWN_VI)) {
            Path file = out.resolve("report." + (f == ReportFormat.MARKDOWN_VI ? "md" : f.name()));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                f.write(a, w);
            }
            written.add(file);
        }
        written.addAll(ReportFormat.writeHtmlPages(a, out.resolve("html"), Locale.forLanguageTag("vi")));
        long bytes = 0;
        for (Path p : written) {
            bytes += Files.size(p);
        }
        return bytes;
    }

    /** The dataset of {@code input}: a JSON file, or a folder of CSV tables with their mapping ({@code .json}). */
    static Dataset read(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return DatasetJson.read(input, Metrics.all(), LIMITS);
        }
        DatasetCsv.Builder b = DatasetCsv.builder(Benchmarks.AS_OF).metrics(Metrics.all()).limits(LIMITS);
        try (Stream<Path> s = Files.list(input)) {
            for (Path p : s.sorted().toList()) {
                if (p.toString().endsWith(".json")) {
                    b.mapping(p);
                } else if (p.toString().endsWith(".csv")) {
                    b.table(p);
                }
            }
        }
        return b.read();
    }

    private static void delete(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.list(p)) {
                for (Path c : s.toList()) {
                    delete(c);
                }
            }
        }
        Files.deleteIfExists(p);
    }
}
