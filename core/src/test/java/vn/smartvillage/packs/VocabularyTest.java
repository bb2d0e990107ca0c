package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/**
 * Core knows no metric: a pack is read against the vocabulary it is handed (by providers, or by the
 * builder), remembers it, and is written without it.
 */
class VocabularyTest {

    /** A pack whose criterion reads a metric of the tests' vocabulary, and which declares one of its own. */
    static final String PACK = """
            { "id": "test.vocabulary", "version": "1", "title": { "vi": "Gói", "en": "Pack" },
              "effective": { "from": "2024-01-01" },
              "metrics": [ { "id": "own.items", "name": { "vi": "Tin bài", "en": "Items" }, "level": "village", "type": "count" } ],
              "criteria": [
                { "id": "eid", "name": { "vi": "Định danh", "en": "Electronic ID" }, "level": "village",
                  "measure": { "ratio": { "numerator": "residents.electronic-id", "denominator": "residents" } },
                  "threshold": ">= 25 %", "citation": { "document": "QĐ" } },
                { "id": "items", "name": { "vi": "Tin bài", "en": "Items" }, "level": "village",
                  "measure": { "count": "own.items" }, "threshold": ">= 1", "citation": { "document": "QĐ" } } ] }
            """;

    static final Metric<Long> IMPOSTOR = Metric.summedCount("residents", AdminLevel.VILLAGE, Text.of("Giả", "Impostor"));

