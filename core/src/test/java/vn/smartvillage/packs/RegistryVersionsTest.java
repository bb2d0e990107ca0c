package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.packs.testing.PackTestReport;

/** Versions by date, duplicates, cycles, providers, and the test-case runner's failures. */
class RegistryVersionsTest {

    static String version(String id, String version, String from, String to, String extra) {
        return """
                { "id": "%s", "version": "%s", "title": { "vi": "Gói", "en": "Pack" },
                  "effective": { "from": "%s"%s }%s,
                  "criteria": [ { "id": "c-%s", "name": { "vi": "Tiêu chí", "en": "Criterion" }, "level": "commune",
                    "measure": { "count": "cooperatives" }, "threshold": ">= 1", "citation": { "document": "QĐ" } } ] }
                """.formatted(id, version, from, to == null ? "" : ", \"to\": \"" + to + "\"", extra, version.replace('.', '-'));
    }

    static PackSource text(String name, String doc) {
        return PackSource.text(name, doc);
    }

    static List<Problem> problems(PackSource... sources) {
        RulePackRegistry.Builder b = RulePackRegistry.builder().vocabulary(Metrics.all());
        for (PackSource s : sources) {
            b.add(s);
        }
        try {
            b.build();
        } catch (SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the rule pack");
            return e.problems();
        }
        throw new AssertionError("the registry was built");
    }

    private static RulePackRegistry twoVersionsWithAGap() {
        return RulePackRegistry.builder().vocabulary(Metrics.all())
                .add(text("a1.json", version("vn.a", "2021", "2021-01-01", "2023-12-31", "")))
                .add(text("a2.json", version("vn.a", "2026", "2026-02-15", null, "")))
                .add(text("b.json", version("vn.b", "1", "2022-01-01", "2024-12-31", "")))
                .build();
    }

    @Test
    void theVersionInForceOnTheDateIsChosen() {
        RulePackRegistry r = twoVersionsWithAGap();
        assertThat(r.resolve("vn.a", LocalDate.of(2021, 1, 1)).version()).isEqualTo("2021");
        assertThat(r.resolve("vn.a", LocalDate.of(2023, 12, 31)).version()).isEqualTo("2021");
        assertThat(r.resolve("vn.a", LocalDate.of(2026, 2, 15)).version()).isEqualTo("2026");
        assertThat(r.resolve("vn.a", LocalDate.of(2040, 1, 1)).version()).isEqualTo("2026");
        assertThat(r.versions("vn.a")).extracting(p -> p.version()).containsExactly("2021", "2026");
    }

    @Test
    void aDateNoVersionCoversIsAnErrorNotAFallback() {
        RulePackRegistry r = twoVersionsWithAGap();
        assertThatThrownBy(() -> r.resolve("vn.a", LocalDate.of(2024, 6, 1))).isInstanceOf(SmartVillageException.class)
                .hasMessageContaining("no version of 'vn.a' is in force on 2024-06-01: 2021 ended on 2023-12-31 and 2026 starts on 2026-02-15");
        assertThatThrownBy(() -> r.resolve("vn.a", LocalDate.of(2020, 12, 31))).isInstanceOf(SmartVillageException.class)
                .hasMessageContaining("the first, 2021, starts on 2021-01-01");
    }

    @Test
    void aPackPastItsEndStillEvaluatesWithAStaleWarning() {
        RulePackRegistry r = twoVersionsWithAGap();
        LocalDate late = LocalDate.of(2025, 6, 1);
        var pack = r.resolve("vn.b", late);
        Dataset data = Dataset.builder(late).province("p", "Tỉnh").commune("x", "Xã", "p").build();
        assertThat(Evaluator.create().evaluate(data, pack, late).warnings()).singleElement()
                .satisfies(w -> assertThat(w.en()).contains("ended on 2024-12-31"));
    }

    @Test
    void theSameIdAndVersionTwiceNamesBothSources() {
        List<Problem> p = problems(text("first.json", version("vn.a", "1", "2021-01-01", null, "")),
                text("second.json", version("vn.a", "1", "2021-01-01", null, "")));
        assertThat(p).singleElement().satisfies(x -> assertThat(x.reason().en())
                .isEqualTo("the pack vn.a@1 is given twice: by first.json and by second.json"));
    }

