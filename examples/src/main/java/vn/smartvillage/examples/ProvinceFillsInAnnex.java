package vn.smartvillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.testing.PackTestReport;
import vn.smartvillage.rules.RulePack;

/**
 * How a province fills in the indicators of Annex I of 51/2025/QĐ-TTg once it has the annex, per commune
 * group. The national pack {@code vn.ntm.digital@2026-2030} lists the criterion "Khoa học, công nghệ và chuyển
 * đổi số" once per commune group, not yet encoded, each applying only to the communes whose
 * {@code commune.group} is that group. The example pack {@code packs/example-annex-2026.json} extends it,
 * replaces the group 1 and group 2 rules with measured indicators and adds one more for group 1.
 *
 * <p><b>Its thresholds are placeholders</b> (90 %, 80 %, 70 %), chosen to show the mechanism: they are not
 * Annex I's values, which were not retrieved, and no shipped pack uses them. A province copies the file,
 * writes its own id, and puts the annex's indicators and levels in their place, with their citation.
 *
 * <p>Run it with {@code mvn -q -B -pl examples -am compile exec:java
 * -Dexec.mainClass=vn.smartvillage.examples.ProvinceFillsInAnnex}.
 */
public final class ProvinceFillsInAnnex {

    static final String ID = "example.province-annex-2026";
    static final String RESOURCE = "/packs/example-annex-2026.json";

    private ProvinceFillsInAnnex() {
    }

    /** Loads the pack beside the shipped ones, runs its cases, and shows each commune's results; returns the text. */
    public static String run() {
        RulePackRegistry registry = RulePackRegistry.builder()
                .discover()                                                    // vn.ntm.digital@2026-2030 from criteria-vn
                .add(PackSource.resource(RESOURCE, ProvinceFillsInAnnex.class::getResourceAsStream))
                .build();
        LocalDate day = LocalDate.of(2026, 6, 30);
        RulePack pack = registry.resolve(ID, day);
        StringBuilder out = new StringBuilder();
        out.append(pack).append(" extends ").append(pack.lineage().get(1)).append('\n');
        out.append(pack.title().en()).append('\n');
        RulePackRegistry.Entry entry = registry.resolveEntry(ID, day);
        out.append(PackTestReport.run(entry.pack(), entry.tests()));
        Dataset data = entry.tests().get(0).dataset();
        Assessment a = Evaluator.create().evaluate(data, pack, day);
        for (UnitAssessment u : a.units()) {
            if (u.criteria().isEmpty() || u.unit().level() != vn.smartvillage.model.AdminLevel.COMMUNE) {
                continue;
            }
            out.append(u.unit().name()).append('\n');
            for (CriterionResult r : u.criteria()) {
                if (!List.of("vn.51.commune.modern-commune").contains(r.criterion().id())) {
                    out.append("  ").append(r.criterion().id()).append(": ").append(r.reason().en()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * Prints the text.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        new PrintStream(System.out, true, StandardCharsets.UTF_8).print(run());
    }
}
