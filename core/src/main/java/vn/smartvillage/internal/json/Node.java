package vn.smartvillage.internal.json;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON or YAML document as read: an immutable tree of objects, arrays, strings, numbers, booleans and
 * nulls, built by {@link JsonFormats} from a token stream within the read limits.
 *
 * <p>The library reads its formats from this small tree rather than from a data-binding library's, so
 * that nothing in a document can name a class, so that it needs only a parser's streaming core (which
 * does not clash with an application's own JSON library), and so that numbers stay as written until a
 * reader asks for them within bounds. Object field names are in NFC and unique; strings are well-formed
 * UTF-16 (no unpaired surrogate).
 */
public sealed interface Node permits Node.ObjectNode, Node.ArrayNode, Node.StringNode, Node.NumberNode, Node.BooleanNode,
        Node.NullNode {

    /** The largest power of ten a number may carry, either way: {@code 1e400} and {@code 1e-400} are refused. */
    int MAX_EXPONENT = 400;

    /** An object: field names in document order, each once. */
    final class ObjectNode implements Node {
        private static final int INDEX_FROM = 9;
        private final String[] names;
        private final Node[] values;
        private final Map<String, Integer> index;

        ObjectNode(String[] names, Node[] values) {
            this.names = names;
            this.values = values;
            if (names.length >= INDEX_FROM) {
                Map<String, Integer> m = new HashMap<>(names.length * 2);
                for (int i = 0; i < names.length; i++) {
                    m.put(names[i], i);
                }
                this.index = m;
            } else {
                this.index = null;
            }
        }

        /** Returns the value of field {@code name}, or {@code null} if there is no such field. */
        public Node get(String name) {
            if (index != null) {
                Integer i = index.get(name);
                return i == null ? null : values[i];
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }

        /** Returns the field names in document order. */
        public List<String> names() {
            return List.of(names);
        }

        /** Returns how many fields the object has. */
        public int size() {
            return names.length;
        }

        /** Returns the name of field {@code i}, in document order. */
        public String name(int i) {
            return names[i];
        }

        /** Returns the value of field {@code i}, in document order. */
        public Node value(int i) {
            return values[i];
        }

        /** Returns a copy without field {@code name}. */
        public ObjectNode without(String name) {
            int n = 0;
            String[] ns = new String[names.length];
            Node[] vs = new Node[names.length];
            for (int i = 0; i < names.length; i++) {
                if (!names[i].equals(name)) {
                    ns[n] = names[i];
                    vs[n++] = values[i];
                }
            }
            return new ObjectNode(Arrays.copyOf(ns, n), Arrays.copyOf(vs, n));
        }
    }

    /** Returns {@code node} without field {@code name} in any object at any depth; other nodes are shared. */
    static Node withoutEverywhere(Node node, String name) {
        if (node instanceof ObjectNode o) {
            ObjectNode kept = o.without(name);
            Node[] values = new Node[kept.size()];
            String[] names = new String[kept.size()];
            for (int i = 0; i < values.length; i++) {
                names[i] = kept.name(i);
                values[i] = withoutEverywhere(kept.value(i), name);
            }
            return new ObjectNode(names, values);
        }
        if (node instanceof ArrayNode a) {
            Node[] items = new Node[a.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = withoutEverywhere(a.get(i), name);
            }
            return new ArrayNode(items);
        }
        return node;
    }

    /** An array. */
    final class ArrayNode implements Node {
        private final Node[] items;

        ArrayNode(Node[] items) {
            this.items = items;
        }

        /** Returns how many elements the array has. */
        public int size() {
            return items.length;
        }

        /** Returns element {@code i}. */
        public Node get(int i) {
            return items[i];
        }
    }

    /**
     * A string, in NFC only where a reader normalises it: the document's own characters are kept, so
     * that a report can be checked against what was written.
     */
    record StringNode(String value) implements Node {
    }

    /**
     * A number as written in the document, such as {@code 12}, {@code -0.5} or {@code 1e3}: at most 100
     * characters, read as an exact decimal only on request and only when its power of ten is within
     * {@value #MAX_EXPONENT}, so that a literal like {@code 1e999999999} never expands into a billion digits.
     */
    record NumberNode(String literal) implements Node {
        private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

        /** Returns the exact value, or empty when its power of ten is beyond {@value Node#MAX_EXPONENT} either way. */
        public Optional<BigDecimal> decimal() {
            BigDecimal d;
            try {
                d = new BigDecimal(literal);
            } catch (NumberFormatException | ArithmeticException e) {
                return Optional.empty();
            }
            // The power of ten of the leading digit: 1e400 → 400, 0.001 → -3. Bounding it, and the scale
            // (how many digits a plain form needs), keeps every later step small.
            long power = (long) d.precision() - d.scale() - 1;
            if (Math.abs(power) > MAX_EXPONENT || Math.abs((long) d.scale()) > MAX_EXPONENT + 100) {
                return Optional.empty();
            }
            return Optional.of(d);
        }

        /** Returns the literal, cut to 40 characters for a message. */
        public String shown() {
            return literal.length() <= 40 ? literal : literal.substring(0, 37) + "…";
        }

        /** Returns whether {@code s} is a number written as JSON writes one. */
        static boolean isJsonNumber(String s) {
            return s.length() <= 100 && NUMBER.matcher(s).matches();
        }
    }

    /** {@code true} or {@code false}. */
    enum BooleanNode implements Node {
        /** {@code false}. */
        FALSE,
        /** {@code true}. */
        TRUE;

        /** Returns the node for {@code b}. */
        static BooleanNode of(boolean b) {
            return b ? TRUE : FALSE;
        }

        /** Returns the value. */
        public boolean value() {
            return this == TRUE;
        }
    }

    /** {@code null}. */
    enum NullNode implements Node {
        /** The one null. */
        NULL
    }
}
