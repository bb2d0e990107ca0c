package vn.smartvillage.internal.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.smartvillage.ReadLimits;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.data.HouseholdFacts;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.OrganisationKind;

/**
 * Reads the JSON dataset format (see {@code docs/datasets.md}) from a tree into a {@link DatasetBuilder}.
 *
 * <pre>{@code
 * { "asOf": "2024-06-30",
 *   "units": [ { "id": "xa-a", "name": "Xã A", "level": "commune", "parent": "tinh-b",
 *                "observations": { "work-records": 120, "work-records.online": 80 } },
 *              { "id": "thon-1", "name": "Thôn 1", "level": "village", "parent": "xa-a",
 *                "households": [ { "household.members": 4, "household.fibre": true } ] } ],
 *   "organisations": [ { "id": "htx-1", "name": "HTX Rau sạch", "kind": "cooperative", "unit": "xa-a" } ] }
 * }</pre>
 */
public final class DatasetTree {

    /** The fields of a dataset document. */
    public static final Set<String> FIELDS = Set.of("$schema", "format", "asOf", "units", "households", "organisations",
            "recognitions");
    private static final Set<String> HOUSEHOLD_FIELDS = Set.of("village", "facts");
    private static final Set<String> SOURCED_FIELDS = Set.of("value", "source");
    private static final Set<String> UNIT_FIELDS = Set.of("id", "name", "level", "parent", "code", "observations", "households");
    private static final Set<String> ORGANISATION_FIELDS = Set.of("id", "name", "kind", "unit");
    /** The fields of a recognition: its unit, exactly one of certification and title, and what the source states. */
    public static final Set<String> RECOGNITION_FIELDS = Set.of("unit", "certification", "title", "date", "decision", "issuer",
            "source");
    private static final Set<String> TITLE_FIELDS = Set.of("vi", "en");

    private DatasetTree() {
    }

    /**
     * Reads the dataset at {@code root}, recording shape problems in its diagnostics. Returns the builder
     * when the shape is right (its {@code build()} then checks the content), or empty.
     *
     * @param metrics the metrics the document may name, by id
     */
    public static Optional<DatasetBuilder> read(Cursor root, Map<String, Metric<?>> metrics, ReadLimits limits) {
        return read(root, metrics, limits, null);
    }

    /**
     * The units of a dataset read as the parser finishes each ({@link JsonFormats.Elements}): each is read into the
     * builder at once and dropped, so that a national document is never held whole as a tree. They are streamed
     * only when the document gives its {@code asOf} before its {@code units} (as the library writes it); else the
     * tree keeps them and {@link #read} reads them there. The problems are those of the tree's read, in its order.
     */
    public static final class StreamedUnits implements JsonFormats.Elements {
        private final Map<String, Metric<?>> metrics;
        private final ReadLimits limits;
        private final Diagnostics problems = new Diagnostics();
        private final Cursor units = Cursor.root(null, problems).get("units");
        private DatasetBuilder builder;
        private int count;
        private long households;
        private boolean tooMany;

        public StreamedUnits(Map<String, Metric<?>> metrics, ReadLimits limits) {
            this.metrics = metrics;
            this.limits = limits;
        }

        @Override
        public String field() {
            return "units";
        }

        @Override
        public boolean begin(List<String> names, List<Node> values) {
            int at = names.indexOf("asOf");
            if (at < 0) {
                return false;
            }
            // Read with diagnostics of its own: the read of the whole tree says what is wrong with it, once.
            Optional<LocalDate> asOf = Cursor.root(values.get(at), new Diagnostics()).date();
            asOf.ifPresent(day -> builder = Dataset.builder(day));
            return asOf.isPresent();
        }

        @Override
        public void element(int index, Node element) {
            if (tooMany) {
                return;
            }
            Cursor u = units.element(index, element);
            count++;
            households += u.get("households").arraySize();
            if (count + households > limits.maxUnits()) {
                // Counted as the tree's read counts before reading any: past the limit, nothing more is read.
                tooMany = true;
                return;
            }
            readUnit(u, builder, metrics);
        }
    }

