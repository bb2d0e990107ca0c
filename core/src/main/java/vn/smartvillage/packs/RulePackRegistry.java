package vn.smartvillage.packs;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apiguardian.api.API;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.format.PackDocument;
import vn.smartvillage.internal.format.PackReader;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.MetricCatalog;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.packs.testing.PackTestCase;
import vn.smartvillage.rules.EffectivePeriod;
import vn.smartvillage.rules.RulePack;

/**
 * The rule packs a system knows, each resolved over the pack it extends, and the choice of the version in
 * force on a date.
 *
 * <pre>{@code
 * RulePackRegistry registry = RulePackRegistry.builder()
 *         .discover()                               // packs shipped in jars (RulePackProvider), and their metrics
 *         .addDirectory(Path.of("packs"))           // packs a team keeps on disk
 *         .build();                                 // reads, resolves and checks them all
 * RulePack pack = registry.resolve("example.smart-village", LocalDate.of(2024, 6, 30));
 * Dataset data = DatasetJson.read(Path.of("data.json"), registry.metrics());
 * }</pre>
 *
 * <p><b>Vocabulary.</b> Packs name metrics they declare, and metrics of a <em>vocabulary</em> shared by
 * many packs, which they name without declaring them (a country's metrics, such as those
 * {@code smartvillage-criteria-vn} ships). The vocabulary is what the providers found by
 * {@link Builder#discover()} give ({@link RulePackProvider#vocabulary()}) and what
 * {@link Builder#vocabulary} adds; every document is read against all of it, and the resolved pack keeps
 * it ({@link RulePack#vocabulary()}). {@link #metrics()} is what a dataset for these packs may name.
 *
 * <p><b>Versions.</b> One pack id may have several versions, each with its effective dates; they may not
 * overlap. {@link #resolve(String, LocalDate)} takes the version whose period started last on or before
 * the date (like {@link java.util.TreeMap#floorEntry}). A date before the first version, or in a gap
 * between two versions, is an error, never a silent fallback. A date after the last version ended still
 * gives that version: the evaluator then warns that the pack is stale.
 *
 * <p><b>Inheritance.</b> A pack that {@code extends} another without naming a version extends the
 * parent's version in force on the child's first day; {@code "extends": "id@version"} pins one. The
 * resolved pack holds the parent's rules with the child's overrides and additions, and records where
 * each rule came from ({@link RulePack#origin}).
 *
 * <p>{@link Builder#build()} reads every source and reports every problem of every pack at once: syntax
 * (with line and column), unknown fields and metrics (with a "did you mean"), bad references, a
 * duplicate id and version (naming both sources), overlapping versions, missing parents and
 * {@code extends} cycles. A registry is immutable and safe to share between threads.
 */
@API(status = STABLE, since = "0.1")
public final class RulePackRegistry {

    /**
     * One resolved pack version, with its test cases and where it was read from.
     *
     * @param pack   the pack, resolved over the pack it extends
     * @param tests  the test cases its document carries, in its order; empty for a pack built in Java
     * @param source where it was read from
     */
    @API(status = STABLE, since = "0.1")
    public record Entry(RulePack pack, List<PackTestCase> tests, PackSource source) {
        /**
         * Checks the parts and copies the list.
         *
         * @param pack   the pack, resolved over the pack it extends; not null
         * @param tests  the test cases its document carries, in its order; not null, none null
         * @param source where the pack was read from, not null
         * @throws NullPointerException if a part, or a test case, is {@code null}
         */
        public Entry {
            Objects.requireNonNull(pack, "pack");
            tests = List.copyOf(tests);
            Objects.requireNonNull(source, "source");
        }
    }

    private final Map<String, TreeMap<LocalDate, Entry>> byId;
    private final List<Entry> entries;
    private final List<Metric<?>> metrics;

    private RulePackRegistry(Map<String, TreeMap<LocalDate, Entry>> byId, List<Metric<?>> vocabulary) {
        this.byId = byId;
        this.entries = byId.values().stream().flatMap(m -> m.values().stream()).toList();
        List<Metric<?>> all = new ArrayList<>(vocabulary);
        entries.forEach(e -> all.addAll(e.pack().vocabulary()));
        entries.forEach(e -> all.addAll(e.pack().metrics()));
        this.metrics = List.copyOf(MetricCatalog.of(all).values());
    }

