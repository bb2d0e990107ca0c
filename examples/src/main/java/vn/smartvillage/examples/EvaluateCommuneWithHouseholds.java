package vn.smartvillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import vn.smartvillage.cli.TextReport;
import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.rules.RulePack;

/**
 * Evaluates a commune with its villages and their household records against Nghệ An's smart-village
 * content (KH 132/KH-UBND, seed 002): the village shares of households with fibre, a smartphone and a
 * digital-map address are counted from the household records.
 *
 * <p>The commune and its households are synthetic (seed 002 names no village); the figures sit around
 * KH 132's thresholds to show a pass and a near miss. Run it with {@code mvn -q -B -pl examples -am
 * compile exec:java -Dexec.mainClass=vn.smartvillage.examples.EvaluateCommuneWithHouseholds}.
 */
public final class EvaluateCommuneWithHouseholds {

    /** The date of the synthetic figures. */
    public static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private EvaluateCommuneWithHouseholds() {
    }

    /** The synthetic commune: one village at KH 132's thresholds, one a household short of 80 % fibre. */
    public static Dataset commune() {
        DatasetBuilder b = Dataset.builder(AS_OF)
                .province("nghe-an", "Nghệ An")
                .commune("xa-mau", "Xã mẫu (tổng hợp / synthetic)", "nghe-an")
                .village("thon-a", "Thôn A (tổng hợp)", "xa-mau")
                .village("thon-b", "Thôn B (tổng hợp)", "xa-mau");
        // Thôn A: 10 households; 8 with fibre (80 %), 9 with a smartphone (90 %), all with a digital address.
        for (int i = 0; i < 10; i++) {
            boolean fibre = i < 8;
            boolean phone = i < 9;
            b.household("thon-a", h -> h.set(Metrics.HOUSEHOLD_MEMBERS, 4L).set(Metrics.HOUSEHOLD_HAS_FIBRE, fibre)
                    .set(Metrics.HOUSEHOLD_HAS_SMARTPHONE, phone).set(Metrics.HOUSEHOLD_HAS_DIGITAL_ADDRESS, true));
        }
        // Thôn B: the same, but only 7 of 10 with fibre: one household short.
        for (int i = 0; i < 10; i++) {
            boolean fibre = i < 7;
            b.household("thon-b", h -> h.set(Metrics.HOUSEHOLD_MEMBERS, 3L).set(Metrics.HOUSEHOLD_HAS_FIBRE, fibre)
                    .set(Metrics.HOUSEHOLD_HAS_SMARTPHONE, true).set(Metrics.HOUSEHOLD_HAS_DIGITAL_ADDRESS, true));
        }
        return b.build();
    }

    /** Evaluates the commune with Nghệ An's pack and returns the report. */
    public static String run(Locale... languages) {
        RulePack pack = VietnamPacks.registry().resolve(VietnamPacks.NGHE_AN, AS_OF);
        Dataset data = commune();
        Assessment a = Evaluator.create().evaluate(data, pack, AS_OF);
        return TextReport.in(languages).render(a, data);
    }

    /**
     * Prints the report.
     *
     * @param args optionally {@code en} or {@code vi}
     */
    public static void main(String[] args) {
        Locale[] languages = args.length == 0 ? new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("vi")}
                : new Locale[] {Locale.forLanguageTag(args[0])};
        new PrintStream(System.out, true, StandardCharsets.UTF_8).print(run(languages));
    }
}
