package vn.smartvillage.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Measure;

/** A criterion's measure: an object with exactly one field, its kind. */
final class MeasureCodec {

    static final Field RATIO = Field.conditional("ratio");
    static final Field COUNT = Field.conditional("count");
    static final Field FLAG = Field.conditional("flag");
    static final Field FLAGS_HELD = Field.conditional("flagsHeld");
    static final Field CHILDREN_MEETING = Field.conditional("childrenMeeting");
    static final Field CHILDREN_CERTIFIED = Field.conditional("childrenCertified");
    static final Field NOT_ENCODED = Field.conditional("notEncoded");
    /** A measure: exactly one of its fields, the kind of measure. */
    static final Shape SHAPE = Shape.of("measure", "/$defs/measure", RATIO, COUNT, FLAG, FLAGS_HELD, CHILDREN_MEETING,
            CHILDREN_CERTIFIED, NOT_ENCODED);

    static final Field NUMERATOR = Field.required("numerator");
    static final Field DENOMINATOR = Field.required("denominator");
    static final Shape RATIO_SHAPE = Shape.of("ratio", "/$defs/measure/properties/ratio", NUMERATOR, DENOMINATOR);

    static final Field CHILD_LEVEL = Field.required("level");
    static final Field CRITERION = Field.required("criterion");
    static final Field CERTIFICATION = Field.required("certification");
    static final Field FORM = Field.required("form");
    static final Shape CHILDREN_MEETING_SHAPE = Shape.of("childrenMeeting", "/$defs/measure/properties/childrenMeeting",
            CHILD_LEVEL, CRITERION, FORM);
    static final Shape CHILDREN_CERTIFIED_SHAPE = Shape.of("childrenCertified", "/$defs/measure/properties/childrenCertified",
            CHILD_LEVEL, CERTIFICATION, FORM);

    private MeasureCodec() {
    }

    /** Returns whether the measure at {@code c} is of {@code kind}, whatever else it has. */
    static boolean is(Cursor c, Field kind) {
        return kind.in(c).present();
    }

    /** Reads the measure of a criterion at {@code level}; every metric it names must apply there. */
    static Optional<Measure> read(Cursor c, AdminLevel level, Scope scope) {
        if (!c.required() || !c.object(SHAPE.names())) {
            return Optional.empty();
        }
        List<String> kinds = c.fieldNames().stream().filter(SHAPE.names()::contains).toList();
        if (kinds.size() != 1) {
            List<String> sorted = SHAPE.names().stream().sorted().toList();
            c.refuse("packFile.exactlyOne", "fields", String.join(", ", sorted));
            return Optional.empty();
        }
        String kind = kinds.get(0);
        Cursor m = c.get(kind);
        if (kind.equals(RATIO.name())) {
            if (!m.required() || !m.object(RATIO_SHAPE.names())) {
                return Optional.empty();
            }
            Optional<Metric<Long>> num = scope.metricOf(NUMERATOR.in(m), ValueType.COUNT, level);
            Optional<Metric<Long>> den = scope.metricOf(DENOMINATOR.in(m), ValueType.COUNT, level);
            return num.isPresent() && den.isPresent() ? Optional.of(new Measure.Ratio(num.get(), den.get())) : Optional.empty();
        }
        if (kind.equals(COUNT.name())) {
            return scope.<Long>metricOf(m, ValueType.COUNT, level).map(Measure.Count::new);
        }
        if (kind.equals(FLAG.name())) {
            return scope.<Boolean>metricOf(m, ValueType.FLAG, level).map(Measure.Flag::new);
        }
        if (kind.equals(NOT_ENCODED.name())) {
            return Values.text(m, true).map(Measure.NotEncoded::new);
        }
        if (kind.equals(FLAGS_HELD.name())) {
            return flagsHeld(m, level, scope);
        }
        return children(m, kind.equals(CHILDREN_MEETING.name()), level);
    }

    private static Optional<Measure> flagsHeld(Cursor m, AdminLevel level, Scope scope) {
        List<Metric<Boolean>> flags = new ArrayList<>();
        List<Cursor> items = m.elements();
        if (m.required() && items.isEmpty() && m.arraySize() == 0 && m.present()) {
            m.refuse("packFile.flags.none");
        }
        boolean ok = true;
        for (Cursor f : items) {
            Optional<Metric<Boolean>> flag = scope.metricOf(f, ValueType.FLAG, level);
            if (flag.isPresent() && flags.contains(flag.get())) {
                f.refuse("packFile.flags.twice");
                ok = false;
            }
            flag.ifPresent(flags::add);
            ok &= flag.isPresent();
        }
        return ok && !flags.isEmpty() ? Optional.of(new Measure.FlagsHeld(flags)) : Optional.empty();
    }

    private static Optional<Measure> children(Cursor m, boolean meeting, AdminLevel level) {
        Shape shape = meeting ? CHILDREN_MEETING_SHAPE : CHILDREN_CERTIFIED_SHAPE;
        Field ref = meeting ? CRITERION : CERTIFICATION;
        if (!m.required() || !m.object(shape.names())) {
            return Optional.empty();
        }
        Optional<AdminLevel> childLevel = Values.level(CHILD_LEVEL.in(m), false);
        Optional<String> id = ref.in(m).requiredString();
        Optional<Measure.Form> form = FORM.in(m).required() ? FORM.in(m).enumValue(Measure.Form.class) : Optional.empty();
        if (childLevel.isPresent() && !level.isAbove(childLevel.get())) {
            CHILD_LEVEL.in(m).refuse("packFile.measure.levelNotBelow", "child", childLevel.get().label(), "level", level.label());
            return Optional.empty();
        }
        if (childLevel.isEmpty() || id.isEmpty() || form.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(meeting ? new Measure.ChildrenMeeting(childLevel.get(), id.get(), form.get())
                : new Measure.ChildrenCertified(childLevel.get(), id.get(), form.get()));
    }

    /** Writes a measure; the metrics it names are written by id. */
    static JsonOut.Obj write(Measure m) {
        JsonOut.Obj o = JsonOut.object();
        if (m instanceof Measure.Ratio r) {
            JsonOut.Obj ratio = o.putObject(RATIO.name());
            ratio.put(NUMERATOR.name(), r.numerator().id());
            ratio.put(DENOMINATOR.name(), r.denominator().id());
        } else if (m instanceof Measure.Count c) {
            o.put(COUNT.name(), c.metric().id());
        } else if (m instanceof Measure.Flag f) {
            o.put(FLAG.name(), f.metric().id());
        } else if (m instanceof Measure.FlagsHeld f) {
            JsonOut.Arr flags = o.putArray(FLAGS_HELD.name());
            f.flags().forEach(x -> flags.add(x.id()));
        } else if (m instanceof Measure.NotEncoded n) {
            o.set(NOT_ENCODED.name(), Values.text(n.why()));
        } else if (m instanceof Measure.ChildrenMeeting c) {
            JsonOut.Obj x = o.putObject(CHILDREN_MEETING.name());
            x.put(CHILD_LEVEL.name(), Cursor.enumName(c.level()));
            x.put(CRITERION.name(), c.criterionId());
            x.put(FORM.name(), Cursor.enumName(c.form()));
        } else if (m instanceof Measure.ChildrenCertified c) {
            JsonOut.Obj x = o.putObject(CHILDREN_CERTIFIED.name());
            x.put(CHILD_LEVEL.name(), Cursor.enumName(c.level()));
            x.put(CERTIFICATION.name(), c.certificationId());
            x.put(FORM.name(), Cursor.enumName(c.form()));
        }
        return o;
    }
}