    /** {@return an empty builder, which reads within {@link ReadLimits#DEFAULTS} unless told otherwise} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return every resolved pack, by id and then by first effective day; unmodifiable} */
    public List<RulePack> packs() {
        return entries.stream().map(Entry::pack).toList();
    }

    /** {@return every entry, by id and then by first effective day; unmodifiable} */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * {@return the metrics a dataset for these packs may name: the registry's vocabulary, then those of
     * the packs built in Java, then every metric a pack declares, by pack id and version; of each id the
     * first; unmodifiable}
     * Pass it to the dataset readers, such as {@code DatasetJson.read(file, registry.metrics())}. Two packs
     * may declare different metrics with one id; only the first is here, and a dataset for the other pack
     * is read with {@code pack.vocabulary()} and {@code pack.metrics()}.
     */
    public List<Metric<?>> metrics() {
        return metrics;
    }

    /** {@return the pack ids, sorted; unmodifiable} */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * {@return the versions of {@code id}, by first effective day, oldest first; empty if the id is unknown}
     *
     * @param id a pack id, such as {@code "example.smart-village"}; not null
     */
    public List<RulePack> versions(String id) {
        TreeMap<LocalDate, Entry> versions = byId.get(id);
        return versions == null ? List.of() : versions.values().stream().map(Entry::pack).toList();
    }

    /**
     * {@return the entry for version {@code version} of {@code id}, or empty if the registry has no such
     * version}
     *
     * @param id      a pack id, not null; an unknown id gives empty
     * @param version the version, not null, compared exactly as the pack names it (such as {@code "2021-2025"})
     */
    public Optional<Entry> entry(String id, String version) {
        TreeMap<LocalDate, Entry> versions = byId.get(id);
        return versions == null ? Optional.empty()
                : versions.values().stream().filter(e -> e.pack().version().equals(version)).findFirst();
    }

    /**
     * {@return version {@code version} of {@code id}, or empty if the registry has no such version}
     *
     * @param id      a pack id, not null; an unknown id gives empty
     * @param version the version, not null, compared exactly as the pack names it
     */
    public Optional<RulePack> pack(String id, String version) {
        return entry(id, version).map(Entry::pack);
    }

    /**
     * Returns the version of {@code id} in force on {@code asOf}; after the last version has ended, that
     * last version (an evaluation then warns that it is stale).
     *
     * @param id   a pack id, not null
     * @param asOf the date the pack must be in force on, not null
     * @return the version whose period started last on or before {@code asOf}
     * @throws SmartVillageException if the id is unknown (the message lists the known ids), or no version
     *                               covers {@code asOf} and a later one exists or none has started
     */
    public RulePack resolve(String id, LocalDate asOf) {
        return resolveEntry(id, asOf).pack();
    }

    /**
     * Returns the entry of the version of {@code id} in force on {@code asOf}; see {@link #resolve}.
     *
     * @param id   a pack id, not null
     * @param asOf the date the pack must be in force on, not null
     * @return the entry of the version whose period started last on or before {@code asOf}, with its test
     *         cases and source
     * @throws SmartVillageException if the id is unknown, or no version covers {@code asOf} and a later
     *                               one exists or none has started
     */
    public Entry resolveEntry(String id, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        TreeMap<LocalDate, Entry> versions = byId.get(Objects.requireNonNull(id, "id"));
        if (versions == null) {
            throw notInForce(id, "registry.pack.unknown", Suggestions.suggesting(id, byId.keySet(), "pack", id,
                    "known", String.join(", ", byId.keySet())));
        }
        Map.Entry<LocalDate, Entry> floor = versions.floorEntry(asOf);
        if (floor == null) {
            RulePack first = versions.firstEntry().getValue().pack();
            throw notInForce(id, "registry.pack.notYet", "pack", id, "date", asOf, "first", first.version(), "from", first.effective().from());
        }
        RulePack p = floor.getValue().pack();
        Map.Entry<LocalDate, Entry> next = versions.higherEntry(asOf);
        if (p.effective().endedBefore(asOf) && next != null) {
            RulePack n = next.getValue().pack();
            throw notInForce(id, "registry.pack.between", "pack", id, "date", asOf, "ended", p.version(), "end", p.effective().to().orElseThrow(),
                    "next", n.version(), "from", n.effective().from());
        }
        return floor.getValue();
    }

