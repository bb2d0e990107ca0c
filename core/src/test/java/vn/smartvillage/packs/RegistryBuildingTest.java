package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.fixtures.Metrics;

/** How a registry gathers packs: from a folder, in any order of versions, and within the limit on chains of packs. */
class RegistryBuildingTest {

    private static String pack(String id, String version, String from, String to, String parent) {
        return "{\"format\": 1, \"id\": \"" + id + "\", \"version\": \"" + version + "\", \"title\": {\"vi\": \"G\", \"en\": \"P\"},"
                + " \"effective\": {\"from\": \"" + from + "\"" + (to == null ? "" : ", \"to\": \"" + to + "\"") + "}"
                + (parent == null ? "" : ", \"extends\": \"" + parent + "\"") + "}";
    }

    /**
     * A chain of {@code n} packs; with {@code topFirst} the pack that extends all others has the first id (and is resolved
     * first), otherwise the root has it.
     */
    private static RulePackRegistry.Builder chain(int n, boolean topFirst, int limit) {
        RulePackRegistry.Builder b = RulePackRegistry.builder().vocabulary(Metrics.all()).limits(ReadLimits.DEFAULTS.withMaxExtendsDepth(limit));
        for (int i = 0; i < n; i++) {
            String parent = topFirst ? (i + 1 < n ? "p" + (i + 1) : null) : (i > 0 ? "p" + (i - 1) : null);
            b.add(PackSource.text("p" + i + ".json", pack("p" + i, "1", "2023-01-01", null, parent)));
        }
        return b;
    }

    private static List<String> problems(RulePackRegistry.Builder b) {
        try {
            b.build();
        } catch (SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the rule pack");
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aChainAsLongAsTheLimit_isRead_andOneLonger_isRefused_inEitherOrderOfResolution() {
        for (boolean topFirst : new boolean[] {true, false}) {
            assertThat(chain(3, topFirst, 3).build().packs()).as("top first: %s", topFirst).hasSize(3);
            assertThat(problems(chain(4, topFirst, 3))).as("top first: %s", topFirst).isNotEmpty()
                    .allMatch(p -> p.contains("the chain of packs extending each other is longer than the limit of 3 packs"));
        }
        assertThat(chain(1, true, 1).build().packs()).hasSize(1);
        // Resolved from the root, the parent is resolved already and its lineage counts.
        assertThat(problems(chain(3, false, 2))).singleElement().asString().isEqualTo("p2@1: the chain of packs extending each other is longer "
                + "than the limit of 2 packs: p2@1 → p1@1 → p0@1");
        // Resolved from the top, the chain is refused before descending further.
        assertThat(problems(chain(2, true, 1))).first().asString().isEqualTo("p0@1: the chain of packs extending each other is longer "
                + "than the limit of 1 packs: p0@1 → p1@1 …");
    }

    @Test
    void aLongChain_isShownByItsEnds() {
        assertThat(problems(chain(6, true, 5))).first().asString()
                .endsWith("longer than the limit of 5 packs: p0@1 → p1@1 → p2@1 → p3@1 → p4@1 → p5@1 …");
        assertThat(problems(chain(7, true, 6))).first().asString()
                .endsWith("longer than the limit of 6 packs: p0@1 → p1@1 → p2@1 → … → p5@1 → p6@1 …");
    }

    @Test
    void versionsMayBeAddedInAnyOrder_andEachIsFoundByItsVersion() {
        RulePackRegistry r = RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.text("b.json", pack("x", "2", "2024-01-01", null, null)))
                .add(PackSource.text("a.json", pack("x", "1", "2023-01-01", "2023-12-31", null))).build();
        assertThat(r.versions("x")).extracting(p -> p.version()).containsExactly("1", "2");
        assertThat(r.entry("x", "2").orElseThrow().pack().version()).isEqualTo("2");
        assertThat(r.entry("x", "1").orElseThrow().pack().version()).isEqualTo("1");
        assertThat(r.entry("x", "3")).isEmpty();
        assertThat(r.entry("y", "1")).isEmpty();
        assertThat(r.pack("x", "2")).isPresent();
    }

    @Test
    void aFolder_givesItsJsonAndYamlFiles_notItsSubFoldersOrOtherFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.JSON"), pack("a", "1", "2023-01-01", null, null));
        Files.writeString(dir.resolve("b.yml"), "format: 1\nid: b\nversion: \"1\"\ntitle: {vi: G, en: P}\neffective: {from: 2023-01-01}\n");
        Files.writeString(dir.resolve("c.yaml"), "format: 1\nid: c\nversion: \"1\"\ntitle: {vi: G, en: P}\neffective: {from: 2023-01-01}\n");
        Files.writeString(dir.resolve("notes.txt"), "not a pack");
        Files.writeString(dir.resolve("json"), "not a pack either");
        Files.createDirectories(dir.resolve("cases.json"));
        RulePackRegistry r = RulePackRegistry.builder().vocabulary(Metrics.all()).addDirectory(dir).build();
        assertThat(r.ids()).containsExactly("a", "b", "c");
        assertThat(problems(RulePackRegistry.builder().vocabulary(Metrics.all()).addDirectory(dir.resolve("none")))).singleElement().asString()
                .startsWith(dir.resolve("none") + ": cannot read the folder: ");
    }

    @Test
    void aPackBuiltInJava_isASourceToo() throws IOException {
        var built = PackReaderProblemsTest.read(PackReaderProblemsTest.doc(""));
        PackSource s = PackSource.of(built);
        assertThat(s.name()).isEqualTo("Java pack test.pack@1").isEqualTo(s.toString());
        assertThat(s.openDocument()).isEmpty();
        assertThat(RulePackRegistry.builder().vocabulary(Metrics.all()).add(s).build().packs()).containsExactly(built);
        PackSource text = PackSource.text("p.json", "{}");
        assertThat(text.openDocument()).hasValueSatisfying(in -> assertThat(in).hasContent("{}"));
        List<String> names = new ArrayList<>();
        PackSource resource = PackSource.resource("/packs/family/national.json", path -> {
            names.add(path);
            return RegistryBuildingTest.class.getResourceAsStream(path);
        });
        assertThat(resource.name()).isEqualTo("resource /packs/family/national.json");
        assertThat(resource.sibling("cases/households.json")).hasValueSatisfying(x -> assertThat(x.name())
                .isEqualTo("resource /packs/family/cases/households.json"));
        assertThat(resource.sibling("../x.json")).isEmpty();
        assertThat(resource.sibling("/x.json")).isEmpty();
    }
}
