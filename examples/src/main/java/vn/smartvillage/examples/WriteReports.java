package vn.smartvillage.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.report.Drilldown;
import vn.smartvillage.report.GapPlan;
import vn.smartvillage.report.ReportFormat;
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
        Assessment a = Evaluator.create().evaluate(data, pack);   // the rules as of the dataset's date
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        String[][] reports = {{"json", "assessment.json"}, {"csv", "assessment.csv"}, {"markdown-vi", "summary.vi.md"},
            {"markdown-en", "summary.en.md"}, {"html", "assessment.html"}};
        for (String[] r : reports) {
            Path file = folder.resolve(r[1]);
            ReportFormat.named(r[0]).write(a, file);   // streamed to the file, one unit at a time
            files.add(file);
        }
        return files;
    }

    /**
     * Writes the HTML report as pages into {@code folder}: for a dataset of several provinces, {@code index.html}
     * summing them up and linking to a page per province; for this one province, {@code index.html} alone.
     */
    public static List<Path> htmlPages(Path folder) throws IOException {
        Assessment a = Evaluator.create().evaluate(QuangMinhData.create(), BacGiangExamplePack.create());
        return ReportFormat.writeHtmlPages(a, folder, java.util.Locale.forLanguageTag("vi"));   // each page streamed
    }

    /** Returns the gap plan of the synthetic village and the drill-down of its commune, as text. */
    public static String plans() {
        RulePack pack = BacGiangExamplePack.create();
        Assessment a = Evaluator.create().evaluate(QuangMinhData.create(), pack);
        GapPlan plan = GapPlan.of(a, "thon-minh-hoa", BacGiangExamplePack.SMART_VILLAGE);
        StringBuilder s = new StringBuilder("Gap plan for thon-minh-hoa / Kế hoạch bù khoảng cách:\n");
        for (CriterionResult step : plan.steps()) {
            s.append("  ").append(step.gap().orElseThrow()).append(" → ").append(step.criterion().id()).append('\n');
        }
        Drilldown d = Drilldown.of(a, "xa-minh-hoa", "bg.commune.smart-village-model");
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
