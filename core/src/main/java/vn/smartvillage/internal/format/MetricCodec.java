package vn.smartvillage.internal.format;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.smartvillage.Text;
import vn.smartvillage.internal.IdGrammar;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.AdminLevel;

/** A metric a pack declares: {@code {id, name, level, type, aggregation, partOf}}. */
final class MetricCodec {

    static final Field ID = Field.required("id");
    static final Field NAME = Field.required("name");
    static final Field LEVEL = Field.required("level");
    static final Field TYPE = Field.required("type");
    static final Field AGGREGATION = Field.optional("aggregation");
    static final Field PART_OF = Field.optional("partOf");
    static final Shape SHAPE = Shape.of("metric", "/$defs/metric", ID, NAME, LEVEL, TYPE, AGGREGATION, PART_OF);

    /** The aggregations written as a word. */
    static final String SUM = "sum";
    static final String HOUSEHOLDS = "households";
    static final Field HOUSEHOLDS_WHERE = Field.conditional("householdsWhere");
    static final Field HOUSEHOLDS_SUM = Field.conditional("householdsSum");
    /** An aggregation written as an object: exactly one of its fields. */
    static final Shape AGGREGATION_SHAPE = Shape.of("aggregation", List.of("/$defs/metric/properties/aggregation/oneOf/1",
            "/$defs/metric/properties/aggregation/oneOf/2"), HOUSEHOLDS_WHERE, HOUSEHOLDS_SUM);

    private MetricCodec() {
    }

    /** Reads a metric; the metrics it names must be in {@code scope}. */
    static Optional<Metric<?>> read(Cursor m, Scope scope) {
        if (!m.required() || !m.object(SHAPE.names())) {
            return Optional.empty();
        }
        int before = m.diagnostics().size();
        Optional<String> id = ID.in(m).requiredString();
        id.filter(s -> !IdGrammar.METRIC.matches(s)).ifPresent(s -> ID.in(m).refuse("packFile.metric.id"));
        Optional<Text> name = Values.text(NAME.in(m), true);
        Optional<AdminLevel> level = Values.level(LEVEL.in(m), true);
        Optional<ValueType> type = TYPE.in(m).required() ? TYPE.in(m).enumValue(ValueType.class) : Optional.empty();
        Cursor agg = AGGREGATION.in(m);
        Optional<Metric<Long>> whole = PART_OF.in(m).present() ? scope.metricOf(PART_OF.in(m), ValueType.COUNT, null) : Optional.empty();
        if (m.diagnostics().size() != before) {
            return Optional.empty();
        }
        String mid = id.get();
        Optional<Metric<?>> built;
        if (!agg.present()) {
            built = switch (type.get()) {
                case COUNT -> Values.build(m, () -> Metric.count(mid, level.get(), name.get()));
                case FLAG -> Values.build(m, () -> Metric.flag(mid, level.get(), name.get()));
                case AMOUNT -> Values.build(m, () -> Metric.amount(mid, level.get(), name.get()));
            };
        } else {
            if (type.get() != ValueType.COUNT) {
                agg.refuse("packFile.aggregation.notCount");
                return Optional.empty();
            }
            built = aggregated(agg, mid, level.get(), name.get(), scope);
        }
        if (whole.isPresent() && built.isPresent()) {
            Metric<?> b = built.get();
            return Values.build(PART_OF.in(m), () -> b.withWhole(whole.get()));
        }
        return built;
    }

    private static Optional<Metric<?>> aggregated(Cursor agg, String id, AdminLevel level, Text name, Scope scope) {
        if (agg.isString()) {
            String kind = agg.string().orElse("");
            switch (kind) {
                case SUM:
                    return Values.build(agg, () -> Metric.summedCount(id, level, name));
                case HOUSEHOLDS:
                    if (level != AdminLevel.VILLAGE) {
                        agg.refuse("packFile.aggregation.households");
                        return Optional.empty();
                    }
                    return Values.build(agg, () -> Metric.households(id, name));
                default:
                    agg.refuse("packFile.aggregation.unknown", Suggestions.suggesting(kind, Set.of(SUM, HOUSEHOLDS), "value", kind,
                            "where", "{" + HOUSEHOLDS_WHERE.name() + "}", "sum", "{" + HOUSEHOLDS_SUM.name() + "}"));
                    return Optional.empty();
            }
        }
        if (!agg.object(AGGREGATION_SHAPE.names()) || agg.fieldNames().size() != 1) {
            if (agg.isObject()) {
                agg.refuse("packFile.exactlyOne", "fields", HOUSEHOLDS_WHERE.name() + ", " + HOUSEHOLDS_SUM.name());
            }
            return Optional.empty();
        }
        if (level != AdminLevel.VILLAGE) {
            agg.refuse("packFile.aggregation.householdsOf");
            return Optional.empty();
        }
        boolean where = HOUSEHOLDS_WHERE.in(agg).present();
        Cursor ref = (where ? HOUSEHOLDS_WHERE : HOUSEHOLDS_SUM).in(agg);
        Optional<Metric<?>> base = ref.requiredString().flatMap(s -> scope.knownMetric(ref, s));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Metric<?> b = base.get();
        if (b.level() != AdminLevel.HOUSEHOLD || b.type() != (where ? ValueType.FLAG : ValueType.COUNT)) {
            ref.refuse(where ? "packFile.aggregation.notHouseholdFlag" : "packFile.aggregation.notHouseholdCount", "metric", b.id());
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Optional<Metric<?>> out = where ? Values.build(agg, () -> Metric.householdsWhere(id, name, (Metric<Boolean>) b))
                : Values.build(agg, () -> Metric.householdsSum(id, name, (Metric<Long>) b));
        return out;
    }

    /** Writes a metric; the metrics it names are written by id. */
    static JsonOut.Obj write(Metric<?> m) {
        JsonOut.Obj o = JsonOut.object();
        o.put(ID.name(), m.id());
        o.set(NAME.name(), Values.text(m.name()));
        o.put(LEVEL.name(), Cursor.enumName(m.level()));
        o.put(TYPE.name(), Cursor.enumName(m.type()));
        m.aggregation().ifPresent(a -> a.match(() -> o.put(AGGREGATION.name(), SUM),
                flag -> o.putObject(AGGREGATION.name()).put(HOUSEHOLDS_WHERE.name(), flag.id()),
                count -> o.putObject(AGGREGATION.name()).put(HOUSEHOLDS_SUM.name(), count.id()),
                () -> o.put(AGGREGATION.name(), HOUSEHOLDS)));
        m.whole().ifPresent(w -> o.put(PART_OF.name(), w.id()));
        return o;
    }
}