    private static SmartVillageException notInForce(String id, String code, Object... arguments) {
        return new SmartVillageException("no rule pack in force", List.of(Problem.of(code, Places.pack(id), arguments)));
    }

    /** Collects pack sources, then reads, resolves and checks them all; not thread-safe. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private final List<PackSource> sources = new ArrayList<>();
        /** The vocabulary, each metric with who gave it ("vocabulary(…)" or a provider), to name both of a clash. */
        private final List<Map.Entry<Metric<?>, String>> vocabulary = new ArrayList<>();
        private final List<Problem> early = new ArrayList<>();
        private ReadLimits limits = ReadLimits.DEFAULTS;

        private Builder() {
        }

        /**
         * Sets the limits every document is read within; {@link ReadLimits#DEFAULTS} unless set.
         *
         * @param limits the limits on each document and on chains of {@code extends}, applied by
         *               {@link #build()}; not null
         * @return this builder
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Adds metrics to the vocabulary: metrics every pack read from a document may name without declaring
         * them, such as a country's. {@link #discover()} adds those of the providers it finds; use this for
         * packs read from files or text whose metrics no provider gives.
         *
         * @param metrics the metrics, not null, none null; added to those given before. A metric given twice
         *                is kept once; two different metrics with one id are a problem that {@link #build()}
         *                reports
         * @return this builder
         */
        public Builder vocabulary(Collection<? extends Metric<?>> metrics) {
            metrics.forEach(m -> vocabulary.add(Map.entry(Objects.requireNonNull(m, "metric"), "vocabulary(…)")));
            return this;
        }

