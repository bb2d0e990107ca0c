package vn.smartvillage.internal.format;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Threshold;

/**
 * An element of a pack's {@code overrides}: {@code {op, …}} with {@code op} one of {@code threshold},
 * {@code drop} and {@code replace}, each its own shape, read into a typed {@link RuleOverride}.
 */
final class OverrideCodec {

    static final Field OP = Field.required("op");
    static final Field CRITERION = Field.conditional(RuleElement.CRITERION.field());
    static final Field TARGET = Field.conditional(RuleElement.TARGET.field());
    static final Field CERTIFICATION = Field.conditional(RuleElement.CERTIFICATION.field());
    static final Field THRESHOLD = Field.required("threshold");
    static final Field CITATION = Field.optional("citation");

    /** What each {@code op} does, and the shape of its object. */
    enum Op {
        /** A new threshold (and perhaps citation) for a criterion or target. */
        SET_THRESHOLD("threshold", Shape.of("threshold override", "/$defs/override/oneOf/0", OP, CRITERION, TARGET, THRESHOLD, CITATION)),
        /** A rule dropped. */
        DROP("drop", Shape.of("drop override", "/$defs/override/oneOf/1", OP, CRITERION, TARGET, CERTIFICATION)),
        /** A rule replaced whole. */
        REPLACE("replace", Shape.of("replace override", "/$defs/override/oneOf/2", OP, CRITERION, TARGET, CERTIFICATION));

        private final String name;
        private final Shape shape;

        Op(String name, Shape shape) {
            this.name = name;
            this.shape = shape;
        }

        /** Returns the value of {@code op} that names it. */
        String opName() {
            return name;
        }

        /** Returns the shape of its object. */
        Shape shape() {
            return shape;
        }

        /** Returns the names of the subject fields its object may have. */
        Set<String> subjects() {
            return shape.names(Field.Presence.CONDITIONAL);
        }
    }

    private OverrideCodec() {
    }

    /**
     * Returns the names every op's object may have, for an override without an {@code op}. (A method, not a
     * constant: {@link Op}'s shapes are made of this class's fields, so a constant here made of {@link Op}
     * would depend on which of the two classes is initialised first.)
     */
    private static Set<String> anyFields() {
        Set<String> all = new LinkedHashSet<>();
        for (Op op : Op.values()) {
            all.addAll(op.shape().names());
        }
        return Collections.unmodifiableSet(all);
    }

    private static List<String> opNames() {
        return Arrays.stream(Op.values()).map(Op::opName).toList();
    }

    /** Reads an override. */
    static Optional<RuleOverride> read(Cursor o, Scope scope) {
        if (!o.required() || !o.isObject()) {
            o.object(Set.of());
            return Optional.empty();
        }
        Optional<String> name = OP.in(o).requiredString();
        if (name.isEmpty()) {
            o.object(anyFields());
            return Optional.empty();
        }
        Optional<Op> op = Arrays.stream(Op.values()).filter(x -> x.opName().equals(name.get())).findFirst();
        if (op.isEmpty()) {
            List<String> names = opNames();
            OP.in(o).refuse("json.notOneOf", Suggestions.suggesting(name.get(), names, "value", name.get(), "known", String.join(", ", names)));
            return Optional.empty();
        }
        o.object(op.get().shape().names());
        return switch (op.get()) {
            case SET_THRESHOLD -> setThreshold(o, scope);
            case DROP -> subject(o, Op.DROP.subjects()).map(RuleOverride.Drop::new);
            case REPLACE -> replace(o, scope);
        };
    }

    private static Optional<RuleOverride> setThreshold(Cursor o, Scope scope) {
        Optional<RuleKey> subject = subject(o, Op.SET_THRESHOLD.subjects());
        Optional<Threshold> threshold = ThresholdCodec.read(THRESHOLD.in(o), true);
        // A citation that cannot be read is reported; the threshold is still applied, so that what it does
        // is checked too.
        Optional<Citation> citation = CITATION.in(o).present() ? CitationCodec.read(CITATION.in(o), scope) : Optional.empty();
        if (subject.isEmpty() || threshold.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleOverride.SetThreshold(subject.get(), threshold.get(), citation.orElse(null)));
    }

    private static Optional<RuleOverride> replace(Cursor o, Scope scope) {
        Optional<String> kind = Values.kindOf(o, Op.REPLACE.subjects());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Cursor body = o.get(kind.get());
        return switch (RuleElement.ofField(kind.get())) {
            case CRITERION -> CriterionCodec.read(body, CriterionCodec.SHAPE.names(), scope).map(RuleOverride.ReplaceCriterion::new);
            case TARGET -> TargetCodec.read(body, scope).map(RuleOverride.ReplaceTarget::new);
            case CERTIFICATION -> CertificationCodec.read(body, scope).map(RuleOverride.ReplaceCertification::new);
        };
    }

    /** Returns the rule an override names by id, in exactly one of the fields {@code kinds}. */
    private static Optional<RuleKey> subject(Cursor o, Set<String> kinds) {
        return Values.kindOf(o, kinds).flatMap(k -> o.get(k).requiredString().map(id -> new RuleKey(RuleElement.ofField(k), id)));
    }

    /** Returns the cursor on the field of {@code o} that names or holds {@code subject}. */
    static Cursor subjectIn(Cursor o, RuleKey subject) {
        return o.get(subject.kind().field());
    }

    /** Writes an override; a new rule is written whole and a new citation as an object. */
    static JsonOut.Obj write(RuleOverride override) {
        JsonOut.Obj o = JsonOut.object();
        if (override instanceof RuleOverride.SetThreshold s) {
            o.put(OP.name(), Op.SET_THRESHOLD.opName());
            o.put(s.subject().kind().field(), s.subject().id());
            o.put(THRESHOLD.name(), ThresholdCodec.write(s.threshold()));
            if (s.citation() != null) {
                o.set(CITATION.name(), CitationCodec.write(s.citation()));
            }
        } else if (override instanceof RuleOverride.Drop d) {
            o.put(OP.name(), Op.DROP.opName());
            o.put(d.subject().kind().field(), d.subject().id());
        } else {
            o.put(OP.name(), Op.REPLACE.opName());
            if (override instanceof RuleOverride.ReplaceCriterion r) {
                o.set(CRITERION.name(), CriterionCodec.write(r.criterion()));
            } else if (override instanceof RuleOverride.ReplaceTarget r) {
                o.set(TARGET.name(), TargetCodec.write(r.target()));
            } else if (override instanceof RuleOverride.ReplaceCertification r) {
                o.set(CERTIFICATION.name(), CertificationCodec.write(r.certification()));
            }
        }
        return o;
    }
}
