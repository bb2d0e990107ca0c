package vn.smartvillage.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.report.CsvReport;
import vn.smartvillage.report.Drilldown;
import vn.smartvillage.report.GapPlan;
import vn.smartvillage.report.GapPlanner;
import vn.smartvillage.report.HtmlReport;
import vn.smartvillage.report.JsonReport;
import vn.smartvillage.report.MarkdownReport;
import vn.smartvillage.rules.RulePack;

/**
 * Evaluates the Quảng Minh example and writes every report: JSON, CSV (with a byte-order mark for
 * Excel), Markdown in both languages and the self-contained HTML page; then prints the gap plan of the
 * synthetic village and the drill-down of its commune.
 *
 * <pre>
 * mvn -q -B -pl examples -am compile exec:java -Dexec.mainClass=vn.smartvillage.examples.WriteReports -Dexec.args=reports
 * </pre>
 */
public final class WriteReports {

    private WriteReports() {
    }

    /** Writes the reports into {@code folder} and returns the files written. */
    public static List<Path> write(Path folder) throws IOException {
        Dataset data = QuangMinhData.create();
        RulePack pack = BacGiangExamplePack.create();
        Assessment a = Evaluator.create().evaluate(data, pack, QuangMinhData.AS_OF);
        Files.createDirectories(folder);
        List<Path> files = List.of(
                Files.writeString(folder.resolve("assessment.json"), JsonReport.write(a, pack), StandardCharsets.UTF_8),
                Files.writeString(folder.resolve("assessment.csv"), CsvReport.write(a, true), StandardCharsets.UTF_8),
                Files.writeString(folder.resolve("summary.vi.md"), MarkdownReport.write(a, pack, Locale.forLanguageTag("vi")),
                        StandardCharsets.UTF_8),
                Files.writeString(folder.resolve("summary.en.md"), MarkdownReport.write(a, pack, Locale.ENGLISH), StandardCharsets.UTF_8),
                Files.writeString(folder.resolve("assessment.html"), HtmlReport.write(a, pack), StandardCharsets.UTF_8));
        return files;
    }

    /** Returns the gap plan of the synthetic village and the drill-down of its commune, as text. */
    public static String plans() {
        RulePack pack = BacGiangExamplePack.create();
        Assessment a = Evaluator.create().evaluate(QuangMinhData.create(), pack, QuangMinhData.AS_OF);
        GapPlan plan = GapPlanner.of(a, pack).plan("thon-minh-hoa", BacGiangExamplePack.SMART_VILLAGE);
        StringBuilder s = new StringBuilder("Gap plan for thon-minh-hoa / Kế hoạch bù khoảng cách:\n");
        for (GapPlan.Step step : plan.steps()) {
            s.append("  ").append(step.gap()).append(" → ").append(step.criterion().id()).append('\n');
        }
        Drilldown.Result d = Drilldown.of(a, pack).of("xa-minh-hoa", "bg.commune.smart-village-model");
        s.append(d.summary().en()).append('\n').append(d.summary().vi()).append('\n');
        return s.toString();
    }

    /**
     * Writes the reports.
     *
     * @param args the folder to write into; {@code reports} by default
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "reports");
        for (Path f : write(folder)) {
            System.out.println(f.toAbsolutePath());
        }
        System.out.print(plans());
    }
}
