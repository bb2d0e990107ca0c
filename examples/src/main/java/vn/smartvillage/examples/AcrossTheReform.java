package vn.smartvillage.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.criteria.vn.VietnamUnits;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.SuccessionMap;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.report.Trend;
import vn.smartvillage.rules.RulePack;

/**
 * Follows Phường Vân Hà across the reform of 1 July 2025: the Quảng Minh sample dated 2023 is re-based
 * onto the units of 1 July 2025 (Phường Quảng Minh, 07792, went whole into Phường Vân Hà, 07798) and
 * assessed beside a dataset of Vân Hà dated 2026, and the trends are read from both.
 *
 * <p>The 2026 figures ({@code data/van-ha-2026.json}) are <b>illustrative sample data, not official
 * figures</b>. Vân Hà was made of five former communes; the 2023 sample has only Quảng Minh, so
 * Vân Hà's 2023 figures are missing, and the re-based data's gaps say which predecessors are lacking,
 * instead of counting Quảng Minh as the whole of Vân Hà.
 *
 * <p>Run it with {@code mvn -q -B -pl examples -am compile exec:java
 * -Dexec.mainClass=vn.smartvillage.examples.AcrossTheReform}.
 */
public final class AcrossTheReform {

    private AcrossTheReform() {
    }

    /**
     * Re-bases, assesses and returns the trends and the gaps, in one language.
     *
     * @param language {@code en} or {@code vi}
     * @return the text
     */
    public static String run(Locale language) {
        RulePackRegistry registry = VietnamPacks.registry();
        Dataset quangMinh2023 = read("/data/quang-minh.json", registry);
        Dataset vanHa2026 = read("/data/van-ha-2026.json", registry);
        // The sample names units by slugs: say which official code each had until 30 June 2025.
        SuccessionMap succession = VietnamUnits.succession(Map.of("bac-giang", "24", "quang-minh", "07792"));
        Dataset rebased = quangMinh2023.rebase(succession);
        // One pack for both dates, so that like is compared with like.
        RulePack pack = registry.resolve(VietnamPacks.BAC_GIANG, quangMinh2023.asOf());
        Evaluator evaluator = Evaluator.create();
        List<Assessment> series = List.of(evaluator.evaluate(rebased, pack, rebased.asOf()),
                evaluator.evaluate(vanHa2026, pack, vanHa2026.asOf()));
        Trend commune = Trend.of(series, "07798", "vn.924.commune.work-records-online");
        Trend village = Trend.of(series, "kha-ly-thuong", "bg.village.electronic-id");
        StringBuilder out = new StringBuilder();
        out.append("Phường Vân Hà (07798) ").append(commune.points()).append(": ").append(commune.verdict()).append(" — ")
                .append(commune.summary().in(language)).append('\n');
        out.append("Khả Lý Thượng ").append(village.points()).append(": ").append(village.verdict()).append(" — ")
                .append(village.summary().in(language)).append('\n');
        out.append("Not carried over from 2023:\n");
        for (Problem gap : rebased.gaps()) {
            out.append("- ").append(gap.location()).append(": ").append(gap.reason().in(language)).append('\n');
        }
        return out.toString();
    }

    private static Dataset read(String resource, RulePackRegistry registry) {
        try (InputStream in = AcrossTheReform.class.getResourceAsStream(resource)) {
            return DatasetJson.read(in, resource, registry.metrics(), ReadLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints the trends and gaps.
     *
     * @param args optionally {@code vi}; English by default
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(run(args.length == 0 ? Locale.ENGLISH : Locale.forLanguageTag(args[0])));
    }
}
