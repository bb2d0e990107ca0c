package vn.smartvillage.internal.format;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.smartvillage.Text;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Citation;

/**
 * What a reader knows while it reads one pack document: the metrics its rules may name (the well-known
 * ones, the parent's and its own, as they are read) and the citations it names under {@code citations}.
 * Not thread-safe: one per read.
 */
final class Scope {

    private final Map<String, Metric<?>> metrics;
    private final Map<String, Citation> citations = new LinkedHashMap<>();

    /** A scope that knows {@code metrics}, by id, and no named citation. */
    Scope(Map<String, Metric<?>> metrics) {
        this.metrics = new LinkedHashMap<>(metrics);
    }

    /** Returns the metrics known, by id, in the order they became known; a metric read is added here. */
    Map<String, Metric<?>> metrics() {
        return metrics;
    }

    /** Returns the citations named under {@code citations}, by name; a citation read there is added here. */
    Map<String, Citation> citations() {
        return citations;
    }

    /** Returns the metric {@code id}, or records at {@code c} that there is none (with a "did you mean"). */
    Optional<Metric<?>> knownMetric(Cursor c, String id) {
        Metric<?> m = metrics.get(id);
        if (m == null) {
            c.refuse("packFile.metric.unknown", Suggestions.suggesting(id, metrics.keySet(), "metric", id));
        }
        return Optional.ofNullable(m);
    }

    /**
     * Returns the metric named at {@code c} (required), checking its type and, unless {@code level} is
     * {@code null}, that a unit at {@code level} can have it.
     */
    @SuppressWarnings("unchecked")
    <T> Optional<Metric<T>> metricOf(Cursor c, ValueType type, AdminLevel level) {
        Optional<Metric<?>> found = c.required() ? c.string().flatMap(id -> knownMetric(c, id)) : Optional.empty();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Metric<?> m = found.get();
        if (m.type() != type) {
            c.refuse("packFile.metric.type", "metric", m.id(), "type", label(m.type()), "expected", label(type));
            return Optional.empty();
        }
        if (level != null && !m.appliesTo(level)) {
            c.refuse(m.level() == AdminLevel.HOUSEHOLD ? "packFile.metric.householdLevel" : "packFile.metric.level",
                    "metric", m.id(), "level", m.level().label(), "target", level.label());
            return Optional.empty();
        }
        return Optional.of((Metric<T>) m);
    }

    private static Text label(ValueType t) {
        return switch (t) {
            case COUNT -> Messages.label("valueType.count");
            case FLAG -> Messages.label("valueType.flag");
            case AMOUNT -> Messages.label("valueType.amount");
        };
    }
}
