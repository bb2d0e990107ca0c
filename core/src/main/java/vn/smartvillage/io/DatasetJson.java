package vn.smartvillage.io;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.internal.SafeFiles;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.DatasetTree;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.JsonFormats;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.internal.json.MetricCatalog;
import vn.smartvillage.internal.json.Node;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.Organisation;
import vn.smartvillage.model.Unit;

/**
 * The JSON dataset format: reading a document into a {@link Dataset}, and writing one back without
 * losing anything (units, figures with their sources, household records, organisations).
 *
 * <pre>{@code
 * Dataset data = DatasetJson.read(Path.of("data.json"), registry.metrics());
 * String json = DatasetJson.write(data);       // reading it back gives the same figures
 * }</pre>
 *
 * <p>The format is described in {@code docs/datasets.md} and {@code docs/dataset.schema.json}. Metric ids
 * name the metrics passed in: those of the packs the data is for ({@code registry.metrics()}, a
 * vocabulary such as Vietnam's and the packs' own). Every problem is reported at once: the shape with its JSON pointer, the
 * content with its unit and metric. YAML is read the same way when the name ends in {@code .yaml} or
 * {@code .yml}.
 */
@API(status = STABLE, since = "0.1")
public final class DatasetJson {

    private DatasetJson() {
    }

    /**
     * Reads the dataset in {@code file}, which may name {@code metrics}, within the default limits.
     *
     * @param file    the dataset document, not null; YAML when its name ends in {@code .yaml} or {@code .yml},
     *                JSON otherwise
     * @param metrics the metrics the document may name, such as {@code registry.metrics()}; not null. Of two
     *                with one id, the first is meant
     * @return the dataset, checked as {@link DatasetBuilder#build()} checks one
     * @throws SmartVillageException listing every problem: a file that is missing, not a regular file or
     *                                 cannot be read, or each problem of its syntax, shape and content
     */
    public static Dataset read(Path file, Collection<? extends Metric<?>> metrics) {
        return read(file, metrics, ReadLimits.DEFAULTS);
    }

    /**
     * Reads the dataset in {@code file}, which may also name {@code metrics}.
     *
     * @param file    the dataset document, not null; YAML when its name ends in {@code .yaml} or {@code .yml},
     *                JSON otherwise
     * @param metrics the metrics the document may name, such as {@code registry.metrics()}; not null. Of two
     *                with one id, the first is meant
     * @param limits  the limits the document is read within, not null
     * @return the dataset, checked as {@link DatasetBuilder#build()} checks one
     * @throws SmartVillageException listing every problem: a file that is missing, not a regular file or
     *                                 cannot be read, or each problem of its syntax, shape and content
     */
    public static Dataset read(Path file, Collection<? extends Metric<?>> metrics, ReadLimits limits) {
        try (InputStream in = SafeFiles.open(file)) {
            return read(in, String.valueOf(file.getFileName()), metrics, limits);
        } catch (SafeFiles.Refused e) {
            throw invalid(List.of(notRead(Places.document(file.toString()), e)));
        } catch (IOException e) {
            throw invalid(List.of(unreadable(Places.document(file.toString()), e)));
        }
    }

    /**
     * Reads a dataset document from {@code in}; {@code name} is shown in problem locations and tells the
     * syntax (YAML when it ends in {@code .yaml} or {@code .yml}).
     *
     * @param in      the document, UTF-8 with or without a byte-order mark, not null; read up to one byte past
     *                {@link ReadLimits#maxDocumentBytes()}, and not closed
     * @param name    the document's name, such as a file name; not null
     * @param metrics the metrics the document may name, such as {@code registry.metrics()}; not null. Of two
     *                with one id, the first is meant
     * @param limits  the limits the document is read within, not null
     * @return the dataset, checked as {@link DatasetBuilder#build()} checks one
     * @throws SmartVillageException listing every problem
     * @throws IOException             if {@code in} cannot be read
     */
    public static Dataset read(InputStream in, String name, Collection<? extends Metric<?>> metrics, ReadLimits limits)
            throws IOException {
        Location document = Places.document(Objects.requireNonNull(name, "name"));
        Node tree;
        Map<String, Metric<?>> catalog = MetricCatalog.of(metrics);
        // The units are read as the parser finishes each, so that the tree never holds a national dataset whole.
        DatasetTree.StreamedUnits units = new DatasetTree.StreamedUnits(catalog, limits);
        try {
            tree = JsonFormats.read(in, JsonFormats.Syntax.of(name), limits, units);
        } catch (JsonFormats.SyntaxError e) {
            throw invalid(List.of(e.problem(document)));
        }
        Diagnostics d = new Diagnostics();
        Optional<DatasetBuilder> builder = DatasetTree.read(Cursor.root(tree, d), catalog, limits, units);
        if (builder.isEmpty()) {
            throw invalid(d.toProblems(document));
        }
        vn.smartvillage.internal.origin.Origins.<DatasetBuilder, Object>dataset().document(builder.get(), document);
        try {
            return builder.get().build();
        } catch (SmartVillageException e) {
            List<Problem> located = new ArrayList<>();
            e.problems().forEach(p -> located.add(p.withLocation(Places.within(document, p.location()))));
            throw invalid(located);
        }
    }

