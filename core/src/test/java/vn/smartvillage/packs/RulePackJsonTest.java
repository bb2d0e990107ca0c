package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/** Reading packs: what is accepted, and every mistake reported with its place. */
class RulePackJsonTest {

    /** A valid pack with one village criterion; {@code criterion} replaces the criterion's body. */
    static String pack(String criterion) {
        return """
                {
                  "format": 1,
                  "id": "test.pack",
                  "version": "1",
                  "title": { "vi": "Gói thử", "en": "Test pack" },
                  "effective": { "from": "2023-01-01" },
                  "criteria": [ %s ]
                }
                """.formatted(criterion);
    }

    static final String EID = """
            { "id": "eid", "name": { "vi": "Định danh", "en": "Electronic ID" }, "level": "village",
              "measure": { "ratio": { "numerator": "residents.electronic-id", "denominator": "residents" } },
              "threshold": ">= 25 %", "citation": { "document": "KH 20/KH-UBND" } }""";

    static List<Problem> problems(String name, String document) {
        try {
            RulePackJson.read(PackSource.text(name, document), Metrics.all());
        } catch (SmartVillageException e) {
            return e.problems();
        }
        throw new AssertionError("the pack was accepted");
    }

    @Test
    void readsAValidPack() {
        RulePack p = RulePackJson.read(PackSource.text("ok.json", pack(EID)), Metrics.all());
        assertThat(p.id()).isEqualTo("test.pack");
        assertThat(p.criterion("eid").orElseThrow().threshold()).isEqualTo(Threshold.atLeastPercent("25"));
    }

