package vn.smartvillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import vn.smartvillage.Problem;
import vn.smartvillage.Text;
import vn.smartvillage.criteria.vn.VietnamUnits;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.SuccessionMap;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;

/**
 * Re-bases figures of a ward that was divided on 1 July 2025, with the shares of the division supplied as
 * data. Phường Bình Chuẩn (25969, Bình Dương) went in part into the new Phường Thuận Giao (25969) and in part
 * into the new Phường An Phú (25975); each of them also took over a whole former ward (Phường Thuận Giao,
 * 25972, and Phường An Phú, 25975).
 *
 * <p>The figures, and the shares, are <b>illustrative, not official</b>: "of Bình Chuẩn's 12,000 households,
 * 7,000 went to Thuận Giao and 5,000 to An Phú". Without the shares, both new wards' household counts are
 * missing data naming Bình Chuẩn; with them, each is its whole predecessor's count plus its share. The flag
 * (a postal point) of the divided ward is never divided, shares or not.
 *
 * <p>Run it with {@code mvn -q -B -pl examples -am compile exec:java
 * -Dexec.mainClass=vn.smartvillage.examples.SharesOfADividedWard}.
 */
public final class SharesOfADividedWard {

    /** An illustrative count of the example, not one of the shipped vocabulary. */
    static final Metric<Long> HOUSEHOLDS = Metric.count("example.households", AdminLevel.COMMUNE, Text.of("số hộ", "households"));
    static final Metric<Boolean> POST = Metric.flag("example.postal-point", AdminLevel.COMMUNE,
            Text.of("có điểm bưu điện văn hóa", "has a postal point"));

    private SharesOfADividedWard() {
    }

    /**
     * Re-bases without and with shares, and returns the household counts and the gaps, in one language.
     *
     * @param language {@code en} or {@code vi}
     * @return the text
     */
    public static String run(Locale language) {
        // Ids are the codes the units had until 30 June 2025 (the province 74 was Bình Dương).
        Dataset before = Dataset.builder(LocalDate.of(2024, 12, 31))
                .province("74", "Tỉnh Bình Dương")
                .commune("25969", "Phường Bình Chuẩn", "74").commune("25972", "Phường Thuận Giao", "74")
                .commune("25975", "Phường An Phú", "74")
                .observe("25969", HOUSEHOLDS, 12_000L, "illustrative").observe("25972", HOUSEHOLDS, 9_000L, "illustrative")
                .observe("25975", HOUSEHOLDS, 10_000L, "illustrative")
                .observe("25969", POST, true).observe("25972", POST, true).observe("25975", POST, true)
                .build();
        SuccessionMap succession = VietnamUnits.succession();
        SuccessionMap withShares = succession
                .withShare("25969", "25969", HOUSEHOLDS, 7_000)    // of Bình Chuẩn's 12,000 households, 7,000 went to Thuận Giao
                .withShare("25969", "25975", HOUSEHOLDS, 5_000);   // and 5,000 to An Phú
        StringBuilder out = new StringBuilder();
        for (SuccessionMap map : new SuccessionMap[] {succession, withShares}) {
            Dataset after = before.rebase(map);
            out.append(map == succession ? "Without shares:\n" : "With shares:\n");
            for (String ward : new String[] {"25969", "25975"}) {
                out.append("- ").append(after.unit(ward).orElseThrow().name()).append(" (").append(ward).append("): households ")
                        .append(after.observed(ward, HOUSEHOLDS).map(String::valueOf).orElse("missing"))
                        .append(after.source(ward, HOUSEHOLDS).map(s -> " from " + s).orElse("")).append(", postal point ")
                        .append(after.observed(ward, POST).map(String::valueOf).orElse("missing")).append('\n');
            }
            for (Problem gap : after.gaps()) {
                String at = gap.location().toString();
                if (at.startsWith("unit 25969, metric") || at.startsWith("unit 25975, metric")) {
                    out.append("  ").append(at).append(": ").append(gap.reason().in(language)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * Prints the counts and gaps.
     *
     * @param args optionally {@code vi}; English by default
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(run(args.length == 0 ? Locale.ENGLISH : Locale.forLanguageTag(args[0])));
    }
}
