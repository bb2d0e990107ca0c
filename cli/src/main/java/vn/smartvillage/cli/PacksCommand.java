package vn.smartvillage.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.RulePack;

/** {@code smartvillage packs list}. */
@Command(name = "packs", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class,
        subcommands = PacksCommand.ListCommand.class)
final class PacksCommand {

    /** {@code smartvillage packs list}: every pack found, one line each. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class)
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PackFolders packs;

        @Option(names = "--lang", paramLabel = "LANG", description = "the language of the titles: vi or en (default: en)")
        Lang lang;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RulePackRegistry registry = Inputs.registry(packs.folders, List.of());
            for (RulePackRegistry.Entry e : registry.entries()) {
                RulePack p = e.pack();
                int cases = e.tests().size();
                String count = cases == 1 ? "list.case" : "list.cases";
                vn.smartvillage.Text period = CliText.period(p.effective());
                out.printf("%-32s %-10s %s  %s  (%s)%n", p.id(), p.version(), lang == Lang.vi ? period.vi() : period.en(),
                        lang == Lang.vi ? p.title().vi() : p.title().en(), lang == Lang.vi ? CliText.vi(count, "count", cases)
                                : CliText.en(count, "count", cases));
            }
            return SmartVillageCli.OK;
        }
    }
}
