package vn.smartvillage.examples.docs;

import static vn.smartvillage.testkit.SmartVillageAssertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;

import vn.smartvillage.Problem;
import vn.smartvillage.Text;
import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.criteria.vn.OfficialUnit;
import vn.smartvillage.criteria.vn.Succession;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.criteria.vn.VietnamUnits;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CompiledPack;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.io.DatasetCsv;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.testing.PackTestReport;
import vn.smartvillage.report.ReportFormat;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.testkit.TestData;

/**
 * The code snippets of the documentation, each the body of a method here so that it compiles and
 * {@link DocSnippetsTest} runs it. {@code DocSnippetsTest} also checks that every Java block of the docs
 * appears, line for line, in a source file of the repository.
 */
final class DocSnippets {

    private DocSnippets() {
    }

    /** docs/getting-started.md and getting-started.vi.md. */
    static String gettingStarted() {
        RulePackRegistry registry = RulePackRegistry.builder().discover().build();   // finds smartvillage-criteria-vn's packs
        Dataset data = Dataset.builder(LocalDate.of(2023, 1, 24))
                .province("bac-giang", "Bắc Giang").commune("quang-minh", "Quảng Minh", "bac-giang")
                .village("kha-ly-thuong", "Khả Lý Thượng", "quang-minh")
                .observe("kha-ly-thuong", Metrics.RESIDENTS, 4_000L)
                .observe("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 1_100L)
                .build();
        RulePack pack = registry.resolve(VietnamPacks.BAC_GIANG, data.asOf());   // Bắc Giang's rules in force on the data's date
        Assessment a = Evaluator.create().evaluate(data, pack);                 // judged by the rules of that date
        CriterionResult eid = a.unit("kha-ly-thuong").orElseThrow().criterion("bg.village.electronic-id").orElseThrow();
        System.out.println(eid.reason().en());   // 1,100/4,000 = 27.5 % (required ≥ 25 %): met
        return eid.reason().en();
    }

    /** docs/datasets.md: CSV tables; {@code folder} holds them. */
    static Dataset csvTables(Path folder) {
        Dataset data = DatasetCsv.builder(LocalDate.of(2023, 1, 24))
                .units(folder.resolve("don-vi.csv"))            // the hierarchy
                .organisations(folder.resolve("to-chuc.csv"))   // cooperatives and businesses
                .observations(folder.resolve("thon.csv"))       // figures, one row per unit
                .observations(folder.resolve("xa.csv"), "Báo cáo của xã 6/2024")   // every figure from this source
                .households(folder.resolve("ho.csv"))           // one row per household
                .mapping(folder.resolve("cot.json"))            // what each Vietnamese header means
                .metrics(Metrics.all())                         // the metrics the headers may name: Vietnam's
                .listener(p -> System.err.printf("%s: %,d rows%n", p.file(), p.rows()))
                .read();
        return data;
    }

    /** docs/reports.md: explanations. */
    static Text[] explanations(Assessment assessment, CriterionResult criterion, CertificationResult certification,
            TargetResult target) {
        // the assessment carries the pack that names the rules and the units' names
        Text c = assessment.explain(criterion);     // what was measured, value with numerator and denominator, threshold, verdict, gap, citation
        Text h = assessment.explain(certification); // held, or what is not met / lacks data
        Text t = assessment.explain(target);        // verdict, how far along, what remains, whether the deadline passed
        return new Text[] {c, h, t};
    }

    /** docs/rule-packs.md and README.md: packs from jars and a folder; {@code dataset} holds the figures. */
    static String[] registry(Dataset dataset) {
        RulePackRegistry registry = RulePackRegistry.builder()
                .discover()                          // packs shipped in jars
                .addDirectory(Path.of("src/main/resources/packs"))   // packs kept on disk
                .build();                            // reads, resolves and checks them all, or throws with every problem
        RulePack pack = registry.resolve("example.bac-giang.smart-village", LocalDate.of(2024, 6, 30));
        Assessment assessment = Evaluator.create().evaluate(dataset, pack, LocalDate.of(2024, 6, 30));

        for (RulePackRegistry.Entry entry : registry.entries()) {
            System.out.print(PackTestReport.run(entry.pack(), entry.tests()));  // PASS/FAIL per test case
        }

        String json = RulePackJson.write(pack);      // the resolved pack, flat; reading it back gives an equal pack
        String hash = RulePackJson.contentHash(pack); // SHA-256 of that text: names exactly the rules used
        return new String[] {assessment.packRef().id(), json, hash};
    }

    /** docs/reports.md: every report, streamed to a file or a writer, and a JSON report read back. */
    static Assessment reports(Assessment assessment, RulePackRegistry registry, Path folder) throws IOException {
        ReportFormat.HTML.write(assessment, folder.resolve("report.html"));        // one self-contained page
        for (ReportFormat format : ReportFormat.all()) {                          // json, csv, csv-no-bom, csv-semicolon, markdown-vi, markdown-en, html, html-en
            format.write(assessment, folder.resolve("report." + format.name()));
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("assessment.json"), StandardCharsets.UTF_8)) {
            ReportFormat.named("json").write(assessment, out);                   // one unit at a time, never the whole report in memory
        }
        String json = Files.readString(folder.resolve("assessment.json"), StandardCharsets.UTF_8);
        return ReportFormat.readJson(json, registry);   // finds the pack by id and version, checks its content hash and every verdict
    }

