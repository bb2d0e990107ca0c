package vn.smartvillage.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.criteria.vn.OfficialUnit;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.criteria.vn.VietnamUnits;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.packs.RulePackRegistry;

/**
 * A dataset that names its units by official code (mã số đơn vị hành chính), checked against the official
 * lists of its date; then Bắc Giang's plan used on 2026 data, which says that Bắc Giang became part of Bắc
 * Ninh, and the communes of today's Bắc Ninh that cover the former province.
 *
 * <p>{@code data/bac-ninh-2026-codes.json} (sample, not official figures) makes three mistakes a clerk
 * makes: Phường Quảng Minh's code 07792, retired on 1 July 2025; Phường Chũ's code 07525 typed without its
 * leading zero, as a spreadsheet shows it; and 07798, today Phường Vân Hà's, under its former name Phường
 * Ninh Sơn.
 *
 * <p>Run it with {@code mvn -q -B -pl examples -am compile exec:java
 * -Dexec.mainClass=vn.smartvillage.examples.OfficialCodes}.
 */
public final class OfficialCodes {

    private OfficialCodes() {
    }

    /**
     * Checks the sample's codes, then a corrected skeleton, and evaluates Bắc Giang's plan on it.
     *
     * @param language {@code en} or {@code vi}
     * @return what a user is told, in that language
     */
    public static String run(Locale language) {
        RulePackRegistry registry = VietnamPacks.registry();
        StringBuilder out = new StringBuilder();
        Dataset data = read("/data/bac-ninh-2026-codes.json", registry);
        try {
            VietnamUnits.check(data);
            out.append("no problem\n");
        } catch (SmartVillageException e) {
            out.append("Errors:\n");
            for (Problem p : e.problems()) {
                out.append("- ").append(p.location().text().in(language)).append(": ").append(p.reason().in(language)).append('\n');
            }
        }
        // The official skeleton carries every unit's code: nothing to correct.
        LocalDate day = data.asOf();
        Dataset bacNinh = VietnamUnits.on(day).skeleton("24", day).build();
        List<Problem> warnings = VietnamUnits.check(bacNinh);
        out.append("Skeleton of Tỉnh Bắc Ninh: ").append(bacNinh.size()).append(" units, ").append(warnings.size()).append(" warnings\n");
        // Bắc Giang's plan, in force until 2025-12-31, used on this 2026 data.
        Assessment a = Evaluator.create().evaluate(bacNinh, registry.resolve(VietnamPacks.BAC_GIANG, LocalDate.of(2025, 12, 31)), day);
        for (Text w : a.warnings()) {
            out.append("Warning: ").append(w.in(language)).append('\n');
        }
        List<OfficialUnit> former = VietnamUnits.covering("24");
        out.append("Former Bắc Giang today: ").append(former.size()).append(" communes, from ").append(former.get(0)).append('\n');
        return out.toString();
    }

    private static Dataset read(String resource, RulePackRegistry registry) {
        try (InputStream in = OfficialCodes.class.getResourceAsStream(resource)) {
            return DatasetJson.read(in, resource.substring(resource.lastIndexOf('/') + 1), registry.metrics(), ReadLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints the example in English.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.out.print(run(Locale.ENGLISH));
    }
}
