package vn.smartvillage.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.io.DatasetCsv;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.report.ReportText;
import vn.smartvillage.rules.RulePack;

/**
 * Hostile documents for the pack, dataset and CSV loaders: truncated, deeply nested, huge, wrong-typed,
 * duplicated keys, non-NFC text, invalid UTF-8, numbers out of range, corrupted bytes, damaged YAML; and
 * the reported attacks: exponent bombs, unpaired surrogates, unknown fields in any object (the root
 * included), YAML values past the string limit, and for packs a test case's file reached through a link
 * out of the folder, a pack file that is a FIFO, and extends chains past the limit. Only the library's
 * documented exceptions ({@link SmartVillageException} and its subclasses) may escape, each with every
 * problem located; never a NullPointerException, ClassCastException, StackOverflowError or
 * OutOfMemoryError. The reported attacks must be refused, never loaded; what loads must be writable as
 * strict UTF-8.
 *
 * <p>5,000 documents per loader in the normal build; {@code -Pfuzz} makes it 100,000
 * ({@code -Dsmartvillage.fuzz.documents=N}, {@code -Dsmartvillage.fuzz.seed=S} to repeat a run). The
 * counts go to {@code target/hostile-input-*.txt}. For CSV tables, {@code OTHER_SYNTAX} is another
 * separator and {@code DEEPLY_NESTED} a run of quotes.
 */
class HostileInputTest {

    static final int DOCUMENTS = Integer.getInteger("smartvillage.fuzz.documents", 5000);
    static final long SEED = Long.getLong("smartvillage.fuzz.seed", 20251231L);
    /** Small limits, so that "huge" documents cross them quickly. */
    static final ReadLimits LIMITS = ReadLimits.DEFAULTS.withMaxDocumentBytes(512 * 1024).withMaxStringLength(20_000)
            .withMaxNestingDepth(64).withMaxRules(200).withMaxUnits(5_000);
    /** The fuzz profile also makes multi-megabyte YAML values, read within a deadline (see {@link #deadline}). */
    static final boolean LONG_RUN = DOCUMENTS > 5000;
    static final Mutator MUTATOR = new Mutator(30_000, 400, LONG_RUN);
    /** Limits for the multi-megabyte YAML documents: the size allows them, the string limit does not. */
    static final ReadLimits BIG = LIMITS.withMaxDocumentBytes(16 << 20);