    /** docs/performance.md: an evaluator with the host's executor, and one compiled pack for several datasets. */
    static Assessment[] compiled(Executor hostExecutor, RulePack pack, Dataset march2024, Dataset june2024) {
        Evaluator evaluator = Evaluator.builder()
                .executor(hostExecutor)   // where the tasks run; the evaluator never shuts it down
                .parallelism(4)           // at most 4 threads on one level, the calling thread included; 1 = the calling thread only
                .build();
        CompiledPack compiled = evaluator.compile(pack);   // the per-pack work, once: rules numbered, thresholds as fractions
        Assessment march = compiled.evaluate(march2024);   // the rules in force on each dataset's date
        Assessment june = compiled.evaluate(june2024);
        return new Assessment[] {march, june};
    }

    /** docs/performance.md: re-evaluating after one village's figures changed. */
    static Assessment reevaluated(CompiledPack compiled, Dataset june, Dataset corrected) {
        Assessment before = compiled.evaluate(june);
        Assessment after = compiled.reevaluate(before, corrected, "thon");   // only "thon" and the units above it are judged again
        return after;
    }

    /** docs/testing.md: a dataset in a few lines. */
    static Dataset testData() {
        TestData data = TestData.asOf(LocalDate.of(2023, 1, 24));
        data.province("Bắc Giang").district("Việt Yên").commune("Quảng Minh")
            .village("Khả Lý Thượng").residents(4000).withElectronicId(1100)
            .village("Đồng Sen");                          // a sibling, with no figures
        Dataset dataset = data.build();
        return dataset;
    }

    /** docs/testing.md: assertions on three assessments. */
    static void assertions(Assessment assessment, Assessment other, Assessment incomplete) {
        assertThat(assessment).hasNoWarnings()
                .unit("Khả Lý Thượng").isCertified("bg.smart-village")
                .criterion("bg.village.electronic-id").isMet().hasGap(0).hasValue(1100, 4000);
        assertThat(other).unit("thon-a").isNotCertified("bg.smart-village");   // a requirement not met
        assertThat(incomplete).unit("thon-b").hasCertificationStatus("bg.smart-village", Status.MISSING_DATA);
    }

    /** docs/api.md: a part that is not known is left out, never given as {@code null}; returns the three values made. */
    static Object[] absentParts(Criterion indicator, Metric<Long> residents) {
        DatasetBuilder builder = Dataset.builder(LocalDate.of(2024, 1, 1));
        Citation c = Citation.of("QĐ 924/QĐ-TTg").withDate(LocalDate.of(2022, 8, 2));   // no article, no source
        Target t = new Target(indicator, LocalDate.of(2025, 12, 31));                   // no baseline
        builder.unit("xa", "Xã", AdminLevel.COMMUNE);                                   // a root: no parent
        builder.observe("thon", residents, 4000L);                                      // no source
        return new Object[] {c, t, builder.village("thon", "Thôn", "xa").build()};
    }

    /** docs/units.md: Vietnam's official units; returns what its comments name. */
    static Object[] units() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        VietnamUnits units = VietnamUnits.on(asOf);                          // the map of the data's date: from 2025-07-01
        OfficialUnit vanHa = units.unit("07798").orElseThrow();              // Phường Vân Hà, in province 24
        OfficialUnit quangMinh = VietnamUnits.former().findIn("24", "quang minh").get(0);   // Phường Quảng Minh (07792), until 2025-06-30
        Succession s = quangMinh.successors().get(0);                        // → Phường Vân Hà, FULL, on 2025-07-01
        List<Succession> parts = vanHa.predecessors();                       // the five former communes Vân Hà was made of
        Dataset bacNinh = units.skeleton("24", asOf)                         // Tỉnh Bắc Ninh and all its communes, ids = official codes
                .village("thon-1", "Thôn 1", "07798")                        // villages are each commune's own list
                .build();
        return new Object[] {vanHa, quangMinh, s, parts, bacNinh};
    }

    /** docs/datasets.md: units that carry their official codes. */
    static Dataset codes() {
        Dataset data = Dataset.builder(LocalDate.of(2026, 6, 30))
                .province("bac-ninh", "Tỉnh Bắc Ninh").code("bac-ninh", "24")
                .commune("van-ha", "Phường Vân Hà", "bac-ninh").code("van-ha", "07798")
                .build();
        return data;
    }

    /** docs/units.md: a dataset's codes checked against the official lists of its date. */
    static List<vn.smartvillage.Problem> checkCodes(Path file) {
        Dataset data = DatasetJson.read(file, VietnamPacks.registry().metrics());   // file: bac-ninh-2026.json
        List<Problem> warnings = VietnamUnits.check(data);   // throws on an unknown, retired or misplaced code
        return warnings;
    }

    /** docs/api.md: the kind of a measure, read through its exhaustive visitor. */
    static String describe(Measure measure) {
        String shown = measure.match(new Measure.Cases<String>() {
            public String ratio(Metric<Long> numerator, Metric<Long> denominator) { return numerator.id() + " / " + denominator.id(); }
            public String count(Metric<Long> metric) { return "count of " + metric.id(); }
            public String flag(Metric<Boolean> metric) { return metric.id(); }
            public String flagsHeld(List<Metric<Boolean>> flags) { return "how many of " + flags.size() + " flags hold"; }
            public String shareMeeting(AdminLevel level, String criterionId) { return "share meeting " + criterionId; }
            public String countMeeting(AdminLevel level, String criterionId) { return "number meeting " + criterionId; }
            public String shareCertified(AdminLevel level, String certificationId) { return "share holding " + certificationId; }
            public String countCertified(AdminLevel level, String certificationId) { return "number holding " + certificationId; }
            public String notEncoded(Text why) { return "not yet encoded: " + why.en(); }
        });
        return shown;
    }
}
