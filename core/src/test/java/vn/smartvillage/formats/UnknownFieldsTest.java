package vn.smartvillage.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.io.DatasetCsv;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.report.ReportFormat;
import vn.smartvillage.report.ReportText;
import vn.smartvillage.rules.RulePack;

/**
 * Every format refuses an unknown field wherever its JSON Schema closes an object, and this test finds
 * those places from the schemas themselves, so a field or an object added to a format is covered without
 * writing a test for it.
 *
 * <p>For each valid sample document, each object in it gets an extra field in turn. When the schema then
 * refuses the document for that field ({@code additionalProperties} or {@code unevaluatedProperties}
 * false), the loader must refuse it too, with a problem at that field's JSON pointer. Where the schema
 * leaves an object open (a map of metric ids, of citations, of CSV headers), the field is a key, not a
 * typo, and the loader is not asked to refuse it. Last, every closed object of every schema must have
 * been reached by some sample: a schema that grows a closed object without a sample fails here, naming
 * it.
 */
class UnknownFieldsTest {

    static final String FIELD = "zzUnknownField";
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final JsonMapper JSON = JsonMapper.shared();
    static Schema schema(String file) {
        return Schemas.of(file);
    }

    /** Loads one document; returns the problems, or an empty list when it loaded. */
    @FunctionalInterface
    interface Loader {
        List<Problem> load(String document) throws IOException;
    }

    /** What one format's run found: closed positions per schema location, and whether each was refused. */
    static final class Run {
        final Set<String> closedSchemaPlaces = new TreeSet<>();
        final List<String> notRefused = new ArrayList<>();
        int closed;
        int open;
    }

    static List<Problem> problems(ThrowingLoad load) throws IOException {
        try {
            load.run();
            return List.of();
        } catch (SmartVillageException e) {
            return e.problems();
        }
    }

    @FunctionalInterface
    interface ThrowingLoad {
        void run() throws IOException;
    }

    /** Mutates every object of every sample in turn; the loader must refuse each closed one at its place. */
    static Run run(Schema schema, List<Path> samples, Function<Path, Loader> loaderFor) throws IOException {
        Run run = new Run();
        for (Path sample : samples) {
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            JsonNode original = JSON.readTree(text);
            assertThat(schema.validate(original)).as("the sample %s is valid", sample).isEmpty();
            Loader loader = loaderFor.apply(sample);
            assertThat(loader.load(text)).as("the sample %s loads", sample).isEmpty();
            List<String> pointers = new ArrayList<>();
            objects(original, "", pointers);
            for (String pointer : pointers) {
                JsonNode mutated = original.deepCopy();
                ((ObjectNode) mutated.at(pointer.isEmpty() ? "" : pointer)).put(FIELD, 1);
                List<Error> errors = schema.validate(mutated);
                List<String> closedBy = errors.stream()
                        .filter(e -> "additionalProperties".equals(e.getKeyword()) || "unevaluatedProperties".equals(e.getKeyword()))
                        .filter(e -> String.valueOf(e.getInstanceLocation()).equals(pointer))
                        .map(e -> place(e.getSchemaLocation()))
                        .toList();
                if (errors.isEmpty()) {
                    run.open++;
                    continue;
                }
                run.closed++;
                run.closedSchemaPlaces.addAll(closedBy);
                List<Problem> found = loader.load(JSON.writeValueAsString(mutated));
                String at = pointer + "/" + FIELD;
                if (found.stream().noneMatch(p -> p.location().toString().contains(at) || p.reason().en().contains("'" + FIELD + "'"))) {
                    run.notRefused.add(ROOT.relativize(sample) + " " + at + " (loader said: " + found + ")");
                }
            }
        }
        return run;
    }

    static String place(SchemaLocation location) {
        String s = String.valueOf(location);
        String file = s.substring(0, s.indexOf('#')).replaceAll(".*/", "");
        String fragment = s.substring(s.indexOf('#') + 1).replaceAll("/(additionalProperties|unevaluatedProperties)$", "");
        return file + "#" + fragment;
    }

