package vn.smartvillage.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.io.DatasetCsv;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.report.ReportFormat;
import vn.smartvillage.report.ReportText;
import vn.smartvillage.rules.RulePack;

/**
 * The attacks reported against the loaders and writers, one test (or a few) per attack, each of which
 * failed before the fix: an unknown field at a pack's root, exponent bombs, unpaired surrogates, files
 * reached through links and FIFOs, deep {@code extends} chains, unbounded output, formula and markup
 * injection, and the smaller holes (baselines, keys that differ only in Unicode form, edited reports).
 */
class ReportedAttacksTest {

    static final String HEADER = """
            "format": 1, "id": "attack.pack", "version": "1", "title": {"vi": "Gói", "en": "Pack"},
            "effective": {"from": "2023-01-01"}""";

    static final String CRITERION = """
            {"id": "eid", "name": {"vi": "Định danh", "en": "Electronic ID"}, "level": "village",
             "measure": {"ratio": {"numerator": "residents.electronic-id", "denominator": "residents"}},
             "threshold": ">= 25 %", "citation": {"document": "KH 20/KH-UBND"}}""";

    static List<Problem> packProblems(String name, String... documents) {
        RulePackRegistry.Builder b = RulePackRegistry.builder().vocabulary(Metrics.all());
        for (int i = 0; i < documents.length; i++) {
            b.add(PackSource.text(documents.length == 1 ? name : i + "-" + name, documents[i]));
        }
        try {
            b.build();
        } catch (SmartVillageException e) {
            return e.problems();
        }
        throw new AssertionError("the packs were accepted");
    }

    static String messages(List<Problem> problems) {
        return problems.stream().map(p -> p.location() + ": " + p.reason().en() + " / " + p.reason().vi()).reduce("", (a, b) -> a + b + "\n");
    }