    /** The valid documents the mutations start from. */
    static List<String> seeds(String... globs) throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(f -> !f.toString().contains("/target/")).sorted().toList()) {
                String rel = root.relativize(p).toString();
                for (String g : globs) {
                    if (rel.matches(g)) {
                        out.add(Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(out).as("seed documents for " + String.join(", ", globs)).isNotEmpty();
        return out;
    }

    /** What happened to each kind of document: loaded, refused with located problems. */
    static final class Tally {
        final String loader;
        final java.util.Set<Mutator.Kind> kinds;
        final java.util.Set<Mutator.Kind> mustRefuse;
        final Map<Mutator.Kind, int[]> byKind = new EnumMap<>(Mutator.Kind.class);

        Tally(String loader, java.util.Set<Mutator.Kind> kinds, java.util.Set<Mutator.Kind> mustRefuse) {
            this.loader = loader;
            this.kinds = kinds;
            this.mustRefuse = mustRefuse;
        }

        void count(Mutator.Kind kind, boolean refused) {
            byKind.computeIfAbsent(kind, k -> new int[2])[refused ? 1 : 0]++;
        }

        String report() {
            StringBuilder s = new StringBuilder(loader + ": " + DOCUMENTS + " documents (seed " + SEED + "), none escaped\n");
            byKind.forEach((k, v) -> s.append(String.format("  %-14s %6d loaded %6d refused with located problems%n", k, v[0], v[1])));
            return s.toString();
        }
    }

    /** Whether {@code d} is one of the multi-megabyte YAML documents, read with {@link #BIG} limits. */
    static boolean big(Mutator.Document d) {
        return d.kind() == Mutator.Kind.LONG_YAML_SCALAR && d.bytes().length > LIMITS.maxDocumentBytes();
    }

    /**
     * A multi-megabyte YAML value, or a pack file that is a FIFO (which a reader could wait on forever), must
     * be refused within seconds: a reader quadratic in its length took
     * 9 s for 4 MB and 419 s for 30 MB; one that stops past the string limit reads a few hundred thousand
     * characters. A bound on complexity with a hundredfold margin, not a speed measurement.
     */
    static final java.time.Duration deadline = java.time.Duration.ofSeconds(5);

    /** Runs one hostile document; fails the test with the seed, index and kind on anything but the documented outcome. */
    static void expectOnlyDocumentedFailures(Tally tally, int i, Mutator.Document d, ThrowingRunnable load) {
        boolean loaded = false;
        try {
            if (big(d) || d.kind() == Mutator.Kind.FIFO) {
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(deadline, () -> {
                    load.run();
                    return null;
                });
            } else {
                load.run();
            }
            loaded = true;
            tally.count(d.kind(), false);
        } catch (SmartVillageException e) {
            assertThat(e.problems()).as("document %d (%s): problems", i, d.kind()).isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.location().toString()).as("document %d (%s): location", i, d.kind()).isNotBlank();
                assertThat(p.reason().en()).as("document %d (%s): reason", i, d.kind()).isNotBlank();
                assertThat(p.reason().vi()).as("document %d (%s): reason", i, d.kind()).isNotBlank();
            }
            tally.count(d.kind(), true);
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            String head = new String(d.bytes(), 0, Math.min(d.bytes().length, 400), StandardCharsets.UTF_8);
            throw new AssertionError("document " + i + " (" + d.kind() + ", seed " + SEED + ") escaped with " + t + "\n"
                    + head + "\n" + trace, t);
        }
        if (loaded && tally.mustRefuse.contains(d.kind())) {
            String head = new String(d.bytes(), 0, Math.min(d.bytes().length, 400), StandardCharsets.UTF_8);
            throw new AssertionError("document " + i + " (" + d.kind() + ", seed " + SEED + ") was loaded; it must be refused\n" + head);
        }
    }

    /** Encodes {@code text} as strict UTF-8, as a file or a terminal would: an unpaired surrogate fails here. */
    static void writable(String text) throws java.nio.charset.CharacterCodingException {
        StandardCharsets.UTF_8.newEncoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(text));
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static void report(Tally tally) throws IOException {
        Path file = Path.of("target", "hostile-input-" + tally.loader.replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, tally.report(), StandardCharsets.UTF_8);
        System.out.print(tally.report());
        int total = tally.byKind.values().stream().mapToInt(v -> v[0] + v[1]).sum();
        assertThat(total).isEqualTo(DOCUMENTS);
        assertThat(tally.byKind.keySet()).as("every kind of damage was tried").isEqualTo(tally.kinds);
    }

    /** The kinds a pack file is damaged with: every document kind, and the file attacks. */
    static final java.util.Set<Mutator.Kind> PACK_KINDS = java.util.EnumSet.allOf(Mutator.Kind.class);

    @Test
    void hostilePacks_areRefusedWithLocatedProblems_neverCrashTheLoader(@TempDir Path dir) throws Exception {
        List<String> seeds = seeds("core/src/test/resources/pack-corpus/valid/.*\\.json", "core/src/test/resources/packs/family/.*\\.json",
                "criteria-vn/src/main/resources/.*/packs/[^/]+\\.json", "examples/src/main/resources/packs/[^/]+\\.json");
        Random r = new Random(SEED);
        Tally tally = new Tally("rule packs", PACK_KINDS, Mutator.MUST_REFUSE);
        // A valid dataset outside the folder: a loader that follows the link would load the pack.
        Path secret = Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("secret.json"),
                "{\"asOf\": \"2024-01-01\", \"units\": [{\"id\": \"x\", \"name\": \"X\", \"level\": \"village\"}]}");
        Path packs = Files.createDirectories(dir.resolve("packs"));
        for (int i = 0; i < DOCUMENTS; i++) {
            Mutator.Document d = MUTATOR.mutate(seeds.get(r.nextInt(seeds.size())), r, PACK_KINDS);
            Path file = packs.resolve(d.name());
            Files.deleteIfExists(file);
            RulePackRegistry.Builder b = RulePackRegistry.builder().vocabulary(Metrics.all()).limits(big(d) ? BIG : LIMITS);
            switch (d.kind()) {
                case FIFO -> {
                    assertThat(new ProcessBuilder("mkfifo", file.toString()).start().waitFor()).isZero();
                    b.addFile(file);
                }
                case LINK_OUT -> {
                    Path link = packs.resolve("linked.json");
                    Files.deleteIfExists(link);
                    Files.createSymbolicLink(link, secret);
                    Files.writeString(file, LINKED_PACK);
                    b.addFile(file);
                }
                case DEEP_CHAIN -> {
                    int n = LIMITS.maxExtendsDepth() + 1 + r.nextInt(200);
                    for (int k = 0; k < n; k++) {
                        b.add(PackSource.text("chain-" + k + ".json", "{\"format\": 1, \"id\": \"chain." + k + "\", \"version\": \"1\","
                                + " \"title\": {\"vi\": \"G\", \"en\": \"P\"}, \"effective\": {\"from\": \"2023-01-01\"}"
                                + (k + 1 < n ? ", \"extends\": \"chain." + (k + 1) + "\"" : "") + "}"));
                    }
                }
                default -> {
                    Files.write(file, d.bytes());
                    b.add(PackSource.file(file));
                }
            }
            expectOnlyDocumentedFailures(tally, i, d, () -> {
                // What is loaded must also be writable: a pack written out, as strict UTF-8.
                for (RulePack p : b.build().packs()) {
                    writable(RulePackJson.write(p));
                }
            });
            Files.deleteIfExists(file);
        }
        report(tally);
    }

    /** A pack whose test case reads a file through a link that leaves the pack's folder. */
    static final String LINKED_PACK = "{\"format\": 1, \"id\": \"linked\", \"version\": \"1\", \"title\": {\"vi\": \"G\", \"en\": \"P\"},"
            + " \"effective\": {\"from\": \"2023-01-01\"}, \"criteria\": [{\"id\": \"eid\", \"name\": {\"vi\": \"Đ\", \"en\": \"E\"},"
            + " \"level\": \"village\", \"measure\": {\"ratio\": {\"numerator\": \"residents.electronic-id\", \"denominator\": \"residents\"}},"
            + " \"threshold\": \">= 25 %\", \"citation\": {\"document\": \"KH 20\"}}], \"tests\": [{\"name\": \"t\", \"asOf\": \"2024-01-01\","
            + " \"datasetFile\": \"linked.json\", \"expect\": [{\"unit\": \"x\", \"criterion\": \"eid\", \"status\": \"met\"}]}]}";

    @Test
    void hostileDatasets_areRefusedWithLocatedProblems_neverCrashTheLoader() throws IOException {
        List<String> seeds = seeds("examples/src/main/resources/data/[^/]+\\.json", "criteria-vn/src/main/resources/.*/packs/data/[^/]+\\.json",
                "core/src/test/resources/packs/family/cases/[^/]+\\.json");
        Random r = new Random(SEED + 1);
        Tally tally = new Tally("JSON datasets", Mutator.DOCUMENT_KINDS, Mutator.MUST_REFUSE);
        for (int i = 0; i < DOCUMENTS; i++) {
            Mutator.Document d = MUTATOR.mutate(seeds.get(r.nextInt(seeds.size())), r);
            // What is loaded must also be writable, as strict UTF-8.
            expectOnlyDocumentedFailures(tally, i, d, () -> writable(DatasetJson.write(DatasetJson.read(new ByteArrayInputStream(d.bytes()),
                    d.name(), Metrics.all(), big(d) ? BIG : LIMITS))));
        }
        report(tally);
    }

    @Test
    void hostileCsvTables_areRefusedWithLocatedProblems_neverCrashTheReader(@TempDir Path dir) throws IOException {
        Path csv = Path.of("../examples/src/main/resources/data/csv").toAbsolutePath().normalize();
        String units = Files.readString(csv.resolve("don-vi.csv"));
        String villages = Files.readString(csv.resolve("thon.csv"));
        String mapping = Files.readString(csv.resolve("cot.json"));
        Random r = new Random(SEED + 2);
        Tally tally = new Tally("CSV tables", CsvDamage.KINDS, CsvDamage.MUST_REFUSE);
        for (int i = 0; i < DOCUMENTS; i++) {
            boolean damageUnits = r.nextBoolean();
            Mutator.Document d = CsvDamage.damage(damageUnits ? units : villages, r);
            Files.write(dir.resolve("don-vi.csv"), damageUnits ? d.bytes() : units.getBytes(StandardCharsets.UTF_8));
            Files.write(dir.resolve("thon.csv"), damageUnits ? villages.getBytes(StandardCharsets.UTF_8) : d.bytes());
            Files.writeString(dir.resolve("cot.json"), mapping);
            expectOnlyDocumentedFailures(tally, i, d, () -> writable(DatasetJson.write(DatasetCsv.builder(java.time.LocalDate.of(2023, 1, 24)).metrics(Metrics.all())
                    .limits(LIMITS).units(dir.resolve("don-vi.csv")).observations(dir.resolve("thon.csv")).mapping(dir.resolve("cot.json"))
                    .read())));
        }
        report(tally);
    }

    @Test
    void hostileCsvMappings_areRefusedWithLocatedProblems_neverCrashTheReader(@TempDir Path dir) throws IOException {
        Path csv = Path.of("../examples/src/main/resources/data/csv").toAbsolutePath().normalize();
        List<String> seeds = seeds("examples/src/main/resources/data/csv/cot\\.json", "core/src/test/resources/format-samples/mapping-[^/]+\\.json");
        Files.copy(csv.resolve("don-vi.csv"), dir.resolve("don-vi.csv"));
        Files.copy(csv.resolve("thon.csv"), dir.resolve("thon.csv"));
        Random r = new Random(SEED + 3);
        Tally tally = new Tally("CSV mappings", Mutator.DOCUMENT_KINDS, Mutator.MUST_REFUSE);
        for (int i = 0; i < DOCUMENTS; i++) {
            Mutator.Document d = MUTATOR.mutate(seeds.get(r.nextInt(seeds.size())), r);
            Path mapping = Files.write(dir.resolve("cot." + (d.yaml() ? "yaml" : "json")), d.bytes());
            expectOnlyDocumentedFailures(tally, i, d, () -> writable(DatasetJson.write(DatasetCsv.builder(java.time.LocalDate.of(2023, 1, 24)).metrics(Metrics.all())
                    .limits(big(d) ? BIG : LIMITS).units(dir.resolve("don-vi.csv")).observations(dir.resolve("thon.csv")).mapping(mapping)
                    .read())));
            Files.delete(mapping);
        }
        report(tally);
    }

    @Test
    void hostileJsonReports_areRefusedWithLocatedProblems_neverCrashTheReader() throws IOException {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 6, 30);
        vn.smartvillage.rules.RulePack pack = vn.smartvillage.packs.RulePackRegistry.builder().vocabulary(Metrics.all())
                .add(vn.smartvillage.packs.PackSource.resource("/packs/family/national.json", HostileInputTest.class::getResourceAsStream))
                .build().resolve("test.national", day);
        String report;
        try (var in = HostileInputTest.class.getResourceAsStream("/report/sample.json")) {
            report = ReportText.json(vn.smartvillage.evaluation.Evaluator.create()
                    .evaluate(DatasetJson.read(in, "sample.json", Metrics.all(), ReadLimits.DEFAULTS), pack, day));
        }
        Random r = new Random(SEED + 4);
        // A report is JSON only: the YAML kind does not apply.
        java.util.Set<Mutator.Kind> kinds = java.util.EnumSet.copyOf(Mutator.DOCUMENT_KINDS);
        kinds.remove(Mutator.Kind.LONG_YAML_SCALAR);
        Tally tally = new Tally("JSON reports", kinds, Mutator.MUST_REFUSE);
        for (int i = 0; i < DOCUMENTS; i++) {
            Mutator.Document d;
            do {
                d = MUTATOR.mutate(report, r);
            } while (!kinds.contains(d.kind()));
            String text = new String(d.bytes(), StandardCharsets.UTF_8);
            // A damaged report that loads may differ only in layout: written again, it is the report as it was.
            String original = report;
            expectOnlyDocumentedFailures(tally, i, d, () -> assertThat(ReportText.json(
                    vn.smartvillage.report.ReportFormat.readJson(text, ReportText.registry(pack), LIMITS))).isEqualTo(original));
        }
        report(tally);
    }
}