    @Test
    void overlappingVersionsAreAnError() {
        List<Problem> p = problems(text("a.json", version("vn.a", "1", "2021-01-01", "2022-06-30", "")),
                text("b.json", version("vn.a", "2", "2022-01-01", null, "")));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.location().toString()).isEqualTo("vn.a@2");
            assertThat(x.reason().en()).contains("overlaps vn.a@1");
        });
    }

    @Test
    void anExtendsCycleIsReportedOnce() {
        List<Problem> p = problems(text("a.json", version("vn.a", "1", "2021-01-01", null, ", \"extends\": \"vn.b\"")),
                text("b.json", version("vn.b", "1", "2021-01-01", null, ", \"extends\": \"vn.c@1\"")),
                text("c.json", version("vn.c", "1", "2021-01-01", null, ", \"extends\": \"vn.a\"")));
        assertThat(p).singleElement().satisfies(x -> assertThat(x.reason().en())
                .isEqualTo("the packs extend each other in a cycle: vn.a@1 → vn.b@1 → vn.c@1 → vn.a@1"));
    }

    @Test
    void aMissingOrUncoveredParentIsNamed() {
        List<Problem> p = problems(text("child.json", version("vn.child", "1", "2021-01-01", null, ", \"extends\": \"vn.parent@9\"")),
                text("parent.json", version("vn.parent", "1", "2022-01-01", null, "")),
                text("early.json", version("vn.early", "1", "2021-01-01", null, ", \"extends\": \"vn.parent\"")));
        assertThat(p).extracting(x -> x.reason().en()).containsExactlyInAnyOrder(
                "the parent pack 'vn.parent' has no version 9; it has: 1",
                "no version of the parent pack 'vn.parent' is in force on 2021-01-01, the day this pack starts; pin one, such as 'vn.parent@1'");
    }

    @Test
    void aChildOfABrokenParentSaysSo() {
        String brokenParent = version("vn.parent", "1", "2021-01-01", null, "").replace("\">= 1\"", "\">= 120 %\"");
        List<Problem> p = problems(text("parent.json", brokenParent),
                text("child.json", version("vn.child", "1", "2021-01-01", null, ", \"extends\": \"vn.parent\"")));
        assertThat(p).extracting(problem -> problem.location().toString()).containsExactly("vn.parent@1 (parent.json) /criteria/0/threshold", "vn.child@1");
        assertThat(p.get(1).reason().en()).isEqualTo("the parent pack vn.parent@1 has problems, so this pack cannot be checked yet");
    }

    @Test
    void overridesMustNameRulesThatExist() {
        String child = version("vn.child", "2", "2021-01-01", null, """
                , "extends": "vn.parent",
                  "overrides": [ { "op": "threshold", "criterion": "c-2", "threshold": ">= 2" },
                                 { "op": "drop", "certification": "none" },
                                 { "op": "threshold", "criterion": "c-1", "threshold": ">= 50 %" },
                                 { "op": "rename", "criterion": "c-1" } ]""");
        List<Problem> p = problems(text("parent.json", version("vn.parent", "1", "2021-01-01", null, "")), text("child.json", child));
        assertThat(p).extracting(problem -> problem.location().toString()).containsExactly(
                "vn.child@2 (child.json) /overrides/0/criterion", "vn.child@2 (child.json) /overrides/1/certification",
                "vn.child@2 (child.json) /overrides/2/threshold", "vn.child@2 (child.json) /overrides/3/op");
        assertThat(p.get(0).reason().en()).isEqualTo("cannot override: the parent pack has no criterion 'c-2' (did you mean 'c-1'?)");
        assertThat(p.get(2).reason().en()).contains("the old threshold is absolute (≥ 1), so the new one cannot be a percentage");
    }

    @Test
    void providersAreFoundThroughTheServiceLoader() {
        RulePackRegistry r = RulePackRegistry.builder().vocabulary(Metrics.all()).discover().build();
        assertThat(r.ids()).contains("test.national", "test.province");
        assertThat(r.entry("test.province", "2023.1").orElseThrow().source().name()).contains("/packs/family/province.json");
        RulePackRegistry.Entry province = r.entry("test.province", "2023.1").orElseThrow();
        assertThat(PackTestReport.run(province.pack(), province.tests()).passed()).isTrue();
    }

    @Test
    void aFailingTestCaseSaysWhatDiffers() {
        String doc = version("vn.a", "1", "2021-01-01", null, """
                , "tests": [ { "name": "two cooperatives", "asOf": "2022-01-01",
                  "dataset": { "asOf": "2022-01-01", "units": [ { "id": "x", "name": "Xã", "level": "commune",
                                                                 "observations": { "cooperatives": 0 } } ] },
                  "expect": [ { "unit": "x", "criterion": "c-1", "status": "met" },
                              { "unit": "x", "criterion": "c-1", "gap": 2 },
                              { "unit": "y", "criterion": "c-1", "status": "met" } ] } ]""");
        RulePackRegistry r = RulePackRegistry.builder().vocabulary(Metrics.all()).add(text("a.json", doc)).build();
        RulePackRegistry.Entry a = r.entry("vn.a", "1").orElseThrow();
        PackTestReport report = PackTestReport.run(a.pack(), a.tests());
        assertThat(report.passed()).isFalse();
        assertThat(report.cases()).singleElement().satisfies(c -> assertThat(c.differences()).extracting(d -> d.en()).satisfiesExactly(
                d -> assertThat(d).startsWith("unit x, criterion c-1: expected met, got not met (0 (required ≥ 1): not met"),
                d -> assertThat(d).startsWith("unit x, criterion c-1: expected a gap of 2, got 1 ("),
                d -> assertThat(d).isEqualTo("unit y, criterion c-1: the dataset has no such unit")));
        assertThat(report.toString()).startsWith("FAIL  two cooperatives\n").endsWith("vn.a@1: 0 of 1 cases passed\n");
        assertThat(report.render(Locale.forLanguageTag("vi"))).startsWith("LỖI   two cooperatives\n");
    }

    @Test
    void aTestDatasetFileMayNotLeaveThePacksFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        String doc = version("vn.a", "1", "2021-01-01", null, """
                , "tests": [ { "name": "escape", "asOf": "2022-01-01", "datasetFile": "../secret.json",
                  "expect": [ { "unit": "x", "criterion": "c-1", "status": "met" } ] } ]""");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("a.json"), doc);
        assertThat(problems(PackSource.file(file))).singleElement().satisfies(x -> {
            assertThat(x.location().toString()).endsWith("a.json) /tests/0/datasetFile");
            assertThat(x.reason().en()).contains("must be a relative path inside the pack's folder");
        });
        // A pack given as text has no folder at all.
        assertThat(problems(text("a.json", doc.replace("../secret.json", "cases/x.json")))).singleElement()
                .satisfies(x -> assertThat(x.reason().en()).isEqualTo(
                        "a pack given as text cannot name other files; put the dataset inline under 'dataset'"));
    }

    @Test
    void aBadTestDatasetIsReportedWithItsPlace() {
        String doc = version("vn.a", "1", "2021-01-01", null, """
                , "tests": [ { "name": "bad data", "asOf": "2022-01-01",
                  "dataset": { "asOf": "2022-01-01", "units": [ { "id": "x", "name": "Xã", "level": "commune", "parent": "p",
                                                                 "observations": { "cooperative": 1 } } ] },
                  "expect": [ { "unit": "x", "criterion": "c-9", "status": "met" } ] } ]""");
        assertThat(problems(text("a.json", doc))).extracting(problem -> problem.location().toString()).containsExactlyInAnyOrder(
                "vn.a@1 (a.json) /tests/0/dataset/units/0/observations/cooperative",
                "vn.a@1 (a.json) /tests/0/expect/0/criterion");
    }

    @Test
    void aChildUsesItsParentsMetricsAndMayRepeatADeclaration() {
        String metric = """
                "metrics": [ { "id": "own.items", "name": { "vi": "Tin bài", "en": "Items" }, "level": "village", "type": "count" } ]""";
        String parent = version("vn.parent", "1", "2021-01-01", null, ", " + metric);
        String child = version("vn.child", "1", "2021-01-01", null, ", \"extends\": \"vn.parent\", " + metric + """
                , "overrides": [ { "op": "drop", "criterion": "c-1" } ]""").replace("\"cooperatives\"", "\"own.items\"")
                .replace("\"commune\"", "\"village\"");
        RulePackRegistry r = RulePackRegistry.builder().vocabulary(Metrics.all()).add(text("parent.json", parent)).add(text("child.json", child)).build();
        var pack = r.pack("vn.child", "1").orElseThrow();
        assertThat(pack.metrics()).extracting(m -> m.id()).containsExactly("own.items");
        assertThat(pack.criterion("c-1").orElseThrow().measure().metrics()).extracting(m -> m.id()).containsExactly("own.items");
    }
}