    static void objects(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            out.add(pointer);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                objects(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objects(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** Every object schema of {@code file} that is closed, as {@code file#/pointer}. */
    static Set<String> closedObjects(String file) throws IOException {
        Set<String> out = new TreeSet<>();
        closedObjects(JSON.readTree(Files.readString(Schemas.DOCS.resolve(file))), "", file, out);
        return out;
    }

    private static void closedObjects(JsonNode node, String pointer, String file, Set<String> out) {
        if (node.isObject()) {
            JsonNode ap = node.get("additionalProperties");
            JsonNode up = node.get("unevaluatedProperties");
            if ((ap != null && ap.isBoolean() && !ap.booleanValue()) || (up != null && up.isBoolean() && !up.booleanValue())) {
                out.add(file + "#" + pointer);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                closedObjects(e.getValue(), pointer + "/" + e.getKey(), file, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                closedObjects(node.get(i), pointer + "/" + i, file, out);
            }
        }
    }

    static List<Path> files(String folder, String glob) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(folder))) {
            return s.filter(p -> p.getFileName().toString().matches(glob)).sorted().toList();
        }
    }

    static void check(String what, Run run, String... schemaFiles) throws IOException {
        assertThat(run.notRefused).as(what + ": closed places the loader accepted an unknown field at").isEmpty();
        Set<String> all = new TreeSet<>();
        for (String f : schemaFiles) {
            all.addAll(closedObjects(f));
        }
        Set<String> missed = new TreeSet<>(all);
        missed.removeAll(run.closedSchemaPlaces);
        assertThat(missed).as(what + ": closed objects of the schema that no sample reaches; add a sample that has one").isEmpty();
        assertThat(run.closed).as(what + ": closed places tried").isPositive();
        String line = String.format(java.util.Locale.ROOT, "%-13s %4d places where the schema refuses an extra field, all refused by the "
                + "loader at their pointer; %2d of %2d closed objects of the schema reached%n", what, run.closed, all.size() - missed.size(),
                all.size());
        Path out = Path.of("target", "unknown-fields-" + what.replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line, StandardCharsets.UTF_8);
        System.out.print(line);
    }

    @Test
    void rulePacks_andTheirTestCases_refuseUnknownFieldsWhereverTheSchemaClosesAnObject(@TempDir Path dir) throws IOException {
        Schema schema = schema("rule-pack.schema.json");
        List<Path> samples = new ArrayList<>(files("core/src/test/resources/pack-corpus/valid", ".*\\.json"));
        samples.addAll(files("criteria-vn/src/main/resources/vn/smartvillage/criteria/vn/packs", ".*\\.json"));
        samples.addAll(files("examples/src/main/resources/packs", ".*\\.json"));
        samples.addAll(files("core/src/test/resources/packs/family", ".*\\.json"));
        List<Path> national = files("criteria-vn/src/main/resources/vn/smartvillage/criteria/vn/packs", ".*\\.json");
        Run run = run(schema, samples, sample -> document -> {
            // The corpus's packs stand alone; the others among their siblings (the packs they extend, the
            // files they name), in a copy, with the national packs the examples extend.
            boolean alone = sample.toString().contains("pack-corpus");
            Path folder = dir.resolve("p" + Math.abs((long) sample.hashCode()));
            if (!Files.exists(folder)) {
                copy(sample.getParent(), folder);
            }
            Path file = Files.writeString(folder.resolve(sample.getFileName()), document, StandardCharsets.UTF_8);
            return problems(() -> {
                RulePackRegistry.Builder b = RulePackRegistry.builder().vocabulary(Metrics.all());
                if (alone) {
                    b.addFile(file).addFile(ROOT.resolve("core/src/test/resources/packs/family/national.json"));
                } else {
                    b.addDirectory(folder);
                    if (sample.toString().contains("/examples/")) {
                        national.forEach(b::addFile);
                    }
                }
                b.build();
            });
        });
        check("rule packs", run, "rule-pack.schema.json");
    }

    @Test
    void datasets_refuseUnknownFieldsWhereverTheSchemaClosesAnObject() throws IOException {
        List<Path> samples = new ArrayList<>(files("examples/src/main/resources/data", ".*\\.json"));
        samples.addAll(files("criteria-vn/src/main/resources/vn/smartvillage/criteria/vn/packs/data", ".*\\.json"));
        samples.addAll(files("core/src/test/resources/packs/family/cases", ".*\\.json"));
        samples.addAll(files("core/src/test/resources/format-samples", "dataset.*\\.json"));
        samples.add(ROOT.resolve("core/src/test/resources/report/sample-recognised.json"));
        // The samples name the metrics of the packs they were written for.
        List<vn.smartvillage.metric.Metric<?>> metrics = RulePackRegistry.builder().vocabulary(Metrics.all())
                .addDirectory(ROOT.resolve("criteria-vn/src/main/resources/vn/smartvillage/criteria/vn/packs")).build().metrics();
        Run run = run(schema("dataset.schema.json"), samples, sample -> document -> problems(
                () -> DatasetJson.read(document, sample.getFileName().toString(), metrics)));
        check("datasets", run, "dataset.schema.json");
    }

    @Test
    void csvMappings_refuseUnknownFieldsWhereverTheSchemaClosesAnObject(@TempDir Path dir) throws IOException {
        Schema schema = schema("csv-mapping.schema.json");
        List<Path> samples = List.of(ROOT.resolve("examples/src/main/resources/data/csv/cot.json"),
                ROOT.resolve("core/src/test/resources/format-samples/mapping-with-percent.json"));
        Path units = Files.writeString(dir.resolve("don-vi.csv"), "id,level,name\nthon,village,Thôn\n");
        Run run = run(schema, samples, sample -> document -> {
            Path mapping = Files.writeString(dir.resolve("cot.json"), document, StandardCharsets.UTF_8);
            return problems(() -> DatasetCsv.builder(LocalDate.of(2024, 1, 1)).metrics(Metrics.all()).units(units).mapping(mapping).read());
        });
        check("CSV mappings", run, "csv-mapping.schema.json");
    }

    @Test
    void jsonReports_refuseUnknownFieldsWhereverTheSchemaClosesAnObject(@TempDir Path dir) throws IOException {
        LocalDate day = LocalDate.of(2024, 6, 30);
        RulePack pack = RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.resource("/packs/family/national.json",
                UnknownFieldsTest.class::getResourceAsStream)).build().resolve("test.national", day);
        Assessment a;
        try (var in = UnknownFieldsTest.class.getResourceAsStream("/report/sample.json")) {
            a = Evaluator.create().evaluate(DatasetJson.read(in, "sample.json", Metrics.all(), ReadLimits.DEFAULTS), pack, day);
        }
        Path report = Files.writeString(dir.resolve("assessment.json"), ReportText.json(a));
        Assessment recognised;
        try (var in = UnknownFieldsTest.class.getResourceAsStream("/report/sample-recognised.json")) {
            recognised = Evaluator.create().evaluate(DatasetJson.read(in, "sample-recognised.json", Metrics.all(), ReadLimits.DEFAULTS), pack,
                    day);
        }
        Path withRecognitions = Files.writeString(dir.resolve("assessment-recognised.json"), ReportText.json(recognised));
        Run run = run(schema("assessment.schema.json"), List.of(report, withRecognitions),
                sample -> document -> problems(() -> ReportText.read(document, pack)));
        check("JSON reports", run, "assessment.schema.json");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Iterator<Path> it = all.iterator(); it.hasNext();) {
                Path p = it.next();
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.copy(p, target);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
    }
}
