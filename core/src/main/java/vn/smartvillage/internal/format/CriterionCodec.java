package vn.smartvillage.internal.format;

import java.util.Optional;
import java.util.Set;

import vn.smartvillage.Text;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Component;
import vn.smartvillage.model.Pillar;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.EffectivePeriod;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Threshold;
import vn.smartvillage.rules.WhenEmpty;

/**
 * A criterion: {@code {id, name, level, pillar, component, measure, threshold, citation, effective, whenEmpty,
 * appliesWhere}}, the last {@code {metric, equals}}: the rule applies only to units whose count {@code metric} is
 * {@code equals}.
 */
final class CriterionCodec {

    static final Field ID = Field.required("id");
    static final Field NAME = Field.required("name");
    static final Field LEVEL = Field.required("level");
    static final Field PILLAR = Field.optional("pillar");
    static final Field COMPONENT = Field.optional("component");
    static final Field MEASURE = Field.required("measure");
    /** Required, except for a flag (met when it holds) and refused for a rule not yet encoded. */
    static final Field THRESHOLD = Field.conditional("threshold");
    static final Field CITATION = Field.required("citation");
    static final Field EFFECTIVE = Field.optional("effective");
    static final Field WHEN_EMPTY = Field.optional("whenEmpty");
    static final Field APPLIES_WHERE = Field.optional("appliesWhere");
    static final Shape SHAPE = Shape.of("criterion", "/$defs/criterionCore", ID, NAME, LEVEL, PILLAR, COMPONENT, MEASURE, THRESHOLD,
            CITATION, EFFECTIVE, WHEN_EMPTY, APPLIES_WHERE);
    static final Field SCOPE_METRIC = Field.required("metric");
    static final Field SCOPE_EQUALS = Field.required("equals");
    static final Shape APPLIES_WHERE_SHAPE = Shape.of("appliesWhere", "/$defs/criterionCore/properties/appliesWhere", SCOPE_METRIC,
            SCOPE_EQUALS);

    /** A count and the value it must have for a criterion to apply. */
    private record Scoped(vn.smartvillage.metric.Metric<Long> metric, long value) {
    }

    private CriterionCodec() {
    }

    /** Reads a criterion whose object may have the fields {@code fields} (a target's has more). */
    static Optional<Criterion> read(Cursor c, Set<String> fields, Scope scope) {
        if (!c.required() || !c.object(fields)) {
            return Optional.empty();
        }
        Diagnostics d = c.diagnostics();
        int before = d.size();
        Optional<String> id = Values.ruleId(ID.in(c));
        Optional<Text> name = Values.text(NAME.in(c), true);
        Optional<AdminLevel> level = Values.level(LEVEL.in(c), false);
        Optional<Pillar> pillar = PILLAR.in(c).enumValue(Pillar.class);
        Optional<Component> component = COMPONENT.in(c).enumValue(Component.class);
        Optional<Measure> measure = level.flatMap(l -> MeasureCodec.read(MEASURE.in(c), l, scope));
        if (level.isEmpty()) {
            MEASURE.in(c).required();
        }
        // A flag needs no threshold: it is met when it holds.
        // Nor does a rule not yet encoded: it is never decided.
        boolean flag = MeasureCodec.is(MEASURE.in(c), MeasureCodec.FLAG);
        boolean notEncoded = MeasureCodec.is(MEASURE.in(c), MeasureCodec.NOT_ENCODED);
        Cursor t = THRESHOLD.in(c);
        if (notEncoded && t.present()) {
            t.refuse("packFile.threshold.notEncoded");
        }
        Optional<Threshold> threshold = notEncoded ? Optional.of(Threshold.holds())
                : t.present() || !flag ? ThresholdCodec.read(t, true) : Optional.of(Threshold.holds());
        if (measure.isPresent() && threshold.isPresent() && measure.get().isShare() != threshold.get().percent()) {
            t.refuse(measure.get().isShare() ? "packFile.threshold.share" : "packFile.threshold.notShare");
        }
        Optional<Citation> citation = CITATION.in(c).required() ? CitationCodec.read(CITATION.in(c), scope) : Optional.empty();
        Optional<EffectivePeriod> effective = EFFECTIVE.in(c).present() ? Values.period(EFFECTIVE.in(c))
                : Optional.of(EffectivePeriod.ALWAYS);
        WhenEmpty whenEmpty = WHEN_EMPTY.in(c).enumValue(WhenEmpty.class).orElse(WhenEmpty.NOT_APPLICABLE);
        Optional<Scoped> scoped = readScope(APPLIES_WHERE.in(c), level, scope);
        if (d.size() != before) {
            return Optional.empty();
        }
        return Values.build(c, () -> {
            Criterion.Builder b = Criterion.builder(id.get()).name(name.get()).level(level.get()).measure(measure.get(), threshold.get())
                    .citation(citation.get()).effective(effective.get()).whenEmpty(whenEmpty);
            pillar.ifPresent(b::pillar);
            component.ifPresent(b::component);
            scoped.ifPresent(s -> b.appliesWhere(s.metric(), s.value()));
            return b.build();
        });
    }

    /** Reads {@code appliesWhere}; absent or wrong is empty, with the problems reported. */
    private static Optional<Scoped> readScope(Cursor w, Optional<AdminLevel> level, Scope scope) {
        Optional<Scoped> scoped = Optional.empty();
        if (w.present() && w.object(APPLIES_WHERE_SHAPE.names())) {
            Optional<vn.smartvillage.metric.Metric<Long>> m = level.flatMap(l -> scope.<Long>metricOf(SCOPE_METRIC.in(w),
                    vn.smartvillage.metric.ValueType.COUNT, l));
            if (level.isEmpty()) {
                SCOPE_METRIC.in(w).required();
            }
            Optional<Long> v = SCOPE_EQUALS.in(w).required() ? SCOPE_EQUALS.in(w).integer(0, Long.MAX_VALUE) : Optional.empty();
            if (m.isPresent() && v.isPresent()) {
                scoped = Optional.of(new Scoped(m.get(), v.get()));
            }
        }
        return scoped;
    }

    /** Writes a criterion, its citation as an object. */
    static JsonOut.Obj write(Criterion c) {
        JsonOut.Obj o = JsonOut.object();
        o.put(ID.name(), c.id());
        o.set(NAME.name(), Values.text(c.name()));
        o.put(LEVEL.name(), Cursor.enumName(c.level()));
        c.pillar().ifPresent(p -> o.put(PILLAR.name(), Cursor.enumName(p)));
        c.component().ifPresent(p -> o.put(COMPONENT.name(), Cursor.enumName(p)));
        o.set(MEASURE.name(), MeasureCodec.write(c.measure()));
        if (c.isEncoded()) {
            o.put(THRESHOLD.name(), ThresholdCodec.write(c.threshold()));
        }
        o.set(CITATION.name(), CitationCodec.write(c.citation()));
        if (!c.effective().equals(EffectivePeriod.ALWAYS)) {
            o.set(EFFECTIVE.name(), Values.period(c.effective(), false));
        }
        if (c.whenEmpty() != WhenEmpty.NOT_APPLICABLE) {
            o.put(WHEN_EMPTY.name(), Cursor.enumName(c.whenEmpty()));
        }
        c.appliesWhere().ifPresent(m -> o.set(APPLIES_WHERE.name(), JsonOut.object().put(SCOPE_METRIC.name(), m.id())
                .put(SCOPE_EQUALS.name(), c.appliesWhereValue().getAsLong())));
        return o;
    }
}
