package vn.smartvillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import vn.smartvillage.cli.TextReport;
import vn.smartvillage.criteria.vn.SampleData;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.RulePack;

/**
 * Evaluates the Bắc Giang skeleton (seeds 000, 001, 003) with the rule packs that ship in
 * {@code smartvillage-criteria-vn}: the packs are found on the class path, the one in force on the
 * data's date is picked, and every verdict is printed with its reason.
 *
 * <p>Run it with {@code mvn -q -B -pl examples -am compile exec:java
 * -Dexec.mainClass=vn.smartvillage.examples.EvaluateWithVietnamPacks}.
 */
public final class EvaluateWithVietnamPacks {

    private EvaluateWithVietnamPacks() {
    }

    /** Evaluates the sample with Bắc Giang's pack in force on its date and returns the report. */
    public static String run(Locale... languages) {
        RulePackRegistry registry = RulePackRegistry.builder().discover().build(); // finds criteria-vn's packs
        Dataset data = SampleData.read(SampleData.Sample.BAC_GIANG_PROVINCE);
        LocalDate asOf = data.asOf();
        RulePack pack = registry.resolve(VietnamPacks.BAC_GIANG, asOf);      // vn.bac-giang.ntm-digital@2023-2025
        Assessment assessment = Evaluator.create().evaluate(data, pack, asOf);
        return "Pack: " + pack + " (" + String.join(" ← ", pack.lineage()) + ")\n" + TextReport.in(languages).render(assessment, data);
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