    // ---- 1. unknown fields at the root, and YAML tags -------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"overides", "critera", "test", "@class"})
    void anUnknownFieldAtThePacksRoot_isRefusedWithItsPlace(String field) {
        List<Problem> problems = packProblems("root.json", "{" + HEADER + ", \"" + field + "\": []}");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.location().toString()).endsWith("/" + field);
            assertThat(p.reason().en()).contains("unknown field '" + field + "'");
        });
    }

    @Test
    void aTypoInOverrides_neverLeavesTheOldThresholdSilently() {
        String parent = "{" + HEADER + ", \"criteria\": [" + CRITERION + "]}";
        String child = """
                {"format": 1, "id": "attack.child", "version": "1", "title": {"vi": "Con", "en": "Child"},
                 "effective": {"from": "2023-01-01"}, "extends": "attack.pack",
                 "overides": [{"op": "threshold", "criterion": "eid", "threshold": ">= 40 %"}]}""";
        List<Problem> problems = packProblems("family.json", parent, child);
        assertThat(messages(problems)).contains("/overides", "did you mean 'overrides'");
    }

    @Test
    void aYamlTag_isRefused_notSilentlyIgnored() {
        String yaml = """
                format: 1
                id: attack.yaml
                version: "1"
                title: !!java.lang.Runtime {vi: Gói, en: Pack}
                effective: {from: "2023-01-01"}
                """;
        assertThat(messages(packProblems("tagged.yaml", yaml))).contains("YAML tag", "java.lang.Runtime");
        String scalarTag = yaml.replace("!!java.lang.Runtime {vi: Gói, en: Pack}", "{vi: !custom Gói, en: Pack}");
        assertThat(messages(packProblems("tagged.yaml", scalarTag))).contains("YAML tag", "!custom");
    }

    // ---- 2. exponent bombs -----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "-1E+999999999", "1e999999"})
    void anExponentBomb_inAPacksFormat_isRefusedQuickly_withAShortMessage(String bomb) {
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> packProblems("bomb.json", "{" + HEADER.replace("\"format\": 1", "\"format\": " + bomb) + "}"));
        assertThat(problems).anySatisfy(p -> assertThat(p.location().toString()).endsWith("/format"));
        assertThat(messages(problems).length()).isLessThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999"})
    void anExponentBomb_inADatasetCount_isRefused(String bomb) {
        String doc = "{\"asOf\": \"2024-01-01\", \"units\": [{\"id\": \"thon\", \"name\": \"Thôn\", \"level\": \"village\","
                + " \"observations\": {\"residents\": " + bomb + "}}]}";
        assertThatThrownBy(() -> DatasetJson.read(doc, "bomb.json", Metrics.all())).isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has")
                .satisfies(e -> {
                    List<Problem> problems = ((SmartVillageException) e).problems();
                    assertThat(problems).anySatisfy(p -> assertThat(p.location().toString()).contains("/observations/residents"));
                    assertThat(messages(problems).length()).isLessThan(1000);
                    // A tiny number is not whole; a huge one is out of range.
                    assertThat(messages(problems)).contains(bomb.contains("e-") ? "must be a whole number" : "must be from ");
                });
    }

    @Test
    void anExponentBomb_inAnAmount_isRefused() {
        Metric<?> revenue = Metric.amount("village.revenue", AdminLevel.VILLAGE, Text.of("doanh thu", "revenue"));
        for (String bomb : List.of("1e999999999", "1e-999999999")) {
            String doc = "{\"asOf\": \"2024-01-01\", \"units\": [{\"id\": \"thon\", \"name\": \"Thôn\", \"level\": \"village\","
                    + " \"observations\": {\"village.revenue\": " + bomb + "}}]}";
            assertThatThrownBy(() -> DatasetJson.read(doc, "bomb.json", List.of(revenue)))
                    .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has")
                    .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("/observations/village.revenue",
                            "too large or too small"));
        }
    }

    @Test
    void anExponentBomb_inATestCasesDataset_isRefused() {
        String doc = "{" + HEADER + ", \"criteria\": [" + CRITERION + "], \"tests\": [{\"name\": \"bomb\", \"asOf\": \"2024-01-01\","
                + " \"dataset\": {\"asOf\": \"2024-01-01\", \"units\": [{\"id\": \"thon\", \"name\": \"Thôn\", \"level\": \"village\","
                + " \"observations\": {\"residents\": 1e999999999}}]}, \"expect\": [{\"unit\": \"thon\", \"criterion\": \"eid\","
                + " \"status\": \"met\"}]}]}";
        assertThat(messages(packProblems("bomb.json", doc))).contains("/tests/0/dataset/units/0/observations/residents");
    }

    @Test
    void anExponentBomb_inAJsonReportsNumerator_isRefused() {
        RulePack pack = RulePackJson.read(PackSource.text("p.json", "{" + HEADER + ", \"criteria\": [" + CRITERION + "]}"), Metrics.all());
        Dataset data = DatasetJson.read("{\"asOf\": \"2024-01-01\", \"units\": [{\"id\": \"thon\", \"name\": \"Thôn\","
                + " \"level\": \"village\", \"observations\": {\"residents\": 4000, \"residents.electronic-id\": 1100}}]}", "d.json", Metrics.all());
        String report = ReportText.json(Evaluator.create().evaluate(data, pack, data.asOf()));
        String bombed = report.replace("\"numerator\" : 1100", "\"numerator\" : 1e999999999");
        assertThat(bombed).isNotEqualTo(report);
        assertThatThrownBy(() -> ReportText.read(bombed, pack)).isInstanceOf(SmartVillageException.class)
                .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("/value/numerator"));
    }

    // ---- 3. unpaired surrogates ------------------------------------------------------------------

    @Test
    void anUnpairedSurrogate_inADatasetName_isRefusedWhereItIs() {
        String doc = "{\"asOf\": \"2024-01-01\", \"units\": [{\"id\": \"thon\", \"name\": \"Kh\\ud800\", \"level\": \"village\"}]}";
        assertThatThrownBy(() -> DatasetJson.read(doc, "s.json", Metrics.all())).isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has")
                .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("unpaired surrogate \\ud800"));
    }

    @Test
    void anUnpairedSurrogate_inAPack_isRefused() {
        String doc = "{" + HEADER + ", \"criteria\": [" + CRITERION.replace("\"Electronic ID\"", "\"Electronic \\udc00ID\"") + "]}";
        assertThat(messages(packProblems("s.json", doc))).contains("unpaired surrogate \\udc00");
    }

    @Test
    void anUnpairedSurrogate_inADatasetBuiltInJava_isAProblem_andNoReportWriterFails() {
        assertThatThrownBy(() -> Dataset.builder(LocalDate.of(2024, 1, 1)).unit("thon", "Kh\ud800", AdminLevel.VILLAGE).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has")
                .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("unit thon, field name",
                        "unpaired surrogate"));
        // Text built in Java is repaired for display, so every writer can encode it.
        Text t = Text.of("Kh\ud800", "Kh\udc00");
        assertThat(t.vi()).isEqualTo("Kh\uFFFD");
        RulePack pack = RulePack.builder("attack.java", "1").title(Text.of("Gói \ud800", "Pack \ud800")).build();
        Dataset data = Dataset.builder(LocalDate.of(2024, 1, 1)).unit("thon", "Thôn", AdminLevel.VILLAGE).build();
        Assessment a = Evaluator.create().evaluate(data, pack, data.asOf());
        assertThat(ReportText.json(a)).doesNotContain("\ud800");
        assertThat(ReportText.html(a)).contains("Gói \uFFFD");
        assertThat(ReportText.markdown(a, Locale.ENGLISH)).contains("Pack \uFFFD");
        assertThat(ReportText.csv(a, false)).startsWith("unit_id");
    }

    // ---- 4. links and FIFOs ----------------------------------------------------------------------

    private static String packWithDatasetFile(String file) {
        return "{" + HEADER + ", \"criteria\": [" + CRITERION + "], \"tests\": [{\"name\": \"file\", \"asOf\": \"2024-01-01\","
                + " \"datasetFile\": \"" + file + "\", \"expect\": [{\"unit\": \"thon\", \"criterion\": \"eid\", \"status\": \"met\"}]}]}";
    }

    @Test
    void aDatasetFileReachedThroughALink_thatLeavesThePacksFolder_isRefused_andNothingOfItLeaks(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "SECRET-TOKEN-1234 not json");
        Path packs = Files.createDirectories(dir.resolve("packs"));
        Files.createSymbolicLink(packs.resolve("data.json"), secret);
        Path pack = Files.writeString(packs.resolve("pack.json"), packWithDatasetFile("data.json"));
        assertThatThrownBy(() -> RulePackRegistry.builder().vocabulary(Metrics.all()).addFile(pack).build()).isInstanceOf(SmartVillageException.class)
                .satisfies(e -> {
                    String m = messages(((SmartVillageException) e).problems());
                    assertThat(m).contains("/tests/0/datasetFile", "outside the pack's folder").doesNotContain("SECRET");
                });
        // A link that stays inside the folder is read as the file it points to.
        Path real = Files.createDirectories(packs.resolve("cases")).resolve("real.json");
        Files.writeString(real, "{\"asOf\": \"2024-01-01\", \"units\": [{\"id\": \"thon\", \"name\": \"Thôn\", \"level\": \"village\","
                + " \"observations\": {\"residents\": 4000, \"residents.electronic-id\": 1100}}]}");
        Files.delete(packs.resolve("data.json"));
        Files.createSymbolicLink(packs.resolve("data.json"), real);
        assertThat(RulePackRegistry.builder().vocabulary(Metrics.all()).addFile(pack).build().entries().get(0).tests()).hasSize(1);
    }

    @Test
    void aFifo_isRefused_neverWaitedOn(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("data.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path pack = Files.writeString(dir.resolve("pack.json"), packWithDatasetFile("data.json"));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> RulePackRegistry.builder().vocabulary(Metrics.all()).addFile(pack).build()).isInstanceOf(SmartVillageException.class)
                    .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("not a regular file"));
            assertThatThrownBy(() -> DatasetJson.read(fifo, Metrics.all())).isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has")
                    .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("not a regular file"));
            assertThatThrownBy(() -> RulePackRegistry.builder().vocabulary(Metrics.all()).addFile(fifo).build()).isInstanceOf(SmartVillageException.class)
                    .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("not a regular file"));
            // In a folder of packs, a FIFO named like a pack is reported, not skipped in silence.
            assertThatThrownBy(() -> RulePackRegistry.builder().vocabulary(Metrics.all()).addDirectory(dir).build()).isInstanceOf(SmartVillageException.class)
                    .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("data.json", "not a regular file"));
            assertThatThrownBy(() -> DatasetCsv.builder(LocalDate.of(2024, 1, 1)).metrics(Metrics.all()).units(fifo).read()).isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has")
                    .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("not a regular file"));
        });
    }

    // ---- 5. deep extends chains ------------------------------------------------------------------

    private static List<String> chain(int n) {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add("{\"format\": 1, \"id\": \"chain." + i + "\", \"version\": \"1\", \"title\": {\"vi\": \"G\", \"en\": \"P\"},"
                    + " \"effective\": {\"from\": \"2023-01-01\"}" + (i + 1 < n ? ", \"extends\": \"chain." + (i + 1) + "\"" : "") + "}");
        }
        return docs;
    }

    @Test
    void aChainOf20000Packs_isRefusedWithTheLimit_neverOverflowsTheStack() {
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> packProblems("chain.json", chain(20_000).toArray(String[]::new)));
        assertThat(messages(problems)).contains("longer than the limit of 32 packs");
    }

    @Test
    void theChainLimit_holdsWhateverOrderThePacksAreResolvedIn() {
        List<String> docs = chain(40);
        Collections.reverse(docs);
        assertThat(messages(packProblems("chain.json", docs.toArray(String[]::new)))).contains("longer than the limit of 32 packs");
        assertThat(messages(packProblems("chain.json", chain(40).toArray(String[]::new)))).contains("longer than the limit of 32 packs");
        RulePackRegistry.Builder b = RulePackRegistry.builder().vocabulary(Metrics.all());
        chain(32).forEach(d -> b.add(PackSource.text("c.json", d)));
        assertThat(b.build().packs()).hasSize(32);
    }

    // ---- 7. output without bounds ----------------------------------------------------------------

    @Test
    void reportsAreStreamed_theWriterHearsFromTheFirstUnit_beforeTheLastIsWritten() throws IOException {
        RulePack pack = RulePackJson.read(PackSource.text("p.json", "{" + HEADER + ", \"criteria\": [" + CRITERION + "]}"), Metrics.all());
        vn.smartvillage.data.DatasetBuilder d = Dataset.builder(LocalDate.of(2024, 1, 1));
        for (int i = 0; i < 2000; i++) {
            d.unit("thon-" + i, "Thôn " + i, AdminLevel.VILLAGE).observe("thon-" + i, Metrics.RESIDENTS, 100L)
                    .observe("thon-" + i, Metrics.RESIDENTS_WITH_ELECTRONIC_ID, (long) (i % 50));
        }
        Dataset data = d.build();
        Assessment a = Evaluator.create().evaluate(data, pack, data.asOf());
        for (String format : List.of("json", "csv", "html")) {
            FirstWrites w = new FirstWrites();
            switch (format) {
                case "json" -> ReportFormat.JSON.write(a, w);
                case "csv" -> ReportFormat.CSV_NO_BOM.write(a, w);
                default -> ReportFormat.HTML.write(a, w);
            }
            // Written in pieces as it goes, not one string at the end.
            assertThat(w.writes).as(format).isGreaterThan(100);
            assertThat(w.largest).as(format).isLessThan(w.total / 20);
        }
        StringWriter whole = new StringWriter();
        ReportFormat.JSON.write(a, whole);
        assertThat(whole.toString()).isEqualTo(ReportText.json(a));
    }

    /** Counts the writes and the largest one. */
    static final class FirstWrites extends Writer {
        long writes;
        long largest;
        long total;

        @Override
        public void write(char[] buf, int off, int len) {
            writes++;
            largest = Math.max(largest, len);
            total += len;
        }

        @Override
        public void write(String s, int off, int len) {
            write(new char[0], 0, len);
        }

        @Override
        public Writer append(CharSequence s) {
            write(new char[0], 0, s.length());
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    // ---- 8. formula and markup injection ---------------------------------------------------------

    @Test
    void csvCellsThatASpreadsheetWouldRun_areWrittenAsText() {
        RulePack pack = RulePackJson.read(PackSource.text("p.json", "{" + HEADER + ", \"criteria\": [" + CRITERION + "]}"), Metrics.all());
        Dataset data = Dataset.builder(LocalDate.of(2024, 1, 1))
                .unit("a", "=HYPERLINK(\"http://x.example\",\"bấm\")", AdminLevel.VILLAGE).observe("a", Metrics.RESIDENTS, 10L)
                .observe("a", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 1L)
                .unit("b", "+1+1", AdminLevel.VILLAGE).unit("c", "-2+3", AdminLevel.VILLAGE).unit("d", "@SUM(A1)", AdminLevel.VILLAGE).unit("e", "-5", AdminLevel.VILLAGE).build();
        String csv = ReportText.csv(Evaluator.create().evaluate(data, pack, data.asOf()), false);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"bấm\"\")\"", ",'+1+1,", ",'-2+3,", ",'@SUM(A1),", ",-5,")
                .doesNotContain(",=HYPERLINK", ",+1+1,", ",@SUM");
    }

    @Test
    void markdown_showsNamesAsText_neverAsMarkupOrHtml() {
        RulePack pack = RulePack.builder("attack.md", "1").title(Text.of("<script>alert(1)</script> `x` *y*\n# z", "[a](http://x) | b"))
                .build();
        Dataset data = Dataset.builder(LocalDate.of(2024, 1, 1)).unit("thon", "Thôn", AdminLevel.VILLAGE).build();
        Assessment a = Evaluator.create().evaluate(data, pack, data.asOf());
        String vi = ReportText.markdown(a, Locale.forLanguageTag("vi"));
        assertThat(vi.lines().findFirst().orElseThrow()).isEqualTo("# \\<script\\>alert(1)\\</script\\> \\`x\\` \\*y\\* # z");
        String en = ReportText.markdown(a, Locale.ENGLISH);
        assertThat(en.lines().findFirst().orElseThrow()).isEqualTo("# \\[a\\](http://x) \\| b");
    }

    // ---- 11. the smaller holes -------------------------------------------------------------------

    private static String target(String threshold, String baseline) {
        return "{" + HEADER + ", \"targets\": [{\"id\": \"t\", \"name\": {\"vi\": \"Chỉ tiêu\", \"en\": \"Target\"}, \"level\": \"village\","
                + " \"measure\": {\"ratio\": {\"numerator\": \"residents.electronic-id\", \"denominator\": \"residents\"}},"
                + " \"threshold\": \"" + threshold + "\", \"citation\": {\"document\": \"KH 20\"}, \"deadline\": \"2025-12-31\","
                + " \"baseline\": " + baseline + "}]}";
    }

    @Test
    void aTargetsBaseline_isCheckedAsItsThresholdIs() {
        assertThat(messages(packProblems("b.json", target(">= 25 %", "1E+999999999")))).contains("/targets/0/baseline");
        assertThat(messages(packProblems("b.json", target(">= 25 %", "250")))).contains("/targets/0/baseline", "at most 100");
        assertThat(messages(packProblems("b.json", target(">= 25 %", "-1")))).contains("cannot be negative");
        assertThat(messages(packProblems("b.json", target(">= 25 %", "12.1234567")))).contains("at most 6 decimals");
        assertThat(RulePackJson.read(PackSource.text("b.json", target(">= 25 %", "12.5")), Metrics.all()).targets()).hasSize(1);
    }

    @Test
    void keysThatDifferOnlyInUnicodeForm_areOneKeyGivenTwice() {
        String nfd = "Kha\u0309";
        String doc = "{" + HEADER + ", \"citations\": {\"Khả\": {\"document\": \"A\"}, \"" + nfd + "\": {\"document\": \"B\"}}}";
        assertThat(messages(packProblems("c.json", doc))).contains("appears twice", "two Unicode forms");
    }

    @Test
    void csvMappingHeaders_thatMatchTheSameColumn_areRefused(@TempDir Path dir) throws IOException {
        Path units = Files.writeString(dir.resolve("don-vi.csv"), "id,level,name\nthon,village,Thôn\n");
        Path mapping = Files.writeString(dir.resolve("cot.json"), "{\"columns\": {\"Số dân\": \"residents\", \"số dân\": "
                + "\"residents.electronic-id\"}}");
        assertThatThrownBy(() -> DatasetCsv.builder(LocalDate.of(2024, 1, 1)).metrics(Metrics.all()).units(units).mapping(mapping).read())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has")
                .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("is the same as 'Số dân'"));
        assertThatThrownBy(() -> DatasetCsv.builder(LocalDate.of(2024, 1, 1)).metrics(Metrics.all()).units(units).column("Số dân", "residents")
                .column("So\u0302\u0301 dân", "residents.electronic-id").read())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has")
                .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("is the same as 'Số dân'"));
    }

    @Test
    void anEditedReport_isRefused_evenWhenItsPackHashIsUnchanged() {
        RulePack pack = RulePackJson.read(PackSource.text("p.json", "{" + HEADER + ", \"criteria\": [" + CRITERION + "]}"), Metrics.all());
        Dataset data = DatasetJson.read("{\"asOf\": \"2024-01-01\", \"units\": [{\"id\": \"thon\", \"name\": \"Thôn\","
                + " \"level\": \"village\", \"observations\": {\"residents\": 4000, \"residents.electronic-id\": 1100}}]}", "d.json", Metrics.all());
        String report = ReportText.json(Evaluator.create().evaluate(data, pack, data.asOf()));
        assertThat(ReportText.read(report, pack).units()).hasSize(1);
        String edited = report.replace("\"status\" : \"met\"", "\"status\" : \"not-met\"");
        assertThat(edited).isNotEqualTo(report);
        assertThatThrownBy(() -> ReportText.read(edited, pack)).isInstanceOf(SmartVillageException.class)
                .satisfies(e -> assertThat(messages(((SmartVillageException) e).problems())).contains("/digest", "changed after it was written"));
        // Reformatting is not an edit.
        String compact = report.replace("\n", " ");
        assertThat(ReportText.read(compact, pack).units()).hasSize(1);
    }
}
