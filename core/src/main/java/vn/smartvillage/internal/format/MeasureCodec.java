package vn.smartvillage.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.smartvillage.Text;
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
    /** Which units a measure over certified units counts; computed when absent, and then not written. */
    static final Field COUNTS = Field.optional("counts");
    static final Shape CHILDREN_MEETING_SHAPE = Shape.of("childrenMeeting", "/$defs/measure/properties/childrenMeeting",
            CHILD_LEVEL, CRITERION, FORM);
    static final Shape CHILDREN_CERTIFIED_SHAPE = Shape.of("childrenCertified", "/$defs/measure/properties/childrenCertified",
            CHILD_LEVEL, CERTIFICATION, FORM, COUNTS);

    /** The words of a child measure's {@code form}: a share of the units below or a count of them. */
    enum Form {
        /** The share of the units below, compared with a percentage. */
        SHARE,
        /** The number of units below, compared with a whole number. */
        COUNT
    }

    /**
     * The words of a measure over certified units' {@code counts}: the units the pack certifies, those an
     * official decision recognises, or either.
     */
    enum Counting {
        /** The units the pack certifies from their figures: the default. */
        COMPUTED,
        /** The units an official decision in the dataset recognises. */
        RECOGNISED,
        /** The units recognised or certified, each once. */
        EITHER
    }

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
            return num.isPresent() && den.isPresent() ? Optional.of(Measure.ratio(num.get(), den.get())) : Optional.empty();
        }
        if (kind.equals(COUNT.name())) {
            return scope.<Long>metricOf(m, ValueType.COUNT, level).map(Measure::count);
        }
        if (kind.equals(FLAG.name())) {
            return scope.<Boolean>metricOf(m, ValueType.FLAG, level).map(Measure::flag);
        }
        if (kind.equals(NOT_ENCODED.name())) {
            return Values.text(m, true).map(why -> Measure.notEncoded(why.vi(), why.en()));
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
        return ok && !flags.isEmpty() ? Optional.of(Measure.flagsHeld(flags)) : Optional.empty();
    }

    private static Optional<Measure> children(Cursor m, boolean meeting, AdminLevel level) {
        Shape shape = meeting ? CHILDREN_MEETING_SHAPE : CHILDREN_CERTIFIED_SHAPE;
        Field ref = meeting ? CRITERION : CERTIFICATION;
        if (!m.required() || !m.object(shape.names())) {
            return Optional.empty();
        }
        Optional<AdminLevel> childLevel = Values.level(CHILD_LEVEL.in(m), false);
        Optional<String> id = ref.in(m).requiredString();
        Optional<Form> form = FORM.in(m).required() ? FORM.in(m).enumValue(Form.class) : Optional.empty();
        if (childLevel.isPresent() && !level.isAbove(childLevel.get())) {
            CHILD_LEVEL.in(m).refuse("packFile.measure.levelNotBelow", "child", childLevel.get().label(), "level", level.label());
            return Optional.empty();
        }
        if (childLevel.isEmpty() || id.isEmpty() || form.isEmpty()) {
            return Optional.empty();
        }
        boolean share = form.get() == Form.SHARE;
        if (meeting) {
            return Optional.of(share ? Measure.shareMeeting(childLevel.get(), id.get()) : Measure.countMeeting(childLevel.get(), id.get()));
        }
        Optional<Counting> counting = COUNTS.in(m).present() ? COUNTS.in(m).enumValue(Counting.class) : Optional.of(Counting.COMPUTED);
        return counting.map(k -> certified(share, childLevel.get(), id.get(), k));
    }

    private static Measure certified(boolean share, AdminLevel level, String id, Counting counting) {
        return switch (counting) {
            case COMPUTED -> share ? Measure.shareCertified(level, id) : Measure.countCertified(level, id);
            case RECOGNISED -> share ? Measure.shareRecognised(level, id) : Measure.countRecognised(level, id);
            case EITHER -> share ? Measure.shareCertifiedOrRecognised(level, id) : Measure.countCertifiedOrRecognised(level, id);
        };
    }

    /** Writes a measure; the metrics it names are written by id. */
    static JsonOut.Obj write(Measure m) {
        JsonOut.Obj o = JsonOut.object();
        return m.match(new Measure.Cases<>() {
            @Override
            public JsonOut.Obj ratio(Metric<Long> numerator, Metric<Long> denominator) {
                JsonOut.Obj ratio = o.putObject(RATIO.name());
                ratio.put(NUMERATOR.name(), numerator.id());
                ratio.put(DENOMINATOR.name(), denominator.id());
                return o;
            }

            @Override
            public JsonOut.Obj count(Metric<Long> metric) {
                return o.put(COUNT.name(), metric.id());
            }

            @Override
            public JsonOut.Obj flag(Metric<Boolean> metric) {
                return o.put(FLAG.name(), metric.id());
            }

            @Override
            public JsonOut.Obj flagsHeld(List<Metric<Boolean>> flags) {
                JsonOut.Arr held = o.putArray(FLAGS_HELD.name());
                flags.forEach(x -> held.add(x.id()));
                return o;
            }

            @Override
            public JsonOut.Obj shareMeeting(AdminLevel level, String criterionId) {
                return children(CHILDREN_MEETING, level, CRITERION, criterionId, Form.SHARE);
            }

            @Override
            public JsonOut.Obj countMeeting(AdminLevel level, String criterionId) {
                return children(CHILDREN_MEETING, level, CRITERION, criterionId, Form.COUNT);
            }

            @Override
            public JsonOut.Obj shareCertified(AdminLevel level, String certificationId) {
                return children(CHILDREN_CERTIFIED, level, CERTIFICATION, certificationId, Form.SHARE);
            }

            @Override
            public JsonOut.Obj countCertified(AdminLevel level, String certificationId) {
                return children(CHILDREN_CERTIFIED, level, CERTIFICATION, certificationId, Form.COUNT);
            }



            @Override
            public JsonOut.Obj notEncoded(Text why) {
                return o.set(NOT_ENCODED.name(), Values.text(why));
            }

            private JsonOut.Obj children(Field kind, AdminLevel level, Field ref, String id, Form form) {
                JsonOut.Obj x = o.putObject(kind.name());
                x.put(CHILD_LEVEL.name(), Cursor.enumName(level));
                x.put(ref.name(), id);
                x.put(FORM.name(), Cursor.enumName(form));
                // counts is written only when it is not the default, so that a pack's content hash stays as it was.
                if (m.countsRecognised()) {
                    x.put(COUNTS.name(), Cursor.enumName(m.countsComputed() ? Counting.EITHER : Counting.RECOGNISED));
                }
                return o;
            }
        });
    }
}
