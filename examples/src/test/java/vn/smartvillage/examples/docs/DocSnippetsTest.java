package vn.smartvillage.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.Text;
import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.examples.QuangMinhData;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.testkit.TestData;

/** Every Java snippet of the docs and README is code that compiles here, and runs with the result its comments give. */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    /** Lines without their indentation and with runs of spaces made one; blank lines dropped. */
    static List<String> normalized(String text) {
        return text.lines().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty()).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheDocsIsInACompiledSourceFile() throws IOException {
        Map<Path, List<String>> sources = new TreeMap<>();
        for (String module : List.of("core", "testkit", "criteria-vn", "cli", "examples", "benchmarks")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    sources.put(f, normalized(Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : docs) {
            Matcher m = JAVA_BLOCK.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            int n = 0;
            while (m.find()) {
                List<String> block = normalized(m.group(1));
                String name = ROOT.relativize(doc) + " #" + ++n + " (" + block.get(0) + ")";
                tests.add(DynamicTest.dynamicTest(name, () -> assertThat(sources.entrySet().stream()
                        .filter(e -> Collections.indexOfSubList(e.getValue(), block) >= 0).map(Map.Entry::getKey).findFirst())
                        .as("no source file holds the lines of " + name).isPresent()));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(12);
        return tests.stream();
    }

    @Test
    void gettingStarted_printsWhatItsCommentSays() {
        assertThat(DocSnippets.gettingStarted()).isEqualTo("1,100/4,000 = 27.5 % (required ≥ 25 %): met");
    }

    @Test
    void csvTables_readTheExampleTables(@TempDir Path dir) throws IOException {
        Path csv = Path.of("src/main/resources/data/csv");
        try (Stream<Path> files = Files.list(csv)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(dir.resolve("ho.csv"), "village;household.fibre\nthon-minh-hoa;có\nthon-minh-hoa;không\n");
        Dataset d = DocSnippets.csvTables(dir);
        assertThat(d.observed("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID)).contains(1100L);
        assertThat(d.value("thon-minh-hoa", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(1L);
        assertThat(d.source("xa-minh-hoa", Metrics.WORK_RECORDS)).contains("Báo cáo của xã 6/2024");
    }

    @Test
    void explanations_sayEachThing() {
        RulePack pack = VietnamPacks.registry().resolve(VietnamPacks.BAC_GIANG, LocalDate.of(2024, 6, 30));
        TestData t = TestData.asOf(LocalDate.of(2024, 6, 30));
        t.commune("Xã").workRecords(100, 59).village("Thôn").residents(400).withElectronicId(99).fibreAndMobile(true);
        Assessment a = Evaluator.create().evaluate(t.build(), pack, LocalDate.of(2024, 6, 30));
        var village = a.unit("thon").orElseThrow();
        Text[] out = DocSnippets.explanations(a, village.criterion("bg.village.electronic-id").orElseThrow(),
                village.certification("bg.smart-village").orElseThrow(),
                a.unit("xa").orElseThrow().target("vn.924.commune.work-records-online").orElseThrow());
        assertThat(out[0].en()).contains("99/400", "1 more");
        assertThat(out[1].en()).contains("smart village");
        assertThat(out[2].en()).contains("59/100", "2025-12-31");
    }

    @Test
    void reports_areWrittenToFiles_andTheJsonReportIsReadBackThroughTheRegistry(@TempDir Path dir) throws IOException {
        RulePack pack = VietnamPacks.registry().resolve(VietnamPacks.BAC_GIANG, LocalDate.of(2024, 6, 30));
        TestData t = TestData.asOf(LocalDate.of(2024, 6, 30));
        t.commune("Xã").workRecords(100, 59).village("Thôn").residents(400).withElectronicId(99).fibreAndMobile(true);
        Assessment a = Evaluator.create().evaluate(t.build(), pack);
        Assessment back = DocSnippets.reports(a, VietnamPacks.registry(), dir);
        assertThat(back).isEqualTo(a);
        assertThat(back.pack()).isSameAs(pack);
        assertThat(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
        assertThat(Files.readString(dir.resolve("report.csv"), StandardCharsets.UTF_8)).startsWith("\uFEFFunit_id,");
        assertThat(Files.readString(dir.resolve("report.markdown-en"), StandardCharsets.UTF_8)).contains("Rule pack");
    }

    @Test
    void compiled_evaluatesEachDatasetWithTheRulesOfItsDate_onTheHostsExecutor() {
        RulePack pack = VietnamPacks.registry().resolve(VietnamPacks.BAC_GIANG, LocalDate.of(2024, 6, 30));
        TestData march = TestData.asOf(LocalDate.of(2024, 3, 31));
        march.village("Thôn").residents(400).withElectronicId(99);
        TestData june = TestData.asOf(LocalDate.of(2024, 6, 30));
        june.village("Thôn").residents(400).withElectronicId(100);
        java.util.List<Runnable> tasks = new java.util.ArrayList<>();
        Assessment[] out = DocSnippets.compiled(tasks::add, pack, march.build(), june.build());
        assertThat(out[0].asOf()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(out[1].asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(out[0].unit("thon").orElseThrow().criterion("bg.village.electronic-id").orElseThrow().status()).isEqualTo(Status.NOT_MET);
        assertThat(out[1].unit("thon").orElseThrow().criterion("bg.village.electronic-id").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(out[0].packRef()).isSameAs(out[1].packRef());
        assertThat(tasks).as("one village is too few to share").isEmpty();
    }

    @Test
    void reevaluated_givesWhatAWholeEvaluationOfTheCorrectedDatasetGives() {
        RulePack pack = VietnamPacks.registry().resolve(VietnamPacks.BAC_GIANG, LocalDate.of(2024, 6, 30));
        TestData june = TestData.asOf(LocalDate.of(2024, 6, 30));
        june.village("Thôn").residents(400).withElectronicId(99);
        TestData corrected = TestData.asOf(LocalDate.of(2024, 6, 30));
        corrected.village("Thôn").residents(400).withElectronicId(100);
        vn.smartvillage.evaluation.CompiledPack compiled = Evaluator.create().compile(pack);
        Dataset fixed = corrected.build();
        Assessment after = DocSnippets.reevaluated(compiled, june.build(), fixed);
        assertThat(after).isEqualTo(compiled.evaluate(fixed));
        assertThat(after.unit("thon").orElseThrow().criterion("bg.village.electronic-id").orElseThrow().status()).isEqualTo(Status.MET);
    }

    @Test
    void registry_loadsJarsAndAFolder_evaluates_andWritesThePackFlat() {
        String[] out = DocSnippets.registry(QuangMinhData.create());
        assertThat(out[0]).isEqualTo("example.bac-giang.smart-village");
        assertThat(out[1]).contains("\"id\" : \"example.bac-giang.smart-village\"");
        assertThat(out[2]).matches("[0-9a-f]{64}");
    }

    @Test
    void testData_andAssertions() {
        Dataset d = DocSnippets.testData();
        assertThat(d.units()).extracting(u -> u.id()).containsExactly("bac-giang", "viet-yen", "quang-minh", "kha-ly-thuong", "dong-sen");
        LocalDate day = LocalDate.of(2024, 6, 30);
        RulePack pack = VietnamPacks.registry().resolve(VietnamPacks.BAC_GIANG, day);
        TestData good = TestData.asOf(day);
        good.village("Khả Lý Thượng").residents(4000).withElectronicId(1100).fibreAndMobile(true).officialsOnDigitalPlatforms(true)
                .itModel(Metrics.IT_MODEL_HEALTH);
        TestData other = TestData.asOf(day);
        other.village("Thôn A").residents(4000).withElectronicId(900).fibreAndMobile(true).officialsOnDigitalPlatforms(true)
                .itModel(Metrics.IT_MODEL_HEALTH);
        TestData incomplete = TestData.asOf(day);
        incomplete.village("Thôn B").residents(4000).withElectronicId(1100);
        DocSnippets.assertions(Evaluator.create().evaluate(good.build(), pack, day), Evaluator.create().evaluate(other.build(), pack, day),
                Evaluator.create().evaluate(incomplete.build(), pack, day));
    }

    @Test
    void aMeasureIsDescribedByItsKind() {
        assertThat(DocSnippets.describe(vn.smartvillage.rules.Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS)))
                .isEqualTo(Metrics.RESIDENTS_WITH_ELECTRONIC_ID.id() + " / " + Metrics.RESIDENTS.id());
        assertThat(DocSnippets.describe(vn.smartvillage.rules.Measure.countCertified(vn.smartvillage.model.AdminLevel.VILLAGE, "sv")))
                .isEqualTo("number holding sv");
        assertThat(DocSnippets.describe(vn.smartvillage.rules.Measure.notEncoded("chưa rõ", "not known")))
                .isEqualTo("not yet encoded: not known");
    }

    @Test
    void officialCodes_areCarried_andChecked(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Dataset d = DocSnippets.codes();
        assertThat(d.unit("van-ha").orElseThrow().code()).contains("07798");
        assertThat(vn.smartvillage.criteria.vn.VietnamUnits.check(d)).isEmpty();
        Path file = java.nio.file.Files.writeString(dir.resolve("bac-ninh-2026.json"), vn.smartvillage.io.DatasetJson.write(d));
        assertThat(DocSnippets.checkCodes(file)).isEmpty();
        java.nio.file.Files.writeString(file, vn.smartvillage.io.DatasetJson.write(d).replace("\"07798\"", "\"07792\""));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocSnippets.checkCodes(file))
                .isInstanceOf(vn.smartvillage.SmartVillageException.class).hasMessageContaining("official code");
    }

    @Test
    void units_answerWhatTheirCommentsSay() {
        Object[] out = DocSnippets.units();
        vn.smartvillage.criteria.vn.OfficialUnit vanHa = (vn.smartvillage.criteria.vn.OfficialUnit) out[0];
        assertThat(vanHa.name()).isEqualTo("Phường Vân Hà");
        assertThat(vanHa.provinceCode()).contains("24");
        vn.smartvillage.criteria.vn.OfficialUnit quangMinh = (vn.smartvillage.criteria.vn.OfficialUnit) out[1];
        assertThat(quangMinh).hasToString("Phường Quảng Minh (07792, until 2025-06-30)");
        vn.smartvillage.criteria.vn.Succession s = (vn.smartvillage.criteria.vn.Succession) out[2];
        assertThat(s.successor()).isEqualTo(vanHa);
        assertThat(s.part()).isEqualTo(vn.smartvillage.criteria.vn.Succession.Part.FULL);
        assertThat(s.date()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat((List<?>) out[3]).hasSize(5);
        Dataset bacNinh = (Dataset) out[4];
        assertThat(bacNinh.unit("24").orElseThrow().name()).isEqualTo("Tỉnh Bắc Ninh");
        assertThat(bacNinh.children("24")).hasSize(vn.smartvillage.criteria.vn.VietnamUnits.current().communes("24").size());
        assertThat(bacNinh.children("07798")).extracting(u -> u.id()).containsExactly("thon-1");
    }

    @Test
    void absentParts_areEmpty() {
        vn.smartvillage.rules.Criterion count = vn.smartvillage.rules.Criterion.builder("cooperatives").name("HTX", "Cooperatives")
                .level(vn.smartvillage.model.AdminLevel.COMMUNE).measure(vn.smartvillage.rules.Measure.count(Metrics.COOPERATIVES),
                        vn.smartvillage.rules.Threshold.atLeast(1)).citation(vn.smartvillage.rules.Citation.of("KH")).build();
        Object[] made = DocSnippets.absentParts(count, Metrics.RESIDENTS);
        vn.smartvillage.rules.Citation c = (vn.smartvillage.rules.Citation) made[0];
        assertThat(c.date()).contains(LocalDate.of(2022, 8, 2));
        assertThat(c.article()).isEmpty();
        assertThat(c.source()).isEmpty();
        assertThat(((vn.smartvillage.rules.Target) made[1]).baseline()).isEmpty();
        Dataset data = (Dataset) made[2];
        assertThat(data.unit("xa").orElseThrow().parentId()).isEmpty();
        assertThat(data.source("thon", Metrics.RESIDENTS)).isEmpty();
        assertThat(data.observed("thon", Metrics.RESIDENTS)).contains(4000L);
    }
}
