package vn.smartvillage.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.smartvillage.Text;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.testing.PackTestCase;
import vn.smartvillage.packs.testing.PackTestReport;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;

/** {@code smartvillage pack show|validate|test|list} ({@code pack list} is {@code packs list}, by either name). */
@Command(name = "pack", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class,
        subcommands = {PackCommand.ShowCommand.class, PackCommand.ValidateCommand.class, PackCommand.TestCommand.class,
            PacksCommand.ListCommand.class})
final class PackCommand {

    /** Which version of a pack: a version, or the one in force on a date. */
    static final class Which {
        @Option(names = "--pack-version", paramLabel = "VERSION", description = "the version, such as 2021-2025")
        String version;

        @Option(names = "--as-of", paramLabel = "DATE", description = "the version in force on DATE")
        LocalDate asOf;
    }

    /** {@code smartvillage pack show ID}: the resolved pack's rules, as text or as its flat JSON. */
    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class)
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "the pack id")
        String id;

        @ArgGroup(exclusive = true)
        Which which;

        @Option(names = "--json", description = "print the resolved pack as flat JSON (rule-pack.schema.json)")
        boolean json;

        @Option(names = "--lang", paramLabel = "LANG", description = "vi or en (default: both)")
        Lang lang;

        @Mixin
        PackFolders packs;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            RulePackRegistry registry = Inputs.registry(packs.folders, List.of());
            Inputs.known(registry, id);
            RulePack p;
            if (which != null && which.version != null) {
                p = registry.pack(id, which.version).orElseThrow(() -> new UserError(CliText.both("error.pack.noVersion", "pack", id,
                        "version", which.version), CliText.both("fix.pack.noVersion", "versions",
                        registry.versions(id).stream().map(RulePack::version).toList())));
            } else if (which != null && which.asOf != null) {
                p = registry.resolve(id, which.asOf);
            } else {
                List<RulePack> versions = registry.versions(id);
                p = versions.get(versions.size() - 1);
            }
            if (json) {
                out.print(RulePackJson.write(p));
                return SmartVillageCli.OK;
            }
            out.println(p + " — " + Lang.of(lang, p.title()));
            out.println(word("show.inForce", "period", CliText.period(p.effective())) + (p.lineage().size() > 1 ? "; " + word("show.extends", "packs",
                    String.join(" ← ", p.lineage().subList(1, p.lineage().size()))) : ""));
            for (Criterion c : p.criteria()) {
                out.println(line(word("show.criterion"), c));
            }
            for (Target t : p.targets()) {
                out.println(line(word("text.targetBy", "deadline", t.deadline()), t.indicator()));
            }
            RequirementWords words = RequirementWords.of(p);
            for (Certification c : p.certifications()) {
                out.println(word("text.certification") + " " + c.id() + " (" + level(c.level()) + "): " + Lang.of(lang, c.name()));
                out.println("    " + word("show.requires") + ":");
                List<Text> tree = words.tree(c.requirement());
                for (Lang l : lang == null ? List.of(Lang.en, Lang.vi) : List.of(lang)) {
                    tree.forEach(t -> out.println("      " + Text.printable(l == Lang.vi ? t.vi() : t.en())));
                }
                out.println("    " + word("text.source") + ": " + Lang.of(lang, c.citation().text()));
            }
            return SmartVillageCli.OK;
        }

        /** A word of the listing: Vietnamese under {@code --lang vi}, English otherwise. */
        private String word(String key, Object... args) {
            return lang == Lang.vi ? CliText.vi(key, args) : CliText.en(key, args);
        }

        private String level(vn.smartvillage.model.AdminLevel level) {
            return lang == Lang.vi ? level.label().vi() : level.label().en();
        }

        private String line(String kind, Criterion c) {
            String threshold = c.isEncoded() ? RulePackJson.threshold(c.threshold()) : word("show.notEncoded");
            String where = c.appliesWhere().map(m -> " " + word("show.appliesWhere", "metric", Lang.of(lang, m.name()), "value",
                    c.appliesWhereValue().getAsLong())).orElse("");
            return kind + " " + c.id() + " (" + level(c.level()) + where + ", " + threshold + "): " + Lang.of(lang, c.name())
                    + "\n    " + word("text.source") + ": " + Lang.of(lang, c.citation().text());
        }
    }

    /** {@code smartvillage pack validate FILE...}: reads and checks pack files, every problem at once. */
    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class)
    static final class ValidateCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PackFiles files;

        @Override
        public Integer call() {
            List<RulePackRegistry.Entry> mine = files.entries();
            mine.forEach(e -> spec.commandLine().getOut().println("ok  " + e.pack() + "  (" + e.source() + ")"));
            return SmartVillageCli.OK;
        }
    }

    /** {@code smartvillage pack test FILE...}: runs the packs' own test cases. */
    @Command(name = "test", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class)
    static final class TestCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        PackFiles files;

        @Option(names = "--lang", paramLabel = "LANG", description = "vi or en (default: en)")
        Lang lang;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text, json (every case with its differences in both languages) or junit (JUnit XML, for CI)")
        TestFormat format;

        @Option(names = "--case", paramLabel = "NAME", description = "run only the cases named NAME, or matching the glob NAME "
                + "(* any characters, ? one), such as 'thon-*'; may be given more than once")
        List<String> only;

        /** What {@code pack test} prints. */
        enum TestFormat {
            /** PASS or FAIL per case, as people read it. */
            text,
            /** One JSON document. */
            json,
            /** JUnit XML: one test suite per pack, one test case per case. */
            junit
        }

        @Override
        public Integer call() {
            List<PackTestReport> reports = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (RulePackRegistry.Entry e : files.entries()) {
                e.tests().forEach(t -> names.add(t.name()));
                List<PackTestCase> chosen = e.tests().stream().filter(t -> chosen(t.name())).toList();
                if (only == null || !chosen.isEmpty()) {
                    reports.add(PackTestReport.run(e.pack(), chosen));
                }
            }
            if (only != null && reports.isEmpty()) {
                throw new UserError(CliText.both("error.packTest.noCase", "pattern", String.join(", ", only)),
                        CliText.both("fix.packTest.noCase", "cases", String.join(", ", names)));
            }
            PrintWriter out = spec.commandLine().getOut();
            Locale locale = lang == Lang.vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
            switch (format) {
                case json -> out.print(PackTestOutput.json(reports));
                case junit -> out.print(PackTestOutput.junit(reports, locale));
                default -> reports.forEach(r -> out.print(r.render(locale)));
            }
            return reports.stream().allMatch(PackTestReport::passed) ? SmartVillageCli.OK : SmartVillageCli.FAILURES;
        }

        private boolean chosen(String name) {
            return only == null || only.stream().anyMatch(g -> PackTestOutput.glob(g).matcher(name).matches());
        }
    }

    /** Loads the files (and the files of folders) with the other packs, and returns the entries read from them. */
    static List<RulePackRegistry.Entry> own(List<Path> paths, List<Path> packFolders, boolean discover) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().matches(".*\\.(json|ya?ml)")).sorted().forEach(files::add);
                } catch (java.io.IOException e) {
                    throw new UserError(CliText.both("error.input.folder", "file", p, "reason", String.valueOf(e.getMessage())),
                            CliText.both("fix.input.folder"));
                }
            } else {
                files.add(p);
            }
        }
        RulePackRegistry registry = Inputs.registry(packFolders, files, discover);
        List<String> names = files.stream().map(f -> PackSource.file(f).name()).toList();
        return registry.entries().stream().filter(e -> names.contains(e.source().name())).toList();
    }
}
