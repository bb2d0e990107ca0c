package vn.smartvillage.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.apiguardian.api.API;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import vn.smartvillage.internal.json.Node;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.data.HouseholdFacts;
import vn.smartvillage.internal.SafeFiles;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.JsonFormats;
import vn.smartvillage.internal.json.MetricCatalog;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.origin.Origins;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.OrganisationKind;

/**
 * Imports the CSV tables provinces keep: a table of units, tables of figures (one row per unit, one
 * column per metric), tables of households (one row per household, one column per fact) and a table of
 * organisations.
 *
 * <pre>{@code
 * Dataset data = DatasetCsv.builder(LocalDate.of(2024, 6, 30))
 *         .units(Path.of("don-vi.csv"))                 // id, parent, level, name
 *         .observations(Path.of("thon.csv"))            // id, then one column per metric
 *         .households(Path.of("ho.csv"))                // village, then one column per household fact
 *         .mapping(Path.of("cot.json"))                 // "Số hộ có cáp quang" → households.fibre
 *         .metrics(registry.metrics())                  // the metrics the columns may name
 *         .read();
 * }</pre>
 *
 * <p>Columns are matched by header: a mapping names the role or metric of a header that is neither, such
 * as a Vietnamese one. Files are UTF-8 with or without a byte-order mark, separated by {@code ;},
 * {@code ,} or a tab (found from the header line, or set). An empty cell is missing, never zero or "no". Counts
 * may group thousands ({@code 1.100}); decimals and percentages may use a decimal comma ({@code 27,5}).
 * Household tables are read row by row, never held whole, with progress reported to a listener.
 *
 * <p>{@link Builder#read()} reports every problem at once, each with file, row, column, value and
 * reason, and builds nothing unless all is well.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DatasetCsv {

    /** The roles a column can have besides a metric. */
    static final Set<String> ROLES = Set.of("id", "parent", "level", "name", "code", "village", "kind", "unit");

    private static final long PROGRESS_EVERY = 100_000;

    private DatasetCsv() {
    }

    /**
     * {@return a builder for a dataset whose figures describe the situation on {@code asOf}}
     *
     * @param asOf the date the figures describe, such as the end of a reporting period; not null
     */
    public static Builder builder(LocalDate asOf) {
        return new Builder(asOf);
    }

    /**
     * How far the reading of one table has come, as a listener is told it (see {@link Builder#listener}):
     * every 100,000 rows of a table and when a table is done; a CLI shows it as a bar.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Progress {
        private final String file;
        private final long rows;
        private final long bytesRead;
        private final long totalBytes;

        /** {@code totalBytes} is -1 when the size is not known. */
        Progress(String file, long rows, long bytesRead, long totalBytes) {
            this.file = Objects.requireNonNull(file, "file");
            this.rows = rows;
            this.bytesRead = bytesRead;
            this.totalBytes = totalBytes;
        }

        /** {@return the table's name} */
        public String file() {
            return file;
        }

        /** {@return the data rows read so far} */
        public long rows() {
            return rows;
        }

        /** {@return the bytes read so far} */
        public long bytesRead() {
            return bytesRead;
        }

        /** {@return the table's size in bytes, or empty when it is not known (a stream)} */
        public OptionalLong totalBytes() {
            return totalBytes < 0 ? OptionalLong.empty() : OptionalLong.of(totalBytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Progress p && file.equals(p.file) && rows == p.rows && bytesRead == p.bytesRead
                    && totalBytes == p.totalBytes;
        }

        @Override
        public int hashCode() {
            return ((file.hashCode() * 31 + Long.hashCode(rows)) * 31 + Long.hashCode(bytesRead)) * 31 + Long.hashCode(totalBytes);
        }

        /** Returns the progress as a record would, such as {@code Progress[file=units.csv, rows=3, bytesRead=95, totalBytes=95]}. */
        @Override
        public String toString() {
            return "Progress[file=" + file + ", rows=" + rows + ", bytesRead=" + bytesRead + ", totalBytes="
                    + (totalBytes < 0 ? "unknown" : Long.toString(totalBytes)) + "]";
        }
    }

    private enum Kind {
        UNITS, OBSERVATIONS, HOUSEHOLDS, ORGANISATIONS,
        /** Found from the header row when the tables are read: see {@link Builder#table(Path)}. */
        FROM_HEADER
    }

    private record Table(Kind kind, String name, Callable<InputStream> opener, long size, String source) {
    }

    /** What a column holds: a role, or a metric (perhaps as a percentage of another). */
    private record Target(String role, Metric<?> metric, Metric<Long> percentOf) {
    }

    private record PendingPercent(String unitId, Metric<?> metric, Metric<Long> whole, BigDecimal percent, Location origin,
            String cell, String source) {
    }

    /** Collects the tables and the column mapping, then reads them all; not thread-safe. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private final LocalDate asOf;
        private final List<Table> tables = new ArrayList<>();
        private final Map<String, Object> mapping = new LinkedHashMap<>();
        private final Map<String, String> mappedHeaders = new HashMap<>();
        private final List<String[]> twiceMapped = new ArrayList<>();
        private final List<Path> mappingFiles = new ArrayList<>();
        private final List<Metric<?>> extra = new ArrayList<>();
        private Consumer<Progress> listener = p -> { };
        private Character separator;
        private ReadLimits limits = ReadLimits.DEFAULTS;
        private int maxProblems = 1000;

        private Builder(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        /**
         * Adds a table of units: columns {@code id}, {@code parent}, {@code level}, {@code name}.
         *
         * @param file the table, not null; it is read by {@link #read()}, which reports a file that cannot be
         *             read as a problem
         * @return this builder
         */
        public Builder units(Path file) {
            return add(Kind.UNITS, file, null);
        }

        /**
         * Adds a table of figures: a column {@code id} (the unit), and one column per metric.
         *
         * @param file the table, not null; it is read by {@link #read()}, which reports a file that cannot be
         *             read as a problem
         * @return this builder
         */
        public Builder observations(Path file) {
            return add(Kind.OBSERVATIONS, file, null);
        }

        /**
         * Adds a table of figures that all come from {@code source} (a report, a survey).
         *
         * @param file   the table, not null; it is read by {@link #read()}
         * @param source where every figure in the table comes from, such as a report's title, kept as each
         *               figure's {@linkplain Dataset#source source}; not null and not blank
         * @return this builder
         */
        public Builder observations(Path file, String source) {
            if (Objects.requireNonNull(source, "source").isBlank()) {
                throw new IllegalArgumentException("a source says where the figures come from, such as a report; it cannot be blank");
            }
            return add(Kind.OBSERVATIONS, file, source);
        }

        /**
         * Adds a table of households: a column {@code village}, and one column per household metric.
         *
         * @param file the table, not null; it is read row by row by {@link #read()}, which reports a file that
         *             cannot be read as a problem
         * @return this builder
         */
        public Builder households(Path file) {
            return add(Kind.HOUSEHOLDS, file, null);
        }

        /**
         * Adds a table of households read from {@code opener} (called once by each {@link #read()}), named
         * {@code name} in problems and progress.
         *
         * @param name   the table's name in problems and progress, such as {@code "ho.csv"}; not null
         * @param opener opens the table's bytes, which {@link #read()} closes; not null. An exception it
         *               throws is reported as a problem of the table; its size is not known
         * @return this builder
         */
        public Builder households(String name, Callable<InputStream> opener) {
            tables.add(new Table(Kind.HOUSEHOLDS, Objects.requireNonNull(name, "name"), Objects.requireNonNull(opener, "opener"), -1, null));
            return this;
        }

        /**
         * Adds a table of organisations: columns {@code id}, {@code name}, {@code kind}, {@code unit}.
         *
         * @param file the table, not null; it is read by {@link #read()}, which reports a file that cannot be
         *             read as a problem
         * @return this builder
         */
        public Builder organisations(Path file) {
            return add(Kind.ORGANISATIONS, file, null);
        }

        /**
         * Adds a table whose kind is found from its header row, read through the mapping: a column of role
         * {@code level} makes it a table of units, else one of role {@code kind} a table of organisations, else
         * one of role {@code village} a table of households, and any other a table of figures. A folder of
         * tables can so be read without saying which file is which.
         *
         * @param file the table, not null; it is read by {@link #read()} (its header row twice: once to find its
         *             kind, once with the rows), which reports a file that cannot be read as a problem
         * @return this builder
         */
        public Builder table(Path file) {
            return add(Kind.FROM_HEADER, file, null);
        }

        /**
         * Adds a table read from {@code opener}, named {@code name} in problems and progress, whose kind is
         * found from its header row as {@link #table(Path)} says: such as a sheet of a workbook that another
         * library turns into CSV, or a table kept in an archive.
         *
         * @param name   the table's name in problems and progress, such as {@code "so-lieu.xlsx [Hộ]"}; not null
         * @param opener opens the table's bytes, which {@link #read()} closes; not null. It is called twice by
         *               each {@link #read()} (once for the header row, once for the rows), so it must give the
         *               same bytes each time; an exception it throws is reported as a problem of the table
         * @return this builder
         */
        public Builder table(String name, Callable<InputStream> opener) {
            tables.add(new Table(Kind.FROM_HEADER, Objects.requireNonNull(name, "name"), Objects.requireNonNull(opener, "opener"), -1, null));
            return this;
        }

        private Builder add(Kind kind, Path file, String source) {
            Objects.requireNonNull(file, "file");
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = -1;
            }
            tables.add(new Table(kind, String.valueOf(file.getFileName()), () -> SafeFiles.open(file), size, source));
            return this;
        }

        /**
         * Says what the column headed {@code header} holds: a role ({@code id}, {@code parent},
         * {@code level}, {@code name}, {@code village}, {@code kind}, {@code unit}) or a metric id.
         *
         * @param header       the column's header, matched without regard to case, surrounding spaces or
         *                     Unicode form; not null. A header mapped twice is a problem that {@link #read()} reports
         * @param roleOrMetric a role or a metric id, not null; an unknown one is a problem that {@link #read()}
         *                     reports
         * @return this builder
         */
        public Builder column(String header, String roleOrMetric) {
            map(header, Objects.requireNonNull(roleOrMetric, "roleOrMetric"));
            return this;
        }

        /** Maps a header once: a second header that matches the same column is reported when the tables are read. */
        private void map(String header, Object target) {
            String key = CsvValues.key(header);
            String earlier = mappedHeaders.putIfAbsent(key, header);
            if (earlier != null) {
                twiceMapped.add(new String[] {header, earlier});
                return;
            }
            mapping.put(key, target);
        }

        /**
         * Says that the column headed {@code header} holds {@code metricId} as a percentage of the unit's
         * {@code wholeMetricId} ("Tỷ lệ hộ có cáp quang (%)" of households); the count must come out whole.
         *
         * @param header        the column's header, matched as by {@link #column}; not null
         * @param metricId      the count the percentage is turned into, not null
         * @param wholeMetricId the count it is a percentage of, which the unit must carry in a table of figures;
         *                      not null. Either id unknown, or not a count, is a problem that {@link #read()} reports
         * @return this builder
         */
        public Builder percentColumn(String header, String metricId, String wholeMetricId) {
            map(header, new String[] {Objects.requireNonNull(metricId, "metricId"), Objects.requireNonNull(wholeMetricId, "wholeMetricId")});
            return this;
        }

        /**
         * Reads a mapping file (JSON, or YAML by its name): {@code {"columns": {"Số hộ có cáp quang":
         * "households.fibre", "Tỷ lệ (%)": {"metric": "households.fibre", "percentOf": "households"}}}}.
         *
         * @param file the mapping file, not null; it is read by {@link #read()}, within the {@link #limits}, and
         *             each of its problems (a header mapped twice, an unknown metric) is reported there
         * @return this builder
         */
        public Builder mapping(Path file) {
            mappingFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Lets the tables and mappings name these metrics, such as those of the packs the data is for
         * ({@code registry.metrics()}); without them, a column can only hold a role.
         *
         * @param metrics the metrics, not null; added to those of earlier calls (of two with one id, the first
         *                is meant)
         * @return this builder
         */
        public Builder metrics(Collection<? extends Metric<?>> metrics) {
            extra.addAll(metrics);
            return this;
        }

        /**
         * Sets the listener told of progress: every 100,000 rows of a table and when a table is done.
         *
         * @param listener told of progress, on the thread that calls {@link #read()}, and should return quickly;
         *                 not null. It replaces an earlier listener; by default progress is not told
         * @return this builder
         */
        public Builder listener(Consumer<Progress> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets the separator instead of finding it from each header line.
         *
         * @param separator {@code ;}, {@code ,} or a tab, used for every table
         * @return this builder
         * @throws IllegalArgumentException if {@code separator} is another character
         */
        public Builder separator(char separator) {
            if (separator != ';' && separator != ',' && separator != '\t') {
                throw new IllegalArgumentException("the separator is ';', ',' or a tab");
            }
            this.separator = separator;
            return this;
        }

        /**
         * Sets the limits (cell length, units and households) the tables are read within.
         *
         * @param limits the limits, not null: a cell is at most {@link ReadLimits#maxStringLength()} characters,
         *               all the tables together hold at most {@link ReadLimits#maxUnits()} data rows, and each
         *               mapping file is read within every limit; {@link ReadLimits#DEFAULTS} unless set
         * @return this builder
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets how many problems are listed before the rest are only counted; 1,000 by default.
         *
         * @param max how many problems {@link #read()} lists, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code max} is below 1
         */
        public Builder maxProblems(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxProblems is at least 1");
            }
            this.maxProblems = max;
            return this;
        }

        /**
         * Reads every table and builds the dataset.
         *
         * <p>The mapping files are read first, then the tables of units, organisations, figures and households,
         * each kind in the order added. The builder is left as it was, so it can read again.
         *
         * @return the dataset, checked as {@link DatasetBuilder#build()} checks one
         * @throws SmartVillageException listing every problem (the first {@code maxProblems}, then a count)
         */
        public Dataset read() {
            return new Reading(this).run();
        }
    }

    /** One import; holds the state of the read so the builder stays reusable. */
    private static final class Reading {
        private final Builder config;
        private final Map<String, Metric<?>> metrics;
        private final Map<String, Target> columns = new HashMap<>();
        /** Where each mapped header was mapped: "mapping" (in Java) or a mapping file's name. */
        private final Map<String, String> columnSource = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private long dropped;
        private long units;
        private final DatasetBuilder b;
        /** How the import tells the dataset where each unit, figure and household was read. */
        private final Origins.DatasetOrigins<DatasetBuilder, HouseholdFacts> origins;
        private final Map<String, Long> counts = new HashMap<>();
        private final List<PendingPercent> percents = new ArrayList<>();

        Reading(Builder config) {
            this.config = config;
            this.metrics = MetricCatalog.of(config.extra);
            this.b = Dataset.builder(config.asOf);
            this.origins = Origins.dataset();
        }

        Dataset run() {
            config.mapping.forEach((key, target) -> columns.put(key, target(target, null, config.mappedHeaders.get(key))));
            config.mappedHeaders.forEach((key, header) -> columnSource.put(key, "mapping"));
            for (String[] twice : config.twiceMapped) {
                problem(Problem.of("csv.mapping.sameHeader", Places.mapping(), "header", twice[0], "earlier", twice[1]));
            }
            config.mappingFiles.forEach(this::readMapping);
            List<Table> tables = config.tables.stream().map(this::kindFound).toList();
            List<Kind> order = List.of(Kind.UNITS, Kind.ORGANISATIONS, Kind.OBSERVATIONS, Kind.HOUSEHOLDS);
            for (Kind kind : order) {
                for (Table t : tables) {
                    if (t.kind() == kind) {
                        read(t);
                    }
                }
            }
            resolvePercents();
            // The dataset's own checks (unknown parents, duplicate ids, parts above wholes) run even when
            // cells were refused, so that every problem is listed at once; a refused cell is simply absent.
            Dataset dataset = null;
            try {
                dataset = b.build();
            } catch (SmartVillageException e) {
                e.problems().forEach(this::problem);
            }
            if (!problems.isEmpty() || dropped > 0) {
                throw failure();
            }
            return dataset;
        }

        private SmartVillageException failure() {
            List<Problem> all = new ArrayList<>(problems);
            if (dropped > 0) {
                all.add(Problem.of("csv.unlisted", Places.rest(), "count", dropped));
            }
            return invalid(all);
        }

        private void problem(Problem p) {
            if (problems.size() < config.maxProblems) {
                problems.add(p);
            } else {
                dropped++;
            }
        }

        private void problem(Location where, String code, Object... arguments) {
            problem(Problem.of(code, where, arguments));
        }

        // ---- mapping -----------------------------------------------------------------------------

        private void readMapping(Path file) {
            String name = String.valueOf(file.getFileName());
            Location document = Places.document(name);
            Node tree;
            try (InputStream in = SafeFiles.open(file)) {
                tree = JsonFormats.read(in, JsonFormats.Syntax.of(name), config.limits);
            } catch (SafeFiles.Refused e) {
                problem(DatasetJson.notRead(document, e));
                return;
            } catch (IOException e) {
                problem(DatasetJson.unreadable(document, e));
                return;
            } catch (JsonFormats.SyntaxError e) {
                problem(e.problem(document));
                return;
            }
            Diagnostics d = new Diagnostics();
            Cursor root = Cursor.root(tree, d);
            if (tree instanceof Node.NullNode) {
                root.refuse("csv.mapping.empty");
            }
            if (root.object(Set.of("$schema", "columns")) && root.get("columns").required()) {
                root.get("$schema").string();
                Cursor cols = root.get("columns");
                if (cols.object(Set.copyOf(cols.fieldNames()))) {
                    Map<String, String> seen = new HashMap<>();
                    for (String header : cols.fieldNames()) {
                        Cursor c = cols.get(header);
                        // Headers are matched without case and in NFC: two that match the same column would
                        // have one silently win, in one file or across the mappings.
                        String key = CsvValues.key(header);
                        String earlier = seen.putIfAbsent(key, header);
                        if (earlier != null) {
                            c.refuse("csv.mapping.sameHeader", "header", header, "earlier", earlier);
                            continue;
                        }
                        String other = columnSource.putIfAbsent(key, name);
                        if (other != null) {
                            c.refuse("csv.mapping.mappedElsewhere", "header", header, "other", other);
                            continue;
                        }
                        if (c.isObject()) {
                            c.object(Set.of("metric", "percentOf"));
                            Optional<String> metric = c.get("metric").requiredString();
                            Optional<String> whole = c.get("percentOf").requiredString();
                            if (metric.isPresent() && whole.isPresent()) {
                                columns.put(CsvValues.key(header), target(new String[] {metric.get(), whole.get()}, c, header));
                            }
                        } else {
                            c.requiredString().ifPresent(t -> columns.put(CsvValues.key(header), target(t, c, header)));
                        }
                    }
                }
            }
            d.toProblems(document).forEach(this::problem);
        }

        /** Resolves a mapping target; a problem goes to {@code at} (a mapping file) or to the mapping itself. */
        private Target target(Object target, Cursor at, String header) {
            if (target instanceof String s) {
                if (ROLES.contains(s)) {
                    return new Target(s, null, null);
                }
                Metric<?> m = metrics.get(s);
                if (m == null) {
                    unknownMapped(at, header, s);
                }
                return m == null ? null : new Target(null, m, null);
            }
            String[] pair = (String[]) target;
            Metric<?> m = metrics.get(pair[0]);
            Metric<?> whole = metrics.get(pair[1]);
            if (m == null || whole == null) {
                unknownMapped(at, header, m == null ? pair[0] : pair[1]);
                return null;
            }
            if (m.type() != ValueType.COUNT || whole.type() != ValueType.COUNT) {
                Location where = at != null ? Places.pointer(Places.mapping(), at.pointer())
                        : Places.column(Places.mapping(), header);
                problem(where, "csv.mapping.percentOfCount");
                return null;
            }
            @SuppressWarnings("unchecked")
            Metric<Long> w = (Metric<Long>) whole;
            return new Target(null, m, w);
        }

        private void unknownMapped(Cursor at, String header, String id) {
            Object[] arguments = Suggestions.suggesting(id, metrics.keySet(), "header", header, "metric", id);
            if (at != null) {
                at.refuse("csv.mapping.unknownMetric", arguments);
            } else {
                problem(Places.mapping(), "csv.mapping.unknownMetric", arguments);
            }
        }

        // ---- tables ------------------------------------------------------------------------------

        /**
         * The table with its kind found from its header row when it was added as {@link Kind#FROM_HEADER}. A
         * table whose header cannot be read is taken as one of figures: reading it then reports why.
         */
        private Table kindFound(Table t) {
            if (t.kind() != Kind.FROM_HEADER) {
                return t;
            }
            Set<String> roles = new HashSet<>();
            try (InputStream in = t.opener().call();
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
                skipBom(reader);
                char sep = config.separator != null ? config.separator : detect(reader);
                CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(sep).quoteCharacter('"')
                        .commentStrategy(CommentStrategy.NONE).skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                        .maxBufferSize(Math.max(config.limits.maxStringLength(), 1 << 16)).ofCsvRecord(reader);
                try (csv) {
                    var rows = csv.iterator();
                    if (rows.hasNext()) {
                        for (String name : rows.next().getFields()) {
                            String key = CsvValues.key(name);
                            Target target = columns.get(key);
                            String role = target != null ? target.role() : ROLES.contains(key) ? key : null;
                            if (role != null) {
                                roles.add(role);
                            }
                        }
                    }
                }
            } catch (Exception e) {
                // Read again below as a table of figures, which reports what is wrong with it.
            }
            Kind kind = roles.contains("level") ? Kind.UNITS : roles.contains("kind") ? Kind.ORGANISATIONS
                    : roles.contains("village") ? Kind.HOUSEHOLDS : Kind.OBSERVATIONS;
            return new Table(kind, t.name(), t.opener(), t.size(), t.source());
        }

        private void read(Table t) {
            try (CountingStream counting = new CountingStream(t.opener().call());
                    BufferedReader reader = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
                skipBom(reader);
                char sep = config.separator != null ? config.separator : detect(reader);
                CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(sep).quoteCharacter('"')
                        .commentStrategy(CommentStrategy.NONE).skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                        .maxBufferSize(Math.max(config.limits.maxStringLength(), 1 << 16)).ofCsvRecord(reader);
                try (csv) {
                    var rows = csv.iterator();
                    if (!rows.hasNext()) {
                        problem(Places.document(t.name()), "csv.table.empty");
                        return;
                    }
                    Header header = header(t, cells(rows.next(), config.limits));
                    if (header == null) {
                        return;
                    }
                    long row = 1;
                    while (rows.hasNext()) {
                        CsvRecord record = rows.next();
                        row++;
                        String[] cells = cells(record, config.limits);
                        if (cells.length == 1 && cells[0].isBlank()) {
                            continue;
                        }
                        if (cells.length != header.targets.length) {
                            problem(Places.row(t.name(), row), "csv.row.cells", "cells", cells.length, "header", header.targets.length);
                            continue;
                        }
                        if (++units > config.limits.maxUnits()) {
                            problem(Places.row(t.name(), row), "csv.rows.tooMany", "max", config.limits.maxUnits());
                            return;
                        }
                        row(t, header, row, cells);
                        if ((row - 1) % PROGRESS_EVERY == 0) {
                            config.listener.accept(new Progress(t.name(), row - 1, counting.count, t.size()));
                        }
                    }
                    config.listener.accept(new Progress(t.name(), row - 1, counting.count, t.size()));
                }
            } catch (CellTooLong e) {
                problem(Places.document(t.name()), "csv.cellTooLong", "lineNumber", e.line, "max", config.limits.maxStringLength());
            } catch (CsvParseException e) {
                String message = Strings.cut(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), 200);
                if (e.getCause() instanceof java.io.UncheckedIOException u && u.getCause() instanceof CharacterCodingException
                        || e.getCause() instanceof CharacterCodingException) {
                    problem(Places.document(t.name()), "csv.notUtf8");
                } else {
                    problem(Places.document(t.name()), "csv.unreadable", "message", message);
                }
            } catch (java.io.UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    problem(Places.document(t.name()), "csv.notUtf8");
                } else {
                    problem(DatasetJson.unreadable(Places.document(t.name()), e.getCause()));
                }
            } catch (CharacterCodingException e) {
                problem(Places.document(t.name()), "csv.notUtf8");
            } catch (SafeFiles.Refused e) {
                problem(DatasetJson.notRead(Places.document(t.name()), e));
            } catch (Exception e) {
                problem(DatasetJson.unreadable(Places.document(t.name()), e));
            }
        }

        /** Returns the cells of a record, refusing a cell longer than the string limit. */
        private static String[] cells(CsvRecord record, ReadLimits limits) {
            String[] cells = record.getFields().toArray(String[]::new);
            for (String c : cells) {
                if (c.length() > limits.maxStringLength()) {
                    throw new CellTooLong(record.getStartingLineNumber());
                }
            }
            return cells;
        }

        private record Header(String[] names, Target[] targets, int id) {
        }

        /** A cell longer than the string limit, on the table's line {@code line}. */
        private static final class CellTooLong extends RuntimeException {
            private static final long serialVersionUID = 1L;
            final long line;

            CellTooLong(long line) {
                super(null, null, false, false);
                this.line = line;
            }
        }

        /** Reads the header row; returns null (after reporting) when a required column is missing. */
        private Header header(Table t, String[] names) {
            Target[] targets = new Target[names.length];
            Set<String> seen = new LinkedHashSet<>();
            int before = problems.size();
            for (int i = 0; i < names.length; i++) {
                String key = CsvValues.key(names[i]);
                Location where = Places.cell(t.name(), 1, names[i].trim());
                if (!seen.add(key)) {
                    problem(where, "csv.column.twice");
                    continue;
                }
                Target target = columns.containsKey(key) ? columns.get(key)
                        : ROLES.contains(key) ? new Target(key, null, null)
                        : metrics.containsKey(key) ? new Target(null, metrics.get(key), null) : null;
                if (target == null && !columns.containsKey(key)) {
                    Set<String> known = new LinkedHashSet<>(columns.keySet());
                    known.addAll(ROLES);
                    known.addAll(metrics.keySet());
                    problem(where, "csv.column.unknown", Suggestions.suggesting(key, known));
                }
                targets[i] = target;
            }
            Set<String> required = switch (t.kind()) {
                case UNITS -> Set.of("id", "level", "name");
                case OBSERVATIONS -> Set.of("id");
                case HOUSEHOLDS -> Set.of("village");
                case ORGANISATIONS -> Set.of("id", "name", "kind", "unit");
                case FROM_HEADER -> throw new IllegalStateException("the kind is found before a table is read");
            };
            for (String role : required) {
                boolean found = false;
                for (Target x : targets) {
                    found |= x != null && role.equals(x.role());
                }
                if (!found) {
                    problem(Places.row(t.name(), 1), "csv.column.missing", "role", role);
                }
            }
            for (int i = 0; i < targets.length; i++) {
                Target x = targets[i];
                if (x == null || x.metric() == null) {
                    continue;
                }
                boolean householdTable = t.kind() == Kind.HOUSEHOLDS;
                boolean householdMetric = x.metric().level() == AdminLevel.HOUSEHOLD;
                if (householdTable != householdMetric || (t.kind() != Kind.OBSERVATIONS && !householdTable)) {
                    problem(Places.cell(t.name(), 1, names[i].trim()), householdTable ? "csv.column.notHousehold"
                            : householdMetric ? "csv.column.householdMetric" : "csv.column.notInTable", "metric", x.metric().id());
                }
            }
            int id = -1;
            for (int i = 0; i < targets.length; i++) {
                if (targets[i] != null && targets[i].role() != null
                        && targets[i].role().equals(t.kind() == Kind.HOUSEHOLDS ? "village" : "id")) {
                    id = i;
                }
            }
            return problems.size() == before ? new Header(names, targets, id) : null;
        }

        private void row(Table t, Header h, long row, String[] cells) {
            // A household row's place is made only when a problem names it (28 M rows); the others' are kept.
            Location where = t.kind() == Kind.HOUSEHOLDS ? null : Places.row(t.name(), row);
            switch (t.kind()) {
                case UNITS -> {
                    String id = cell(h, cells, "id");
                    String name = cell(h, cells, "name");
                    String levelCell = cell(h, cells, "level");
                    String parent = cell(h, cells, "parent");
                    Optional<AdminLevel> level = levelCell == null ? Optional.empty() : CsvValues.level(levelCell);
                    if (id == null || name == null || level.isEmpty() || level.get() == AdminLevel.HOUSEHOLD) {
                        if (id == null || name == null || levelCell == null) {
                            problem(where, id == null ? "csv.unit.idMissing" : name == null ? "csv.unit.nameMissing" : "csv.unit.levelMissing");
                        } else {
                            problem(where, "csv.unit.level", "level", levelCell);
                        }
                        return;
                    }
                    if (parent == null) {
                        b.unit(id, name, level.get());
                    } else {
                        b.unit(id, name, level.get(), parent);
                    }
                    origins.unit(b, id, where);
                    String code = cell(h, cells, "code");
                    if (code != null) {
                        b.code(id, code);
                    }
                }
                case ORGANISATIONS -> {
                    String id = cell(h, cells, "id");
                    String name = cell(h, cells, "name");
                    String kindCell = cell(h, cells, "kind");
                    String unit = cell(h, cells, "unit");
                    Optional<OrganisationKind> kind = kindCell == null ? Optional.empty() : CsvValues.kind(kindCell);
                    if (id == null || name == null || unit == null || kind.isEmpty()) {
                        problem(where, "csv.organisation.incomplete");
                        return;
                    }
                    b.organisation(id, name, kind.get(), unit);
                }
                case OBSERVATIONS -> {
                    String id = cells[h.id()].trim();
                    if (id.isEmpty()) {
                        problem(where, "csv.figure.unitIdMissing");
                        return;
                    }
                    for (int i = 0; i < cells.length; i++) {
                        Target x = h.targets()[i];
                        if (x == null || x.metric() == null || cells[i].isBlank()) {
                            continue;
                        }
                        Location origin = Places.cell(t.name(), row, h.names()[i].trim());
                        if (x.percentOf() != null) {
                            Optional<BigDecimal> p = CsvValues.percent(cells[i]);
                            if (p.isEmpty() || p.get().signum() < 0 || p.get().compareTo(BigDecimal.valueOf(100)) > 0) {
                                bad(origin, cells[i], "csv.cell.percent");
                            } else {
                                percents.add(new PendingPercent(id, x.metric(), x.percentOf(), p.get(), origin, cells[i], t.source()));
                            }
                            continue;
                        }
                        value(x.metric(), cells[i], origin).ifPresent(v -> {
                            observe(id, x.metric(), v, t.source());
                            origins.figure(b, id, x.metric().id(), origin);
                            if (v instanceof Long l) {
                                counts.put(id + "\u0000" + x.metric().id(), l);
                            }
                        });
                    }
                }
                case HOUSEHOLDS -> {
                    String village = cells[h.id()].trim();
                    if (village.isEmpty()) {
                        problem(Places.row(t.name(), row), "csv.household.villageIdMissing");
                        return;
                    }
                    // Places are made only when a problem names them: a national table has 28 M rows.
                    origins.household(b, village, () -> Places.row(t.name(), row), facts -> {
                        for (int i = 0; i < cells.length; i++) {
                            Target x = h.targets()[i];
                            if (x == null || x.metric() == null || cells[i].isBlank()) {
                                continue;
                            }
                            int column = i;
                            Object v = fast(x.metric(), cells[i]);
                            if (v != null) {
                                set(facts, x.metric(), v);
                            } else {
                                value(x.metric(), cells[i], Places.cell(t.name(), row, h.names()[column].trim()))
                                        .ifPresent(y -> set(facts, x.metric(), y));
                            }
                        }
                    });
                }
            }
        }

        private static String cell(Header h, String[] cells, String role) {
            for (int i = 0; i < cells.length; i++) {
                Target x = h.targets()[i];
                if (x != null && role.equals(x.role())) {
                    String v = cells[i].trim();
                    return v.isEmpty() ? null : v;
                }
            }
            return null;
        }

        /**
         * A household cell's value when it is plainly written (digits for a count; a known word for a flag), else null, and
         * {@link #value} reads it, saying why it cannot be read.
         */
        private static Object fast(Metric<?> m, String cell) {
            return switch (m.type()) {
                case COUNT -> CsvValues.plainCount(cell);
                case FLAG -> CsvValues.flag(cell).orElse(null);
                case AMOUNT -> null;
            };
        }

        private Optional<Object> value(Metric<?> m, String cell, Location origin) {
            return switch (m.type()) {
                case COUNT -> {
                    Optional<Long> v = CsvValues.count(cell);
                    if (v.isEmpty()) {
                        bad(origin, cell, "csv.cell.count");
                    }
                    yield v.map(x -> x);
                }
                case FLAG -> {
                    Optional<Boolean> v = CsvValues.flag(cell);
                    if (v.isEmpty()) {
                        bad(origin, cell, "csv.cell.flag");
                    }
                    yield v.map(x -> x);
                }
                case AMOUNT -> {
                    Optional<BigDecimal> v = CsvValues.decimal(cell);
                    if (v.isEmpty()) {
                        bad(origin, cell, "csv.cell.amount");
                    }
                    yield v.map(x -> x);
                }
            };
        }

        private void bad(Location origin, String cell, String code) {
            problem(origin, code, "value", cell.length() > 40 ? cell.substring(0, 37) + "…" : cell);
        }

        @SuppressWarnings("unchecked")
        private <T> void observe(String unitId, Metric<T> m, Object v, String source) {
            if (source == null) {
                b.observe(unitId, m, (T) v);
            } else {
                b.observe(unitId, m, (T) v, source);
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> void set(HouseholdFacts facts, Metric<T> m, Object v) {
            facts.set(m, (T) v);
        }

        /** Turns percentages into counts of their wholes, which must come out whole. */
        private void resolvePercents() {
            for (PendingPercent p : percents) {
                Long whole = counts.get(p.unitId() + "\u0000" + p.whole().id());
                if (whole == null) {
                    problem(p.origin(), "csv.percent.wholeMissing", "whole", p.whole().id(), "unit", p.unitId(), "value", p.cell());
                    continue;
                }
                BigDecimal exact = p.percent().multiply(BigDecimal.valueOf(whole)).divide(BigDecimal.valueOf(100));
                if (exact.stripTrailingZeros().scale() > 0) {
                    problem(p.origin(), "csv.percent.notWhole", "value", p.cell(), "whole", whole,
                            "count", Text.of(exact.toPlainString().replace('.', ','), exact.toPlainString()));
                    continue;
                }
                observe(p.unitId(), p.metric(), exact.longValueExact(), p.source());
                origins.figure(b, p.unitId(), p.metric().id(), p.origin());
            }
        }

        private static void skipBom(BufferedReader reader) throws IOException {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        }

        /**
         * A tab if the header line has more tabs than semicolons and commas, else {@code ;} if it has more of
         * them than commas, else {@code ,} (counted outside quotes).
         */
        private static char detect(BufferedReader reader) throws IOException {
            reader.mark(1 << 16);
            int semicolons = 0;
            int commas = 0;
            int tabs = 0;
            boolean quoted = false;
            for (int i = 0, c; i < (1 << 16) - 1 && (c = reader.read()) != -1 && (quoted || (c != '\n' && c != '\r')); i++) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    semicolons += c == ';' ? 1 : 0;
                    commas += c == ',' ? 1 : 0;
                    tabs += c == '\t' ? 1 : 0;
                }
            }
            reader.reset();
            return tabs > semicolons && tabs > commas ? '\t' : semicolons > commas ? ';' : ',';
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }

    /** The exception for a dataset's problems, at least one. */
    private static SmartVillageException invalid(List<Problem> problems) {
        return new SmartVillageException(Strings.problemsSummary("the dataset has", problems.size()), problems);
    }

}
