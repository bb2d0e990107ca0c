package vn.smartvillage.internal.json;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import vn.smartvillage.internal.Strings;

/**
 * A small JSON tree for writing: objects keep their fields in the order they were put, and the tree
 * writes itself to a streaming generator. Writers build one element at a time (a unit of a report, a
 * rule of a pack) and stream it, so that memory stays with the element, not the whole document.
 *
 * <p>Not thread-safe; a value to write, never read back.
 */
public final class JsonOut {

    private JsonOut() {
    }

    /** Returns a new, empty object. */
    public static Obj object() {
        return new Obj();
    }

    /** Returns a new, empty array. */
    public static Arr array() {
        return new Arr();
    }

    /** A value that can write itself. */
    public sealed interface Value permits Obj, Arr, Scalar {
        /** Writes this value to {@code g}. */
        void write(JsonGenerator g);

        /** Returns this value as JSON text, as {@link JsonFormats#write(Node)} writes a tree. */
        default String text() {
            StringWriter s = new StringWriter();
            try (JsonGenerator g = JsonFormats.generator(s)) {
                write(g);
            }
            return s + "\n";
        }
    }

    /** A string, number, boolean or null. */
    private record Scalar(Object value) implements Value {
        @Override
        public void write(JsonGenerator g) {
            if (value == null) {
                g.writeNull();
            } else if (value instanceof String s) {
                g.writeString(Strings.wellFormed(s));
            } else if (value instanceof Long l) {
                g.writeNumber(l);
            } else if (value instanceof Integer i) {
                g.writeNumber(i);
            } else if (value instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writeNumber((BigDecimal) value);
            }
        }
    }

    /** An object under construction. */
    public static final class Obj implements Value {
        private final List<String> names = new ArrayList<>();
        private final List<Value> values = new ArrayList<>();

        private Obj() {
        }

        private <V extends Value> V add(String name, V v) {
            names.add(name);
            values.add(v);
            return v;
        }

        /** Puts a string field. */
        public Obj put(String name, String value) {
            add(name, new Scalar(value));
            return this;
        }

        /** Puts a whole-number field. */
        public Obj put(String name, long value) {
            add(name, new Scalar(value));
            return this;
        }

        /** Puts a whole-number field. */
        public Obj put(String name, int value) {
            add(name, new Scalar(value));
            return this;
        }

        /** Puts a boolean field. */
        public Obj put(String name, boolean value) {
            add(name, new Scalar(value));
            return this;
        }

        /** Puts a decimal field. */
        public Obj put(String name, BigDecimal value) {
            add(name, new Scalar(value));
            return this;
        }

        /** Puts a null field. */
        public Obj putNull(String name) {
            add(name, new Scalar(null));
            return this;
        }

        /** Puts {@code value} as field {@code name}. */
        public Obj set(String name, Value value) {
            add(name, value);
            return this;
        }

        /** Puts a new object as field {@code name} and returns it. */
        public Obj putObject(String name) {
            return add(name, new Obj());
        }

        /** Puts a new array as field {@code name} and returns it. */
        public Arr putArray(String name) {
            return add(name, new Arr());
        }

        @Override
        public void write(JsonGenerator g) {
            g.writeStartObject();
            for (int i = 0; i < names.size(); i++) {
                g.writeName(names.get(i));
                values.get(i).write(g);
            }
            g.writeEndObject();
        }
    }

    /** An array under construction. */
    public static final class Arr implements Value {
        private final List<Value> values = new ArrayList<>();

        private Arr() {
        }

        /** Adds a string. */
        public Arr add(String value) {
            values.add(new Scalar(value));
            return this;
        }

        /** Adds {@code value}. */
        public Arr add(Value value) {
            values.add(value);
            return this;
        }

        /** Adds a new object and returns it. */
        public Obj addObject() {
            Obj o = new Obj();
            values.add(o);
            return o;
        }

        @Override
        public void write(JsonGenerator g) {
            g.writeStartArray();
            for (Value v : values) {
                v.write(g);
            }
            g.writeEndArray();
        }
    }
}