    @Test
    void yamlIsReadLikeJson() {
        String yaml = """
                format: 1
                id: test.pack
                version: "1"
                title: { vi: Gói thử, en: Test pack }
                effective: { from: 2023-01-01 }
                criteria:
                  - id: eid
                    name: { vi: Định danh, en: Electronic ID }
                    level: village
                    measure: { ratio: { numerator: residents.electronic-id, denominator: residents } }
                    threshold: ">= 25 %"
                    citation: { document: KH 20/KH-UBND }
                """;
        RulePack fromYaml = RulePackJson.read(PackSource.text("ok.yaml", yaml), Metrics.all());
        assertThat(fromYaml).isEqualTo(RulePackJson.read(PackSource.text("ok.json", pack(EID)), Metrics.all()));
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        List<Problem> p = problems("broken.json", "{\n  \"id\": \"x\",\n  \"version\" \"1\"\n}");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).reason().en()).startsWith("line 3, column 13");
        assertThat(p.get(0).location().toString()).isEqualTo("broken.json");
    }

    @Test
    void malformedYamlGivesLineAndColumn() {
        List<Problem> p = problems("broken.yaml", "id: x\nversion: [1\ntitle: y\n");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).reason().en()).containsPattern("^line \\d+, column \\d+");
    }

    @Test
    void duplicateKeysAreRejected() {
        List<Problem> p = problems("dup.json", pack(EID).replace("\"version\": \"1\",", "\"version\": \"1\", \"version\": \"2\","));
        assertThat(p.get(0).reason().en()).contains("version");
    }

    @Test
    void everyMistakeIsReportedAtOnceWithItsPointer() {
        String bad = """
                { "id": "eid", "name": { "vi": "Định danh", "en": "Electronic ID" }, "level": "village",
                  "measure": { "ratio": { "numerator": "residents.electronic-ids", "denominator": "residents" } },
                  "threshhold": ">= 25 %", "citation": { "document": "KH 20" } },
                { "id": "share", "name": { "vi": "Tỷ lệ", "en": "Share" }, "level": "village",
                  "measure": { "ratio": { "numerator": "residents.electronic-id", "denominator": "residents" } },
                  "threshold": ">= 120 %", "citation": { "document": "KH 20" } },
                { "id": "members", "name": { "vi": "Nhân khẩu", "en": "Members" }, "level": "village",
                  "measure": { "count": "household.members" }, "threshold": ">= 1", "citation": { "document": "KH 20" },
                  "effective": { "from": "2025-01-01", "to": "2024-01-01" } }""";
        List<Problem> p = problems("bad.json", pack(bad));
        assertThat(p).extracting(problem -> problem.location().toString()).containsExactlyInAnyOrder(
                "test.pack@1 (bad.json) /criteria/0/threshhold",
                "test.pack@1 (bad.json) /criteria/0/measure/ratio/numerator",
                "test.pack@1 (bad.json) /criteria/0/threshold",
                "test.pack@1 (bad.json) /criteria/1/threshold",
                "test.pack@1 (bad.json) /criteria/2/measure/count",
                "test.pack@1 (bad.json) /criteria/2/effective/to");
        assertThat(p).extracting(x -> x.reason().en()).anySatisfy(r -> assertThat(r).contains("did you mean 'threshold'"))
                .anySatisfy(r -> assertThat(r).contains("unknown metric 'residents.electronic-ids'", "did you mean 'residents.electronic-id'"))
                .anySatisfy(r -> assertThat(r).contains("a percentage is at most 100, not 120"))
                .anySatisfy(r -> assertThat(r).contains("describes a household and has no aggregation to a village"))
                .anySatisfy(r -> assertThat(r).contains("ends (2024-01-01) before it starts (2025-01-01)"));
        assertThat(p).allSatisfy(x -> assertThat(x.reason().vi()).isNotBlank());
    }

    @Test
    void aTargetsUnknownFieldIsReportedOnce() {
        String doc = pack(EID).replace("\"criteria\"", """
                "targets": [ { "id": "t", "name": { "vi": "t", "en": "t" }, "level": "commune", "measure": { "count": "cooperatives" },
                               "threshold": ">= 1", "citation": { "document": "KH" }, "deadline": "2025-12-31", "dealine": "x" } ],
                "criteria\"""");
        assertThat(problems("t.json", doc)).extracting(problem -> problem.location().toString()).containsExactly("test.pack@1 (t.json) /targets/0/dealine");
    }

    @Test
    void overridesWithoutAParentAreOneProblem() {
        String doc = pack(EID).replace("\"criteria\"", """
                "overrides": [ { "op": "drop", "criterion": "eid" }, { "op": "drop", "criterion": "x" } ],
                "criteria\"""");
        assertThat(problems("o.json", doc)).extracting(problem -> problem.location().toString()).containsExactly("test.pack@1 (o.json) /overrides");
    }

    @Test
    void theHeaderIsCheckedFirst() {
        List<Problem> p = problems("header.json", """
                { "format": 2, "id": "Bad Id", "title": { "vi": "x" }, "effective": { "to": "2020-01-01" }, "extend": "a" }""");
        assertThat(p).extracting(problem -> problem.location().toString()).containsExactlyInAnyOrder(
                "Bad Id (header.json) /format", "Bad Id (header.json) /id", "Bad Id (header.json) /version",
                "Bad Id (header.json) /title/en", "Bad Id (header.json) /effective/from", "Bad Id (header.json) /extend");
        assertThat(p).extracting(x -> x.reason().en()).anySatisfy(r -> assertThat(r).contains("did you mean 'extends'"));
    }

    @Test
    void duplicateIdsAndBrokenReferencesAreFound() {
        String criteria = EID + "," + EID;
        String doc = pack(criteria).replace("\"criteria\"", """
                "certifications": [ { "id": "sv", "name": { "vi": "thôn", "en": "village" }, "level": "village",
                    "requirement": { "allOf": [ "eid", { "meets": "eidd" } ] }, "citation": { "document": "x" } } ],
                "criteria\"""");
        List<Problem> p = problems("dup.json", doc);
        assertThat(p).extracting(x -> x.reason().en()).anySatisfy(r -> assertThat(r).contains("already defined"))
                .anySatisfy(r -> assertThat(r).contains("the criterion 'eidd' is not in the pack"));
        assertThat(p).extracting(problem -> problem.location().toString()).contains("test.pack@1 (dup.json) /criteria/1/id", "test.pack@1 (dup.json) /certifications/0");
    }

    @Test
    void aPackThatExtendsAnotherNeedsARegistry() {
        String doc = pack(EID).replace("\"format\": 1,", "\"format\": 1, \"extends\": \"test.national\",");
        List<Problem> p = problems("child.json", doc);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.location().toString()).isEqualTo("test.pack@1 (child.json) /extends");
            assertThat(x.reason().en()).contains("the parent pack 'test.national' is not in the registry");
        });
    }

    @Test
    void limitsAreEnforced() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.text("deep.json", deep)).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack").hasMessageContaining("nested deeper than the limit of 64 levels");
        ReadLimits small = ReadLimits.DEFAULTS.withMaxDocumentBytes(100);
        assertThatThrownBy(() -> RulePackRegistry.builder().vocabulary(Metrics.all()).limits(small).add(PackSource.text("big.json", pack(EID))).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack").hasMessageContaining("larger than the limit of 100 bytes");
        ReadLimits oneRule = ReadLimits.DEFAULTS.withMaxRules(1);
        assertThatThrownBy(() -> RulePackRegistry.builder().vocabulary(Metrics.all()).limits(oneRule).add(PackSource.text("two.json", pack(EID + "," + EID))).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack").hasMessageContaining("more than the limit of 1");
        ReadLimits shortStrings = ReadLimits.DEFAULTS.withMaxStringLength(10);
        assertThatThrownBy(() -> RulePackRegistry.builder().vocabulary(Metrics.all()).limits(shortStrings).add(PackSource.text("s.json", pack(EID))).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack").hasMessageContaining("a value is longer than the limit of 10 characters");
    }

    @Test
    void invalidUtf8AndEmptyDocumentsAreRejected() {
        assertThatThrownBy(() -> RulePackJson.read(bytes("bad.json", new byte[] {'{', (byte) 0xC3, '}'})))
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack").hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> RulePackJson.read(PackSource.text("empty.json", "  "), Metrics.all()))
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack").hasMessageContaining("the document is empty");
    }

    @Test
    void anUnknownPackIdIsAClearError() {
        RulePackRegistry registry = RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.text("ok.json", pack(EID))).build();
        assertThatThrownBy(() -> registry.resolve("test.pak", java.time.LocalDate.of(2024, 1, 1)))
                .isInstanceOf(SmartVillageException.class).hasMessageContaining("there is no pack 'test.pak'")
                .hasMessageContaining("did you mean 'test.pack'");
    }

    /** Returns a file source holding {@code bytes}, to test encodings. */
    static PackSource bytes(String name, byte[] bytes) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("packs");
            java.nio.file.Path f = java.nio.file.Files.write(folder.resolve(name), bytes);
            f.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return PackSource.file(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
