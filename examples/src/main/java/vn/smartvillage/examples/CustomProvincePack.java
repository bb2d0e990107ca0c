package vn.smartvillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.testing.PackTestReport;
import vn.smartvillage.rules.RulePack;

/**
 * A province's own pack that extends the national pack and raises a threshold: the JSON file
 * {@code packs/example-national-extension.json} (an example, not a real rule) extends
 * {@code vn.ntm.digital@2021-2025} and asks 70 % of commune work records online instead of 60 %. The
 * example loads it beside the packs found on the class path, runs its test case, and shows who set
 * the threshold.
 *
 * <p>Run it with {@code mvn -q -B -pl examples -am compile exec:java
 * -Dexec.mainClass=vn.smartvillage.examples.CustomProvincePack}.
 */
public final class CustomProvincePack {

    static final String ID = "example.province-on-national";

    private CustomProvincePack() {
    }

    /** Loads the pack, runs its cases and describes the changed threshold; returns the text. */
    public static String run() {
        RulePackRegistry registry = RulePackRegistry.builder()
                .discover()                                                    // vn.ntm.digital from criteria-vn
                .add(PackSource.resource("/packs/example-national-extension.json", CustomProvincePack.class::getResourceAsStream))
                .build();
        LocalDate day = LocalDate.of(2024, 6, 30);
        RulePack pack = registry.resolve(ID, day);
        StringBuilder out = new StringBuilder();
        out.append(pack).append(" extends ").append(pack.lineage().get(1)).append('\n');
        out.append(pack.origin("vn.924.commune.work-records-online").orElseThrow()
                .describeThreshold(pack.target("vn.924.commune.work-records-online").orElseThrow().indicator().threshold()).en())
                .append('\n');
        RulePackRegistry.Entry entry = registry.resolveEntry(ID, day);
        out.append(PackTestReport.run(entry.pack(), entry.tests()));
        Assessment a = Evaluator.create().evaluate(entry.tests().get(0).dataset(), pack, day);
        CriterionResult r = a.unit("xa").orElseThrow().target("vn.924.commune.work-records-online").orElseThrow().result();
        out.append(r.reason().en()).append('\n');
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