        /**
         * Adds a source.
         *
         * @param source where a pack comes from, not null; it is read by {@link #build()}
         * @return this builder
         */
        public Builder add(PackSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Adds a pack built in Java.
         *
         * @param pack the pack, not null; it extends no other, and has no test cases
         * @return this builder
         */
        public Builder add(RulePack pack) {
            return add(PackSource.of(pack));
        }

        /**
         * Adds the pack in {@code file} (JSON, or YAML for {@code .yaml}/{@code .yml}).
         *
         * @param file the pack document, not null; it is read by {@link #build()}, which reports a missing
         *             or unreadable file as a problem
         * @return this builder
         */
        public Builder addFile(Path file) {
            return add(PackSource.file(file));
        }

        /**
         * Adds every {@code .json}, {@code .yaml} and {@code .yml} file directly in {@code folder}, in name
         * order. Sub-folders are not read: keep test datasets there.
         *
         * @param folder the folder, not null; it is listed now, and one that cannot be listed (missing, or
         *               not a folder) is a problem that {@link #build()} reports
         * @return this builder
         */
        public Builder addDirectory(Path folder) {
            try (Stream<Path> files = Files.list(folder)) {
                // A pack file that is not a regular file (a FIFO, a device) is named, never skipped in silence.
                files.filter(f -> f.getFileName().toString().matches("(?i).*\\.(json|ya?ml)"))
                        .filter(f -> !Files.isDirectory(f))
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(this::addFile);
            } catch (IOException e) {
                early.add(Problem.of("registry.folder.unreadable", Places.document(folder.toString()), "message",
                        String.valueOf(e.getMessage())));
            } catch (UncheckedIOException e) {
                early.add(Problem.of("registry.folder.unreadable", Places.document(folder.toString()), "message",
                        String.valueOf(e.getCause().getMessage())));
            }
            return this;
        }

        /**
         * Adds the packs and the vocabulary of every {@link RulePackProvider} that
         * {@link ServiceLoader#load(Class)} finds: those visible to the current thread's context class loader
         * (in a plain application, the module path and the class path).
         *
         * <p>A provider that cannot be loaded, or whose {@link RulePackProvider#packs()} or
         * {@link RulePackProvider#vocabulary()} throws, is a problem that {@link #build()} reports.
         *
         * @return this builder
         */
        public Builder discover() {
            return discover(ServiceLoader.load(RulePackProvider.class));
        }

        /**
         * Adds the packs and the vocabulary of every {@link RulePackProvider} visible to {@code loader}, as
         * {@link ServiceLoader#load(Class, ClassLoader)} finds them.
         *
         * @param loader the class loader whose providers are found, not null ({@link #discover()} uses the current
         *               thread's context class loader)
         * @return this builder
         */
        public Builder discover(ClassLoader loader) {
            return discover(ServiceLoader.load(RulePackProvider.class, Objects.requireNonNull(loader, "loader")));
        }

        private Builder discover(ServiceLoader<RulePackProvider> loader) {
            // One provider that cannot be loaded, or that fails, is a problem of its own: the others are
            // still found (the service loader goes on after an error; a bound stops a loader that keeps
            // failing on the same entry).
            java.util.Iterator<RulePackProvider> it = loader.iterator();
            for (int errors = 0; errors < 100;) {
                RulePackProvider p;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    p = it.next();
                } catch (ServiceConfigurationError e) {
                    errors++;
                    early.add(Problem.of("registry.provider.unloadable", Places.provider(), "message",
                            String.valueOf(e.getMessage())));
                    continue;
                }
                List<PackSource> packs;
                List<Metric<?>> metrics;
                try {
                    packs = p.packs();
                    metrics = p.vocabulary();
                } catch (RuntimeException e) {
                    early.add(Problem.of("registry.provider.failed", Places.provider(p.getClass().getName()),
                            "error", String.valueOf(e)));
                    continue;
                }
                if (packs == null || packs.stream().anyMatch(java.util.Objects::isNull)) {
                    early.add(Problem.of("registry.provider.null", Places.provider(p.getClass().getName())));
                    continue;
                }
                if (metrics == null || metrics.stream().anyMatch(java.util.Objects::isNull)) {
                    early.add(Problem.of("registry.provider.vocabularyNull", Places.provider(p.getClass().getName())));
                    continue;
                }
                packs.forEach(this::add);
                String by = "provider " + p.getClass().getName();
                metrics.forEach(m -> vocabulary.add(Map.entry(m, by)));
            }
            return this;
        }

        /**
         * Reads, resolves and checks every pack.
         *
         * @return the registry of every pack added, each resolved over the pack it extends
         * @throws SmartVillageException listing every problem of every pack, and those found while adding
         *                                  (a folder not listed, a provider that failed)
         */
        public RulePackRegistry build() {
            List<Problem> problems = new ArrayList<>(early);
            List<Metric<?>> given = vocabulary(problems);
            List<Candidate> candidates = new ArrayList<>();
            for (PackSource s : sources) {
                try {
                    candidates.add(s.built().map(p -> new Candidate(s, null, p))
                            .orElseGet(() -> new Candidate(s, RulePackJson.parse(s, limits), null)));
                } catch (SmartVillageException e) {
                    problems.addAll(e.problems());
                }
            }
            Map<String, List<Candidate>> byId = new TreeMap<>();
            Map<String, Candidate> byVersion = new HashMap<>();
            for (Candidate c : candidates) {
                Candidate earlier = byVersion.putIfAbsent(c.ref(), c);
                if (earlier != null) {
                    problems.add(Problem.of("registry.pack.twice", c.at(), "pack", c.ref(), "first", earlier.source.name(),
                            "second", c.source.name()));
                    continue;
                }
                byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
            }
            byId.values().forEach(list -> list.sort(Comparator.comparing((Candidate c) -> c.effective().from())));
            for (List<Candidate> versions : byId.values()) {
                for (int i = 1; i < versions.size(); i++) {
                    Candidate a = versions.get(i - 1);
                    Candidate b = versions.get(i);
                    if (a.effective().to().filter(end -> end.isBefore(b.effective().from())).isEmpty()) {
                        problems.add(Problem.of("registry.pack.overlap", b.at(), "period", String.valueOf(b.effective()), "other", a.ref(),
                                "otherPeriod", String.valueOf(a.effective())));
                    }
                }
            }
            Resolver resolver = new Resolver(byId, given, limits, problems);
            Map<String, TreeMap<LocalDate, Entry>> resolved = new TreeMap<>();
            for (List<Candidate> versions : byId.values()) {
                for (Candidate c : versions) {
                    resolver.resolve(c, new ArrayList<>()).ifPresent(e -> resolved.computeIfAbsent(c.id(), k -> new TreeMap<>())
                            .put(c.effective().from(), e));
                }
            }
            if (!problems.isEmpty()) {
                throw new SmartVillageException(Strings.problemsSummary("the rule packs have", problems.size()), problems);
            }
            return new RulePackRegistry(Collections.unmodifiableMap(resolved), given);
        }

