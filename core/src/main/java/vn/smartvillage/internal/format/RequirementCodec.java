package vn.smartvillage.internal.format;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Requirement;

/**
 * A certification's requirement: a criterion id (short for {@code {meets: id}}), or an object of one of
 * five kinds, each its own shape.
 */
final class RequirementCodec {

    static final Field ALL_OF = Field.required("allOf");
    static final Field ANY_OF = Field.required("anyOf");
    static final Field AT_LEAST = Field.required("atLeast");
    static final Field OF = Field.required("of");
    static final Field MEETS = Field.required("meets");
    static final Field CHILDREN_CERTIFIED = Field.required("childrenCertified");
    static final Shape ALL_OF_SHAPE = Shape.of("allOf requirement", "/$defs/requirement/oneOf/1", ALL_OF);
    static final Shape ANY_OF_SHAPE = Shape.of("anyOf requirement", "/$defs/requirement/oneOf/2", ANY_OF);
    static final Shape AT_LEAST_SHAPE = Shape.of("atLeast requirement", "/$defs/requirement/oneOf/3", AT_LEAST, OF);
    static final Shape MEETS_SHAPE = Shape.of("meets requirement", "/$defs/requirement/oneOf/4", MEETS);
    static final Shape CHILDREN_SHAPE = Shape.of("childrenCertified requirement", "/$defs/requirement/oneOf/5", CHILDREN_CERTIFIED);

    static final Field COUNT = Field.required("count");
    static final Field LEVEL = Field.required("level");
    static final Field CERTIFICATION = Field.required("certification");
    static final Shape CHILDREN_BODY = Shape.of("childrenCertified", "/$defs/requirement/oneOf/5/properties/childrenCertified",
            COUNT, LEVEL, CERTIFICATION);

    /** The field that names each kind, the first of its shape. */
    private static final Set<String> KINDS = kinds(ALL_OF_SHAPE, ANY_OF_SHAPE, AT_LEAST_SHAPE, MEETS_SHAPE, CHILDREN_SHAPE);

    private RequirementCodec() {
    }

    private static Set<String> kinds(Shape... shapes) {
        Set<String> out = new LinkedHashSet<>();
        for (Shape s : shapes) {
            out.add(s.fields().get(0).name());
        }
        return Collections.unmodifiableSet(out);
    }

    /** Reads a requirement. */
    static Optional<Requirement> read(Cursor c) {
        if (c.isString()) {
            return c.string().map(Requirement::meets);
        }
        if (!c.required()) {
            return Optional.empty();
        }
        if (!c.isObject()) {
            c.object(Set.of());
            return Optional.empty();
        }
        List<String> kinds = c.fieldNames().stream().filter(KINDS::contains).toList();
        if (kinds.contains(AT_LEAST.name())) {
            return atLeast(c);
        }
        c.object(KINDS);
        if (kinds.size() != 1) {
            c.refuse("packFile.requirement.exactlyOne");
            return Optional.empty();
        }
        String kind = kinds.get(0);
        Cursor r = c.get(kind);
        if (kind.equals(ALL_OF.name()) || kind.equals(ANY_OF.name())) {
            List<Optional<Requirement>> parts = r.elements().stream().map(RequirementCodec::read).toList();
            if (r.present() && r.arraySize() == 0) {
                r.refuse("packFile.requirement.none");
            }
            if (parts.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
                return Optional.empty();
            }
            List<Requirement> list = parts.stream().map(Optional::get).toList();
            Requirement[] array = list.toArray(Requirement[]::new);
            return Optional.of(kind.equals(ALL_OF.name()) ? Requirement.allOf(array) : Requirement.anyOf(array));
        }
        if (kind.equals(MEETS.name())) {
            return r.requiredString().map(Requirement::meets);
        }
        return childrenCertified(r);
    }

    private static Optional<Requirement> atLeast(Cursor c) {
        c.object(AT_LEAST_SHAPE.names());
        Cursor n = AT_LEAST.in(c);
        Cursor of = OF.in(c);
        Optional<Long> count = n.required() ? n.integer(1, 1000) : Optional.empty();
        List<Optional<Requirement>> options = of.required() ? of.elements().stream().map(RequirementCodec::read).toList() : List.of();
        if (of.present() && of.arraySize() == 0) {
            of.refuse("packFile.requirement.none");
        }
        if (count.isPresent() && !options.isEmpty() && count.get() > options.size()) {
            n.refuse("packFile.requirement.atLeastTooMany", "count", count.get(), "options", options.size());
            return Optional.empty();
        }
        if (count.isEmpty() || options.isEmpty() || options.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(Requirement.atLeast(count.get().intValue(), options.stream().map(Optional::get).toArray(Requirement[]::new)));
    }

    private static Optional<Requirement> childrenCertified(Cursor r) {
        if (!r.required() || !r.object(CHILDREN_BODY.names())) {
            return Optional.empty();
        }
        Optional<Long> count = COUNT.in(r).required() ? COUNT.in(r).integer(1, 1_000_000) : Optional.empty();
        Optional<AdminLevel> level = Values.level(LEVEL.in(r), false);
        Optional<String> cert = CERTIFICATION.in(r).requiredString();
        if (count.isEmpty() || level.isEmpty() || cert.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Requirement.childrenCertified(count.get().intValue(), level.get(), cert.get()));
    }

    /** Writes a requirement, always as an object. */
    static JsonOut.Value write(Requirement r) {
        JsonOut.Obj o = JsonOut.object();
        return r.match(new Requirement.Cases<JsonOut.Value>() {
            @Override
            public JsonOut.Value allOf(List<Requirement> all) {
                JsonOut.Arr arr = o.putArray(ALL_OF.name());
                all.forEach(x -> arr.add(write(x)));
                return o;
            }

            @Override
            public JsonOut.Value anyOf(List<Requirement> any) {
                JsonOut.Arr arr = o.putArray(ANY_OF.name());
                any.forEach(x -> arr.add(write(x)));
                return o;
            }

            @Override
            public JsonOut.Value atLeast(int n, List<Requirement> options) {
                o.put(AT_LEAST.name(), n);
                JsonOut.Arr of = o.putArray(OF.name());
                options.forEach(x -> of.add(write(x)));
                return o;
            }

            @Override
            public JsonOut.Value meets(String criterionId) {
                return o.put(MEETS.name(), criterionId);
            }

            @Override
            public JsonOut.Value childrenCertified(int count, AdminLevel level, String certificationId) {
                JsonOut.Obj x = o.putObject(CHILDREN_CERTIFIED.name());
                x.put(COUNT.name(), count);
                x.put(LEVEL.name(), Cursor.enumName(level));
                x.put(CERTIFICATION.name(), certificationId);
                return o;
            }
        });
    }
}
