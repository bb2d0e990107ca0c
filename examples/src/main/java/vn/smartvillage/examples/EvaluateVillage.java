package vn.smartvillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import vn.smartvillage.cli.TextReport;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.rules.RulePack;

/**
 * The main example: evaluates Khả Lý Thượng village and Quảng Minh commune (seed articles 000 and 001)
 * against Bắc Giang's smart-village criteria, and prints every verdict, gap and reason.
 *
 * <p>Run it with {@code mvn -q -B -pl examples -am compile exec:java}. Pass {@code en} or {@code vi} to
 * print one language only.
 */
public final class EvaluateVillage {

    private EvaluateVillage() {
    }

    /** Evaluates the example data and returns the report. */
    public static String run(Locale... languages) {
        Dataset data = QuangMinhData.create();
        RulePack pack = BacGiangExamplePack.create();
        Assessment assessment = Evaluator.create().evaluate(data, pack);   // the rules in force on the dataset's date
        return TextReport.in(languages).render(assessment, data);
    }

    /**
     * Prints the report.
     *
     * @param args optionally {@code en} or {@code vi}; both languages by default
     */
    public static void main(String[] args) {
        Locale[] languages = args.length == 0 ? new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("vi")}
                : new Locale[] {Locale.forLanguageTag(args[0])};
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(run(languages));
    }
}