    private static List<String> problems(RulePackRegistry.Builder b) {
        try {
            b.build();
        } catch (SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the rule pack");
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the registry was built");
    }

    @Test
    void withoutAVocabulary_aPackKnowsOnlyTheMetricsItDeclares() {
        assertThat(problems(RulePackRegistry.builder().add(PackSource.text("p.json", PACK)))).containsExactly(
                "test.vocabulary@1 (p.json) /criteria/0/measure/ratio/numerator: unknown metric 'residents.electronic-id'; declare it under 'metrics'",
                "test.vocabulary@1 (p.json) /criteria/0/measure/ratio/denominator: unknown metric 'residents'; declare it under 'metrics'");
    }

    @Test
    void aPackReadAgainstAVocabulary_keepsIt_andDeclaresOnlyItsOwn() {
        RulePack pack = RulePackJson.read(PackSource.text("p.json", PACK), Metrics.all());
        assertThat(pack.vocabulary()).containsExactlyElementsOf(Metrics.all());
        assertThat(pack.metrics()).extracting(Metric::id).containsExactly("own.items");
        assertThat(pack.criterion("eid").orElseThrow().measure().metrics()).containsExactly(Metrics.RESIDENTS_WITH_ELECTRONIC_ID,
                Metrics.RESIDENTS);
    }

    @Test
    void theWriterLeavesOutExactlyTheVocabulary_soReadingBackNeedsTheSameOne() {
        RulePack pack = RulePackJson.read(PackSource.text("p.json", PACK), Metrics.all());
        String json = RulePackJson.write(pack);
        assertThat(json).contains("\"id\" : \"own.items\"").doesNotContain("\"id\" : \"residents\"");
        RulePack back = RulePackJson.read(PackSource.text("back.json", json), Metrics.all());
        assertThat(back).isEqualTo(pack);
        assertThat(RulePackJson.contentHash(back)).isEqualTo(RulePackJson.contentHash(pack));
        assertThatThrownBy(() -> RulePackJson.read(PackSource.text("back.json", json))).isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack")
                .hasMessageContaining("unknown metric 'residents'");

        // Built in Java without a vocabulary, the same rules declare every metric they read, and need none to be read back.
        RulePack alone = RulePack.builder("test.alone", "1").title("Gói", "Pack").criterion(pack.criterion("eid").orElseThrow()).build();
        String declared = RulePackJson.write(alone);
        assertThat(declared).contains("\"id\" : \"residents\"", "\"id\" : \"residents.electronic-id\"");
        assertThat(RulePackJson.read(PackSource.text("alone.json", declared)).criteria()).isEqualTo(alone.criteria());
    }

    @Test
    void twoPacksWithTheSameRules_areEqualOnlyWithTheSameVocabulary_inAnyOrder() {
        Criterion c = Criterion.builder("n").name("Dân", "Residents").level(AdminLevel.VILLAGE)
                .measure(Measure.count(Metrics.RESIDENTS), Threshold.atLeast(1)).citation(Citation.of("QĐ")).build();
        List<Metric<?>> reversed = new ArrayList<>(Metrics.all());
        java.util.Collections.reverse(reversed);
        RulePack a = RulePack.builder("p", "1").title("Gói", "Pack").vocabulary(Metrics.all()).criterion(c).build();
        RulePack b = RulePack.builder("p", "1").title("Gói", "Pack").vocabulary(reversed).criterion(c).build();
        RulePack none = RulePack.builder("p", "1").title("Gói", "Pack").criterion(c).build();
        assertThat(a).isEqualTo(b);
        assertThat(RulePackJson.contentHash(a)).isEqualTo(RulePackJson.contentHash(b));
        assertThat(a).isNotEqualTo(none);
        assertThat(RulePackJson.contentHash(a)).isNotEqualTo(RulePackJson.contentHash(none));
        assertThat(RulePack.builder("p", "1").title("Gói", "Pack").vocabulary(List.of(Metrics.RESIDENTS, Metrics.RESIDENTS)).build()
                .vocabulary()).containsExactly(Metrics.RESIDENTS);
    }

    @Test
    void aPackBuiltInJava_mayNotGiveTwoMetricsOneId_inItsVocabularyAndItsOwn() {
        assertThatThrownBy(() -> RulePack.builder("p", "1").title("Gói", "Pack").vocabulary(Metrics.all()).metric(IMPOSTOR).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack")
                .satisfies(e -> assertThat(((SmartVillageException) e).problems()).extracting(Problem::toString)
                        .containsExactly("pack p, metric residents: two different metrics share this id"));
    }

    @Test
    void twoDifferentMetricsWithOneId_inTheVocabulary_areAProblemNamingWhoGaveThem() {
        List<String> problems = problems(RulePackRegistry.builder().discover().vocabulary(List.of(IMPOSTOR))
                .add(PackSource.text("p.json", PACK)));
        assertThat(problems).contains("metric residents: two different metrics share the id 'residents' in the vocabulary: one given by provider "
                + TestPackProvider.class.getName() + ", another by vocabulary(…)");
        // The same metric given twice is one.
        RulePackRegistry r = RulePackRegistry.builder().discover().vocabulary(Metrics.all()).vocabulary(List.of(Metrics.RESIDENTS))
                .add(PackSource.text("p.json", PACK)).build();
        assertThat(r.pack("test.vocabulary", "1").orElseThrow().vocabulary()).containsExactlyElementsOf(Metrics.all());
    }

    @Test
    void theRegistrysMetrics_areItsVocabularyThenThePacksOwn_soADatasetForThemReads() {
        RulePackRegistry r = RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.text("p.json", PACK)).build();
        List<Metric<?>> expected = new ArrayList<>(Metrics.all());
        expected.add(r.pack("test.vocabulary", "1").orElseThrow().metrics().get(0));
        assertThat(r.metrics()).containsExactlyElementsOf(expected);
        var data = DatasetJson.read("""
                { "asOf": "2024-06-30", "units": [ { "id": "thon", "name": "Thôn", "level": "village",
                  "observations": { "residents": 40, "own.items": 2 } } ] }""", "d.json", r.metrics());
        assertThat(data.observed("thon", Metrics.RESIDENTS)).contains(40L);
        assertThatThrownBy(() -> DatasetJson.read("""
                { "asOf": "2024-06-30", "units": [ { "id": "thon", "name": "Thôn", "level": "village",
                  "observations": { "residents": 40 } } ] }""", "d.json", List.of())).hasMessageContaining("there is no metric 'residents'");
    }

    @Test
    void aChildOfAPackBuiltInJava_isReadAgainstItsParentsVocabularyToo() {
        Criterion c = Criterion.builder("n").name("Dân", "Residents").level(AdminLevel.VILLAGE)
                .measure(Measure.count(Metrics.RESIDENTS), Threshold.atLeast(1)).citation(Citation.of("QĐ")).build();
        RulePack parent = RulePack.builder("test.parent", "1").title("Gói", "Pack").vocabulary(Metrics.all()).criterion(c).build();
        String child = """
                { "id": "test.child", "version": "1", "title": { "vi": "Con", "en": "Child" }, "effective": { "from": "2024-01-01" },
                  "extends": "test.parent",
                  "criteria": [ { "id": "fibre", "name": { "vi": "Cáp quang", "en": "Fibre" }, "level": "village",
                    "measure": { "count": "households.fibre" }, "threshold": ">= 1", "citation": { "document": "QĐ" } } ] }""";
        RulePack read = RulePackRegistry.builder().add(parent).add(PackSource.text("child.json", child)).build()
                .pack("test.child", "1").orElseThrow();
        assertThat(read.vocabulary()).containsExactlyElementsOf(Metrics.all());
        assertThat(read.metrics()).isEmpty();
    }

    /** A provider whose vocabulary breaks the contract. */
    public static final class NullVocabulary implements RulePackProvider {
        /** Creates it; the service loader calls this. */
        public NullVocabulary() {
        }

        @Override
        public List<PackSource> packs() {
            return List.of();
        }

        @Override
        public List<Metric<?>> vocabulary() {
            return null;
        }
    }

    /** A provider whose vocabulary fails. */
    public static final class FailingVocabulary implements RulePackProvider {
        /** Creates it; the service loader calls this. */
        public FailingVocabulary() {
        }

        @Override
        public List<PackSource> packs() {
            return List.of();
        }

        @Override
        public List<Metric<?>> vocabulary() {
            throw new IllegalStateException("no metrics today");
        }
    }

    @Test
    void aProviderWhoseVocabularyIsNullOrFails_isAProblem(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(RulePackProvider.class.getName()),
                NullVocabulary.class.getName() + "\n" + FailingVocabulary.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(problems(RulePackRegistry.builder().discover(loader))).contains(
                    "provider " + NullVocabulary.class.getName() + ": vocabulary() returned null or a null metric",
                    "provider " + FailingVocabulary.class.getName() + ": the pack provider failed: java.lang.IllegalStateException: no metrics today");
        }
    }
}