    /** As {@link #read(Cursor, Map, ReadLimits)}, with the units {@code streamed} (null when the tree holds them). */
    public static Optional<DatasetBuilder> read(Cursor root, Map<String, Metric<?>> metrics, ReadLimits limits, StreamedUnits streamed) {
        if (streamed != null && streamed.builder == null) {
            streamed = null; // the array was not streamed: the tree holds the units
        }
        Diagnostics d = root.diagnostics();
        int before = d.size();
        if (!root.required() || !root.object(FIELDS)) {
            return Optional.empty();
        }
        root.get("$schema").string();
        Cursor format = root.get("format");
        if (format.present() && !format.integer(1, Long.MAX_VALUE).map(v -> v == 1).orElse(true)) {
            format.refuse("datasetJson.format");
        }
        Optional<LocalDate> asOf = root.get("asOf").date();
        if (!root.get("asOf").required() || asOf.isEmpty()) {
            return Optional.empty();
        }
        DatasetBuilder b = streamed != null ? streamed.builder : Dataset.builder(asOf.orElseThrow());
        List<Cursor> units = root.get("units").elements();
        if (!root.get("units").required()) {
            return Optional.empty();
        }
        long households = root.get("households").arraySize();
        for (Cursor u : units) {
            households += u.get("households").arraySize();
        }
        long count = units.size() + households + (streamed == null ? 0 : streamed.count + streamed.households);
        if (count > limits.maxUnits() || streamed != null && streamed.tooMany) {
            root.get("units").refuse("datasetJson.tooMany", "max", limits.maxUnits());
            return Optional.empty();
        }
        if (streamed != null) {
            d.addAll(streamed.problems);
        }
        for (Cursor u : units) {
            readUnit(u, b, metrics);
        }
        for (Cursor h : root.get("households").elements()) {
            if (!h.required() || !h.object(HOUSEHOLD_FIELDS)) {
                continue;
            }
            Optional<String> village = h.get("village").requiredString();
            if (h.get("facts").required() && village.isPresent()) {
                household(h.get("facts"), village.get(), b, metrics);
            }
        }
        for (Cursor o : root.get("organisations").elements()) {
            if (!o.required() || !o.object(ORGANISATION_FIELDS)) {
                continue;
            }
            Optional<String> id = o.get("id").requiredString();
            Optional<String> name = o.get("name").requiredString();
            Optional<OrganisationKind> kind = o.get("kind").enumValue(OrganisationKind.class);
            o.get("kind").required();
            Optional<String> unit = o.get("unit").requiredString();
            if (id.isPresent() && name.isPresent() && kind.isPresent() && unit.isPresent()) {
                b.organisation(id.get(), name.get(), kind.get(), unit.get());
            }
        }
        for (Cursor r : root.get("recognitions").elements()) {
            recognition(r).ifPresent(b::recognition);
        }
        return d.size() == before ? Optional.of(b) : Optional.empty();
    }

    /**
     * Reads one recognition, as the dataset format and the JSON report write it; a problem of its shape is
     * recorded at its place, and then it is empty.
     */
    public static Optional<Recognition> recognition(Cursor r) {
        if (!r.required() || !r.object(RECOGNITION_FIELDS)) {
            return Optional.empty();
        }
        Optional<String> unit = r.get("unit").requiredString();
        Cursor cert = r.get("certification");
        Cursor title = r.get("title");
        if (cert.present() == title.present()) {
            r.refuse("datasetJson.recognition.exactlyOne");
            return Optional.empty();
        }
        Optional<String> certification = cert.present() ? cert.requiredString() : Optional.empty();
        Optional<String> vi = Optional.empty();
        Optional<String> en = Optional.empty();
        if (title.present() && title.object(TITLE_FIELDS)) {
            vi = title.get("vi").requiredString();
            en = title.get("en").requiredString();
        }
        Optional<LocalDate> date = r.get("date").date();
        Optional<String> decision = optional(r.get("decision"));
        Optional<String> issuer = optional(r.get("issuer"));
        Optional<String> source = optional(r.get("source"));
        if (unit.isEmpty() || (certification.isEmpty() && (vi.isEmpty() || en.isEmpty()))) {
            return Optional.empty();
        }
        Recognition rec = certification.isPresent() ? Recognition.of(unit.get(), certification.get())
                : Recognition.titled(unit.get(), vi.get(), en.get());
        rec = date.map(rec::withDate).orElse(rec);
        rec = decision.map(rec::withDecision).orElse(rec);
        rec = issuer.map(rec::withIssuer).orElse(rec);
        return Optional.of(source.map(rec::withSource).orElse(rec));
    }

