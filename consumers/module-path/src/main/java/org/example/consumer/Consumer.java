package org.example.consumer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.smartvillage.criteria.vn.SampleData;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.testing.PackTestReport;
import vn.smartvillage.report.ReportFormat;
import vn.smartvillage.rules.RulePack;

/** What a user's application does with the library: only public API, exactly as documented. */
public final class Consumer {

    /** What one evaluation gave: the pack, the assessment and the report files written. */
    public record Result(RulePack pack, Assessment assessment, List<Path> files) {
    }

    private Consumer() {
    }

    /** Finds every pack shipped in a jar on the module path: criteria-vn's and the province's. */
    public static RulePackRegistry discover() {
        return RulePackRegistry.builder().discover().build();
    }

    /** Runs every pack's own test cases. */
    public static List<PackTestReport> runPackCases(RulePackRegistry registry) {
        List<PackTestReport> out = new ArrayList<>();
        for (RulePackRegistry.Entry e : registry.entries()) {
            out.add(PackTestReport.run(e.pack(), e.tests()));
        }
        return out;
    }

    /** Writes every report of {@code a} into {@code folder} as streams, the way a large report is written. */
    public static List<Path> streamEveryReport(Assessment a, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path json = folder.resolve("assessment.json");
        Path csv = folder.resolve("assessment.csv");
        Path md = folder.resolve("summary.vi.md");
        Path html = folder.resolve("assessment.html");
        try (Writer out = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            ReportFormat.JSON.write(a, out);
        }
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            ReportFormat.CSV.write(a, out);
        }
        try (Writer out = Files.newBufferedWriter(md, StandardCharsets.UTF_8)) {
            ReportFormat.MARKDOWN_VI.write(a, out);
        }
        try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            ReportFormat.HTML.write(a, out);
        }
        return List.of(json, csv, md, html);
    }

    /** Evaluates Khả Lý Thượng with Bắc Giang's pack in force on its date and writes every report into {@code folder}. */
    public static Result evaluateAndWrite(RulePackRegistry registry, Path folder) throws IOException {
        Dataset data = SampleData.read(SampleData.Sample.KHA_LY_THUONG);
        RulePack pack = registry.resolve(VietnamPacks.BAC_GIANG, data.asOf());
        Assessment a = Evaluator.create().evaluate(data, pack);
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        String[][] reports = {{"json", "assessment.json"}, {"csv", "assessment.csv"}, {"markdown-vi", "summary.vi.md"},
            {"markdown-en", "summary.en.md"}, {"html", "assessment.html"}};
        for (String[] r : reports) {
            Path file = folder.resolve(r[1]);
            ReportFormat.named(r[0]).write(a, file);
            files.add(file);
        }
        return new Result(pack, a, List.copyOf(files));
    }

    /** Reads a JSON report back, finding its pack in {@code registry}. */
    public static Assessment readJsonReport(Path file, RulePackRegistry registry) throws IOException {
        return ReportFormat.readJson(Files.readString(file, StandardCharsets.UTF_8), registry);
    }
}
