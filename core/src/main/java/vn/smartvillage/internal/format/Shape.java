package vn.smartvillage.internal.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of one kind of object of the pack format, and where the JSON Schema describes it. The reader
 * refuses any other field with {@link #names()}, and a writer writes none other; a test holds the schema to
 * the shapes, so that the two cannot drift apart.
 */
public final class Shape {

    private final String element;
    private final List<String> schemaPlaces;
    private final List<Field> fields;
    private final Set<String> names;

    private Shape(String element, List<String> schemaPlaces, List<Field> fields) {
        this.element = element;
        this.schemaPlaces = List.copyOf(schemaPlaces);
        this.fields = List.copyOf(fields);
        Set<String> n = new LinkedHashSet<>();
        fields.forEach(f -> n.add(f.name()));
        this.names = Collections.unmodifiableSet(n);
    }

    static Shape of(String element, String schemaPlace, Field... fields) {
        return new Shape(element, List.of(schemaPlace), List.of(fields));
    }

    static Shape of(String element, List<String> schemaPlaces, Field... fields) {
        return new Shape(element, schemaPlaces, List.of(fields));
    }

    /** Returns this shape's fields followed by {@code more}, as the shape of {@code element}, described at {@code schemaPlace}. */
    Shape with(String element, String schemaPlace, Field... more) {
        List<Field> all = new ArrayList<>(fields);
        all.addAll(List.of(more));
        return new Shape(element, List.of(schemaPlace), all);
    }

    /** Returns what the object is, such as {@code "criterion"}. */
    public String element() {
        return element;
    }

    /**
     * Returns the JSON pointers, in {@code docs/rule-pack.schema.json}, of the object schemas that describe
     * it: one, or one per alternative (a requirement's {@code allOf}, {@code anyOf}, …).
     */
    public List<String> schemaPlaces() {
        return schemaPlaces;
    }

    /** Returns the fields, in the order a writer writes them. */
    public List<Field> fields() {
        return fields;
    }

    /** Returns the names of the fields, in order; unmodifiable. */
    public Set<String> names() {
        return names;
    }

    /** Returns the names of the fields of {@code presence}, in order; unmodifiable. */
    public Set<String> names(Field.Presence presence) {
        Set<String> out = new LinkedHashSet<>();
        fields.stream().filter(f -> f.presence() == presence).forEach(f -> out.add(f.name()));
        return Collections.unmodifiableSet(out);
    }

    /** Returns {@code element}. */
    @Override
    public String toString() {
        return element;
    }
}
