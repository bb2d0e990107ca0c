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
import vn.smartvillage.io.DatasetCsv;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.metric.Metrics;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackRegistry;

/**
 * Hostile documents for the pack, dataset and CSV loaders: truncated, deeply nested, huge, wrong-typed,
 * duplicated keys, non-NFC text, invalid UTF-8, numbers out of range, corrupted bytes, damaged YAML.
 * Only the library's documented exceptions ({@link SmartVillageException} and its subclasses) may
 * escape, each with every problem located; never a NullPointerException, ClassCastException,
 * StackOverflowError or OutOfMemoryError.
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
    static final Mutator MUTATOR = new Mutator(30_000, 400);

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
        final Map<Mutator.Kind, int[]> byKind = new EnumMap<>(Mutator.Kind.class);

        Tally(String loader) {
            this.loader = loader;
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

    /** Runs one hostile document; fails the test with the seed, index and kind on anything but the documented outcome. */
    static void expectOnlyDocumentedFailures(Tally tally, int i, Mutator.Document d, ThrowingRunnable load) {
        try {
            load.run();
            tally.count(d.kind(), false);
        } catch (SmartVillageException e) {
            assertThat(e.problems()).as("document %d (%s): problems", i, d.kind()).isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.location()).as("document %d (%s): location", i, d.kind()).isNotBlank();
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
        assertThat(tally.byKind.keySet()).as("every kind of damage was tried").hasSize(Mutator.Kind.values().length);
    }

    @Test
    void hostilePacks_areRefusedWithLocatedProblems_neverCrashTheLoader(@TempDir Path dir) throws IOException {
        List<String> seeds = seeds("core/src/test/resources/pack-corpus/valid/.*\\.json", "core/src/test/resources/packs/family/.*\\.json",
                "criteria-vn/src/main/resources/.*/packs/[^/]+\\.json", "examples/src/main/resources/packs/[^/]+\\.json");
        Random r = new Random(SEED);
        Tally tally = new Tally("rule packs");
        for (int i = 0; i < DOCUMENTS; i++) {
            Mutator.Document d = MUTATOR.mutate(seeds.get(r.nextInt(seeds.size())), r);
            Path file = dir.resolve(d.name());
            Files.write(file, d.bytes());
            expectOnlyDocumentedFailures(tally, i, d, () -> RulePackRegistry.builder().limits(LIMITS).add(PackSource.file(file)).build());
        }
        report(tally);
    }

    @Test
    void hostileDatasets_areRefusedWithLocatedProblems_neverCrashTheLoader() throws IOException {
        List<String> seeds = seeds("examples/src/main/resources/data/[^/]+\\.json", "criteria-vn/src/main/resources/.*/packs/data/[^/]+\\.json",
                "core/src/test/resources/packs/family/cases/[^/]+\\.json");
        Random r = new Random(SEED + 1);
        Tally tally = new Tally("JSON datasets");
        for (int i = 0; i < DOCUMENTS; i++) {
            Mutator.Document d = MUTATOR.mutate(seeds.get(r.nextInt(seeds.size())), r);
            expectOnlyDocumentedFailures(tally, i, d, () -> DatasetJson.read(new ByteArrayInputStream(d.bytes()), d.name(),
                    Metrics.catalog(List.of()).values(), LIMITS));
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
        Tally tally = new Tally("CSV tables");
        for (int i = 0; i < DOCUMENTS; i++) {
            boolean damageUnits = r.nextBoolean();
            Mutator.Document d = CsvDamage.damage(damageUnits ? units : villages, r);
            Files.write(dir.resolve("don-vi.csv"), damageUnits ? d.bytes() : units.getBytes(StandardCharsets.UTF_8));
            Files.write(dir.resolve("thon.csv"), damageUnits ? villages.getBytes(StandardCharsets.UTF_8) : d.bytes());
            Files.writeString(dir.resolve("cot.json"), mapping);
            expectOnlyDocumentedFailures(tally, i, d, () -> DatasetCsv.builder(java.time.LocalDate.of(2023, 1, 24)).limits(LIMITS)
                    .units(dir.resolve("don-vi.csv")).observations(dir.resolve("thon.csv")).mapping(dir.resolve("cot.json")).read());
        }
        report(tally);
    }
}
