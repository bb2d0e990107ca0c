package vn.smartvillage.examples;

import java.nio.file.Path;

import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.report.ReportFormat;
import vn.smartvillage.rules.RulePack;

/**
 * The README's five lines from files to an HTML report: reads {@code quang-minh.json} in the working folder,
 * evaluates it against Bắc Giang's pack in force on the dataset's date and writes {@code quang-minh.html}.
 * {@code ReadmeQuickStartTest} compiles the README's lines on their own and runs them on a real dataset.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Reads {@code quang-minh.json} in the working folder and writes {@code quang-minh.html} beside it.
     *
     * @param args not used
     * @throws java.io.IOException if the report cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        RulePackRegistry packs = VietnamPacks.registry();                                // Vietnam's packs and metrics
        Dataset data = DatasetJson.read(Path.of("quang-minh.json"), packs.metrics());    // figures, with their date
        RulePack pack = packs.resolve(VietnamPacks.BAC_GIANG, data.asOf());              // the rules in force on it
        Assessment assessment = Evaluator.create().evaluate(data, pack);                 // judged by those rules
        ReportFormat.named("html").write(assessment, Path.of("quang-minh.html"));        // streamed to the file
    }
}