        /** The vocabulary, one metric per id, in the order given; two different metrics with one id are a problem. */
        private List<Metric<?>> vocabulary(List<Problem> problems) {
            Map<String, Map.Entry<Metric<?>, String>> byId = new LinkedHashMap<>();
            for (Map.Entry<Metric<?>, String> e : vocabulary) {
                Map.Entry<Metric<?>, String> earlier = byId.putIfAbsent(e.getKey().id(), e);
                if (earlier != null && !earlier.getKey().equals(e.getKey())) {
                    String id = e.getKey().id();
                    problems.add(Problem.of("registry.vocabulary.clash", Places.vocabularyMetric(id), "id", id,
                            "first", earlier.getValue(), "second", e.getValue()));
                }
            }
            return byId.values().stream().<Metric<?>>map(Map.Entry::getKey).toList();
        }
    }

    /** A pack before resolution: a document, or a pack built in Java. */
    private record Candidate(PackSource source, PackDocument document, RulePack built) {
        String id() {
            return document != null ? document.id() : built.id();
        }

        String version() {
            return document != null ? document.version() : built.version();
        }

        String ref() {
            return id() + "@" + version();
        }

        /** Where the candidate's own problems are: its id and version. */
        Location at() {
            return Places.packVersion(id(), version());
        }

        EffectivePeriod effective() {
            return document != null ? document.effective() : built.effective();
        }
    }

    /** Resolves candidates over their parents, once each, finding missing parents and cycles. */
    private static final class Resolver {
        private final Map<String, List<Candidate>> byId;
        private final List<Metric<?>> vocabulary;
        private final ReadLimits limits;
        private final List<Problem> problems;
        private final Map<String, Optional<Entry>> done = new HashMap<>();
        private final java.util.Set<String> cyclic = new java.util.HashSet<>();

        Resolver(Map<String, List<Candidate>> byId, List<Metric<?>> vocabulary, ReadLimits limits, List<Problem> problems) {
            this.byId = byId;
            this.vocabulary = vocabulary;
            this.limits = limits;
            this.problems = problems;
        }

        Optional<Entry> resolve(Candidate c, List<String> path) {
            Optional<Entry> known = done.get(c.ref());
            if (known != null) {
                return known;
            }
            if (path.contains(c.ref())) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(c.ref()), path.size()));
                cyclic.addAll(cycle);
                cycle.add(c.ref());
                String shown = String.join(" → ", cycle);
                problems.add(Problem.of("registry.extends.cycle", c.at(), "cycle", shown));
                return Optional.empty();
            }
            Optional<Entry> out = compute(c, path);
            // A cycle is reported once; the packs on it resolve to nothing without further reports.
            done.put(c.ref(), out);
            return out;
        }

        private Optional<Entry> compute(Candidate c, List<String> path) {
            if (c.built() != null) {
                return Optional.of(new Entry(c.built(), List.of(), c.source()));
            }
            PackDocument doc = c.document();
            RulePack parent = null;
            if (doc.extendsId().isPresent()) {
                Optional<Candidate> p = parentOf(doc);
                if (p.isEmpty()) {
                    return Optional.empty();
                }
                if (path.size() + 1 >= limits.maxExtendsDepth()) {
                    // Refused before descending further, so that a chain of 20,000 packs costs the stack
                    // what 32 cost; the packs below it in the chain are not reported again.
                    List<String> chain = new ArrayList<>(path);
                    chain.add(c.ref());
                    chain.add(p.get().ref());
                    problems.add(tooLong(c.at(), chain, " …"));
                    cyclic.addAll(chain.subList(0, chain.size() - 1));
                    return Optional.empty();
                }
                path.add(c.ref());
                Optional<Entry> pe = resolve(p.get(), path);
                path.remove(path.size() - 1);
                if (pe.isEmpty()) {
                    if (!cyclic.contains(p.get().ref())) {
                        problems.add(Problem.of("registry.extends.parentBroken", c.at(), "parent", p.get().ref()));
                    }
                    return Optional.empty();
                }
                parent = pe.get().pack();
                if (parent.lineage().size() + 1 > limits.maxExtendsDepth()) {
                    List<String> chain = new ArrayList<>();
                    chain.add(c.ref());
                    chain.addAll(parent.lineage());
                    problems.add(tooLong(c.at(), chain, ""));
                    return Optional.empty();
                }
            }
            try {
                RulePack pack = PackReader.resolve(doc, parent, vocabulary, limits);
                return Optional.of(new Entry(pack, tests(doc, c.source(), pack), c.source()));
            } catch (SmartVillageException e) {
                problems.addAll(e.problems());
                return Optional.empty();
            }
        }

        /**
         * Reads the test cases of {@code doc}, resolved as {@code pack}.
         *
         * @throws SmartVillageException listing every problem of the test cases and their datasets
         */
        private List<PackTestCase> tests(PackDocument doc, PackSource source, RulePack pack) {
            Diagnostics diagnostics = new Diagnostics();
            List<Problem> found = new ArrayList<>();
            PackTestReader reader = new PackTestReader(source, pack, limits, doc.where(), found);
            List<PackTestCase> tests = new ArrayList<>();
            for (Cursor t : doc.tests(diagnostics)) {
                reader.read(t).ifPresent(tests::add);
            }
            if (!diagnostics.isEmpty() || !found.isEmpty()) {
                List<Problem> all = new ArrayList<>(diagnostics.toProblems(doc.where()));
                all.addAll(found);
                throw RulePackJson.invalid(doc.id(), all);
            }
            return List.copyOf(tests);
        }

        private Problem tooLong(Location at, List<String> chain, String more) {
            String shown = (chain.size() <= 6 ? String.join(" → ", chain)
                    : String.join(" → ", chain.subList(0, 3)) + " → … → " + String.join(" → ", chain.subList(chain.size() - 2, chain.size())))
                    + more;
            return Problem.of("registry.extends.tooLong", at, "max", limits.maxExtendsDepth(), "chain", shown);
        }

        private Optional<Candidate> parentOf(PackDocument doc) {
            String pid = doc.extendsId().orElseThrow();
            List<Candidate> versions = byId.get(pid);
            Location where = Places.pointer(doc.where(), "/extends");
            if (versions == null) {
                problems.add(Problem.of("registry.extends.missing", where, Suggestions.suggesting(pid, byId.keySet(), "parent", pid)));
                return Optional.empty();
            }
            if (doc.extendsVersion().isPresent()) {
                String v = doc.extendsVersion().get();
                Optional<Candidate> pinned = versions.stream().filter(x -> x.version().equals(v)).findFirst();
                if (pinned.isEmpty()) {
                    problems.add(Problem.of("registry.extends.version", where, "parent", pid, "version", v,
                            "versions", String.join(", ", versions.stream().map(Candidate::version).toList())));
                }
                return pinned;
            }
            LocalDate day = doc.effective().from();
            Optional<Candidate> inForce = versions.stream().filter(x -> x.effective().contains(day)).findFirst();
            if (inForce.isEmpty()) {
                problems.add(Problem.of("registry.extends.notInForce", where, "parent", pid, "date", day,
                        "example", pid + "@" + versions.get(0).version()));
            }
            return inForce;
        }
    }
}