    /**
     * Reads a dataset document held in a string, within the default limits; see
     * {@link #read(InputStream, String, Collection, ReadLimits)}.
     *
     * @param document the whole document, not null
     * @param name     the document's name, shown in problem locations; YAML when it ends in {@code .yaml} or
     *                 {@code .yml}, JSON otherwise; not null
     * @param metrics  the metrics the document may name, such as {@code registry.metrics()}; not null
     * @return the dataset, checked as {@link DatasetBuilder#build()} checks one
     * @throws SmartVillageException listing every problem
     */
    public static Dataset read(String document, String name, Collection<? extends Metric<?>> metrics) {
        try {
            return read(new java.io.ByteArrayInputStream(document.getBytes(java.nio.charset.StandardCharsets.UTF_8)), name, metrics,
                    ReadLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code data} as a JSON document: units in their order, each with the figures it carries (in
     * the order they were given), each figure with its source, and its household records; then the
     * organisations and the recognitions. The same dataset always gives the same text, and reading it back gives the same
     * dataset.
     *
     * @param data the dataset, not null
     * @return the document, indented by two spaces, with {@code \n} line ends and a final newline
     */
    public static String write(Dataset data) {
        return write(data, true);
    }

    /**
     * Writes {@code data} as {@link #write(Dataset)} does, but without where each figure comes from: for
     * sharing the figures alone.
     *
     * @param data the dataset, not null
     * @return the document, indented by two spaces, with {@code \n} line ends and a final newline
     */
    public static String writeWithoutSources(Dataset data) {
        return write(data, false);
    }

    private static String write(Dataset data, boolean withSources) {
        JsonOut.Obj root = JsonOut.object();
        root.put("format", 1);
        root.put("asOf", data.asOf().toString());
        JsonOut.Arr units = root.putArray("units");
        List<Organisation> organisations = new ArrayList<>();
        for (Unit u : data.units()) {
            JsonOut.Obj o = units.addObject();
            o.put("id", u.id());
            o.put("name", u.name());
            o.put("level", Cursor.enumName(u.level()));
            u.parentId().ifPresent(p -> o.put("parent", p));
            u.code().ifPresent(c -> o.put("code", c));
            if (!data.observedMetrics(u.id()).isEmpty()) {
                JsonOut.Obj obs = o.putObject("observations");
                for (Metric<?> m : data.observedMetrics(u.id())) {
                    Object value = data.observed(u.id(), m).orElseThrow();
                    Optional<String> source = withSources ? data.source(u.id(), m) : Optional.empty();
                    if (source.isPresent()) {
                        JsonOut.Obj sourced = obs.putObject(m.id());
                        put(sourced, "value", value);
                        sourced.put("source", source.get());
                    } else {
                        put(obs, m.id(), value);
                    }
                }
            }
            if (data.householdCount(u.id()) > 0) {
                writeHouseholds(o.putArray("households"), data, u.id());
            }
            organisations.addAll(data.organisations(u.id()));
        }
        if (!organisations.isEmpty()) {
            JsonOut.Arr orgs = root.putArray("organisations");
            for (Organisation org : organisations) {
                JsonOut.Obj o = orgs.addObject();
                o.put("id", org.id());
                o.put("name", org.name());
                o.put("kind", Cursor.enumName(org.kind()));
                o.put("unit", org.unitId());
            }
        }
        if (!data.recognitions().isEmpty()) {
            JsonOut.Arr recs = root.putArray("recognitions");
            for (Recognition r : data.recognitions()) {
                recs.add(DatasetTree.write(r, withSources));
            }
        }
        return root.text();
    }

    /** The problem of a file refused before it was opened (missing, a folder, a FIFO). */
    static Problem notRead(Location file, SafeFiles.Refused e) {
        return Problem.of("file.notRead", file, "why", Messages.label(e.key()));
    }

    /** The problem of a file that could not be read. */
    static Problem unreadable(Location file, Exception e) {
        return Problem.of("file.unreadable", file, "message", String.valueOf(e.getMessage()));
    }

    private static void writeHouseholds(JsonOut.Arr out, Dataset data, String villageId) {
        List<Metric<?>> metrics = List.copyOf(data.householdMetrics(villageId));
        int count = data.householdCount(villageId);
        for (int i = 0; i < count; i++) {
            JsonOut.Obj row = out.addObject();
            for (Metric<?> m : metrics) {
                data.household(villageId, i, m).ifPresent(v -> put(row, m.id(), v));
            }
        }
    }

    private static void put(JsonOut.Obj o, String field, Object value) {
        if (value instanceof Long l) {
            o.put(field, l);
        } else if (value instanceof Boolean b) {
            o.put(field, b);
        } else {
            o.put(field, (BigDecimal) value);
        }
    }

    /** The exception for a dataset's problems, at least one. */
    private static SmartVillageException invalid(List<Problem> problems) {
        return new SmartVillageException(Strings.problemsSummary("the dataset has", problems.size()), problems);
    }

}