    /** Writes one recognition, as {@link #recognition(Cursor)} reads it; its source only when {@code withSource}. */
    public static JsonOut.Obj write(Recognition r, boolean withSource) {
        JsonOut.Obj o = JsonOut.object();
        o.put("unit", r.unitId());
        r.certificationId().ifPresent(c -> o.put("certification", c));
        r.title().ifPresent(t -> o.putObject("title").put("vi", t.vi()).put("en", t.en()));
        r.date().ifPresent(d -> o.put("date", d.toString()));
        r.decision().ifPresent(d -> o.put("decision", d));
        r.issuer().ifPresent(i -> o.put("issuer", i));
        if (withSource) {
            r.source().ifPresent(x -> o.put("source", x));
        }
        return o;
    }

    /** An optional string: absent is empty, blank is a problem. */
    private static Optional<String> optional(Cursor c) {
        return c.present() ? c.requiredString() : Optional.empty();
    }

    private static void readUnit(Cursor u, DatasetBuilder b, Map<String, Metric<?>> metrics) {
        if (!u.required() || !u.object(UNIT_FIELDS)) {
            return;
        }
        Optional<String> id = u.get("id").requiredString();
        Optional<String> name = u.get("name").requiredString();
        Optional<AdminLevel> level = u.get("level").enumValue(AdminLevel.class);
        u.get("level").required();
        Optional<String> parent = u.get("parent").string();
        Optional<String> code = optional(u.get("code"));
        if (id.isEmpty() || name.isEmpty() || level.isEmpty()) {
            return;
        }
        code.ifPresent(c -> b.code(id.get(), c));
        if (parent.isPresent()) {
            b.unit(id.get(), name.get(), level.get(), parent.get());
        } else {
            b.unit(id.get(), name.get(), level.get());
        }
        Cursor obs = u.get("observations");
        if (obs.present() && obs.object(Set.copyOf(obs.fieldNames()))) {
            for (String metricId : obs.fieldNames()) {
                Cursor at = obs.get(metricId);
                Optional<String> source = Optional.empty();
                if (at.isObject()) {
                    at.object(SOURCED_FIELDS);
                    source = at.get("source").present() ? at.get("source").requiredString() : Optional.empty();
                    at = at.get("value");
                    at.required();
                }
                Cursor value = at;
                Optional<String> src = source;
                metric(obs.get(metricId), metricId, metrics).ifPresent(m -> value(value, m)
                        .ifPresent(v -> observe(b, id.get(), m, v, src.orElse(null))));
            }
        }
        for (Cursor h : u.get("households").elements()) {
            household(h, id.get(), b, metrics);
        }
    }

    private static void household(Cursor h, String villageId, DatasetBuilder b, Map<String, Metric<?>> metrics) {
        if (!h.required() || !h.object(Set.copyOf(h.fieldNames()))) {
            return;
        }
        b.household(villageId, facts -> {
            for (String metricId : h.fieldNames()) {
                metric(h.get(metricId), metricId, metrics).ifPresent(m -> value(h.get(metricId), m)
                        .ifPresent(v -> set(facts, m, v)));
            }
        });
    }

    private static Optional<Metric<?>> metric(Cursor at, String id, Map<String, Metric<?>> metrics) {
        Metric<?> m = metrics.get(id);
        if (m == null) {
            at.refuse("datasetJson.metricUnknown", Suggestions.suggesting(id, metrics.keySet(), "metric", id));
        }
        return Optional.ofNullable(m);
    }

    private static Optional<Object> value(Cursor at, Metric<?> m) {
        return switch (m.type()) {
            case COUNT -> at.integer(Long.MIN_VALUE, Long.MAX_VALUE).map(v -> v);
            case FLAG -> at.bool().map(v -> v);
            case AMOUNT -> at.decimal().map(v -> (Object) v);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> void observe(DatasetBuilder b, String unitId, Metric<T> m, Object v, String source) {
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
}
