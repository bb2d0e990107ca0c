package vn.smartvillage.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.report.GapPlan;
import vn.smartvillage.rules.RulePack;

/** {@code smartvillage explain}: every verdict of one unit, in sentences, with what would close each gap. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class)
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EvaluationInput input;

    @Option(names = "--unit", required = true, paramLabel = "UNIT-ID", description = "the unit to explain")
    String unitId;

    @Option(names = "--lang", paramLabel = "LANG", description = "vi or en (default: both)")
    Lang lang;


    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Inputs.Evaluated e = input.evaluate(new Progress(spec.commandLine().getErr(), Progress.onTerminal()));
        Dataset dataset = e.dataset();
        RulePack pack = e.pack();
        Assessment a = e.assessment();
        UnitAssessment u = a.unit(unitId).orElseThrow(() -> new UserError(CliText.both("error.unit.none", "unit", unitId,
                "nearest", Inputs.nearest(unitId, dataset.units().stream().map(x -> x.id()).toList())),
                CliText.both("fix.unit.none", "file", input.name())));
        out.println(Text.printable(u.unit().name()) + " [" + u.unit().id() + "] — " + pack);
        for (CriterionResult r : u.criteria()) {
            out.println("- " + Lang.of(lang, a.explain(r)));
        }
        for (TargetResult t : u.targets()) {
            out.println("- " + Lang.of(lang, a.explain(t)));
        }
        for (CertificationResult c : u.certifications()) {
            out.println("- " + Lang.of(lang, a.explain(c)));
            if (c.status() == Status.NOT_MET || c.status() == Status.MISSING_DATA) {
                GapPlan plan = GapPlan.of(a, u.unit().id(), c.certification().id());
                plan.steps().forEach(s -> {
                    vn.smartvillage.evaluation.Gap g = s.gap().orElseThrow();
                    Text change = CliText.text(g.isRemoval() ? "text.fewer" : "text.more", "amount", g.amount());
                    out.println("    " + Lang.of(lang, Text.of(CliText.vi("text.toDo") + ": " + name(a, s.unitId()) + " — " + s.criterion().name().vi()
                            + ": " + change.vi() + " (" + g.of().vi() + ")", CliText.en("text.toDo") + ": " + name(a, s.unitId()) + " — "
                            + s.criterion().name().en() + ": " + change.en() + " (" + g.of().en() + ")")));
                });
                plan.blockers().forEach(b -> out.println("    " + Lang.of(lang, Text.of(CliText.vi("text.first") + ": " + name(a, b.unitId()) + " — "
                        + b.what().vi() + ": " + b.why().vi(), CliText.en("text.first") + ": " + name(a, b.unitId()) + " — " + b.what().en() + ": "
                        + b.why().en()))));
            }
        }
        a.warnings().stream().distinct().forEach(w -> spec.commandLine().getErr().println(CliText.word("word.warning") + ": " + Lang.of(lang, w)));
        return SmartVillageCli.OK;
    }

    /** A unit as its reader knows it: by its name (the id stays in the header and in the reports' id columns). */
    private static String name(Assessment a, String unitId) {
        return a.unit(unitId).map(x -> Text.printable(x.unit().name())).orElse(unitId);
    }
}
