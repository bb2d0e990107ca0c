package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.formats.Schemas;

/**
 * The JSON Schemas in docs/ and the loader agree: on a corpus of valid packs (both accept), of invalid
 * packs (both reject), and of packs only the loader can reject because the check needs the whole pack
 * (the schema accepts, the loader rejects). Every pack shipped in the repository validates.
 */
class SchemaCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/pack-corpus");
    static final Schema PACK_SCHEMA = Schemas.of("rule-pack.schema.json");
    static final Schema DATASET_SCHEMA = Schemas.of("dataset.schema.json");
    static final Schema ASSESSMENT_SCHEMA = Schemas.of("assessment.schema.json");

    static List<Error> schemaErrors(Schema schema, Path file) {
        try {
            String text = Files.readString(file);
            JsonNode node = file.toString().matches(".*\\.ya?ml") ? YAMLMapper.shared().readTree(text) : JsonMapper.shared().readTree(text);
            return schema.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code file} in a registry that also holds the test family, so that a corpus pack may extend test.national. */
    static List<String> loaderProblems(Path file) {
        try {
            RulePackRegistry.builder().vocabulary(Metrics.all()).addDirectory(RulePackRegistryTest.family()).addFile(file).build();
            return List.of();
        } catch (SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the rule pack");
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    private static Stream<Path> files(String folder) throws IOException {
        return Files.list(CORPUS.resolve(folder)).sorted();
    }

    @TestFactory
    Stream<DynamicTest> validPacksPassBoth() throws IOException {
        return files("valid").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            assertThat(schemaErrors(PACK_SCHEMA, f)).as("schema").isEmpty();
            assertThat(loaderProblems(f)).as("loader").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidPacksFailBoth() throws IOException {
        return files("invalid").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            assertThat(schemaErrors(PACK_SCHEMA, f)).as("schema").isNotEmpty();
            assertThat(loaderProblems(f)).as("loader").isNotEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> packsOnlyTheLoaderCanJudge() throws IOException {
        return files("semantic").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            assertThat(schemaErrors(PACK_SCHEMA, f)).as("schema").isEmpty();
            assertThat(loaderProblems(f)).as("loader").isNotEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPackAndDatasetInTheRepositoryValidates() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> packs;
        try (Stream<Path> all = Files.walk(root)) {
            packs = all.filter(p -> p.toString().matches(".*/src/(main|test)/resources/(.*/)?(packs/.*|data/[^/]+)\\.(json|ya?ml)"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .sorted().toList();
        }
        assertThat(packs).as("packs found").isNotEmpty();
        return packs.stream().map(f -> DynamicTest.dynamicTest(root.relativize(f).toString(), () -> {
            String folder = f.getParent().getFileName().toString();
            boolean dataset = folder.equals("cases") || folder.equals("data");
            assertThat(schemaErrors(dataset ? DATASET_SCHEMA : PACK_SCHEMA, f)).isEmpty();
        }));
    }

    @Test
    void theJsonReportFollowsItsSchema() {
        assertThat(schemaErrors(ASSESSMENT_SCHEMA, Path.of("src/test/resources/golden/assessment.json"))).isEmpty();
        String broken = "{ \"format\": 1, \"pack\": { \"id\": \"x\", \"version\": \"1\", \"contentHash\": \"md5:1\" } }";
        assertThat(ASSESSMENT_SCHEMA.validate(JsonMapper.shared().readTree(broken))).isNotEmpty();
    }

    @Test
    void theCorpusIsNotEmpty() throws IOException {
        assertThat(files("valid")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(files("invalid")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(files("semantic")).hasSizeGreaterThanOrEqualTo(10);
    }
}
