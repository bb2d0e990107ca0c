package vn.smartvillage.internal.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.smartvillage.Text;
import vn.smartvillage.internal.Strings;

/**
 * A place in a JSON (or YAML) tree: the node, its JSON pointer, and the diagnostics of the read.
 *
 * <p>Every accessor records a problem at this pointer when the node has the wrong shape, and returns an
 * empty result instead of throwing, so that a reader goes on and reports every problem of a document at
 * once. A JSON {@code null} counts as absent.
 */
public final class Cursor {

    private final Node node;
    /** The cursor this one is a field or an element of; null for the root. */
    private final Cursor parent;
    /** The field's name, or null for an element (then {@link #index}). */
    private final String name;
    private final int index;
    private final Diagnostics diagnostics;
    /** The JSON pointer, made when a problem first needs it: a read makes a cursor per value and almost no problem. */
    private String pointer;

    private Cursor(Node node, Cursor parent, String name, int index, Diagnostics diagnostics) {
        this.node = node == null || node == Node.NullNode.NULL ? null : node;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.diagnostics = diagnostics;
        this.pointer = parent == null ? "" : null;
    }

    /** Returns a cursor on the root of a document. */
    public static Cursor root(Node node, Diagnostics diagnostics) {
        return new Cursor(node, null, null, -1, diagnostics);
    }

    /** Returns a cursor on {@code node} as element {@code index} of the array here (which the tree need not hold). */
    public Cursor element(int index, Node node) {
        return new Cursor(node, this, null, index, diagnostics);
    }

    /** Returns the JSON pointer of this place, empty for the root. */
    public String pointer() {
        String p = pointer;
        if (p == null) {
            p = parent.pointer() + "/" + (name != null ? escape(name) : Integer.toString(index));
            pointer = p;
        }
        return p;
    }

    /** Returns the diagnostics this read records into. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Returns {@code true} if there is a non-null value here. */
    public boolean present() {
        return node != null;
    }

    /** Returns {@code true} if the value here is a JSON string. */
    public boolean isString() {
        return node instanceof Node.StringNode;
    }

    /** Returns {@code true} if the value here is a JSON object. */
    public boolean isObject() {
        return node instanceof Node.ObjectNode;
    }

    /** Returns the cursor on field {@code name} of this object (absent if this is not an object). */
    public Cursor get(String name) {
        Node child = node instanceof Node.ObjectNode o ? o.get(name) : null;
        return new Cursor(child, this, name, -1, diagnostics);
    }

    /** Records the problem {@code code} at this place, with its arguments as name, value pairs (see {@code Problem.of}). */
    public void refuse(String code, Object... arguments) {
        diagnostics.refuse(pointer(), code, arguments);
    }

    /**
     * Checks that the value here is an object whose fields are all among {@code allowed}; records each
     * unknown field with a "did you mean" where one is close.
     *
     * @return {@code false} if the value is absent or not an object
     */
    public boolean object(Set<String> allowed) {
        if (node == null) {
            return false;
        }
        if (!(node instanceof Node.ObjectNode o)) {
            refuse("json.notObject", "found", kind());
            return false;
        }
        for (String name : o.names()) {
            if (!allowed.contains(name)) {
                get(name).refuse("json.unknownField", Suggestions.suggesting(name, allowed, "field", name));
            }
        }
        return true;
    }

    /** Returns the field names of an object here, in document order; empty if absent or not an object. */
    public List<String> fieldNames() {
        return node instanceof Node.ObjectNode o ? o.names() : List.of();
    }

    /** Records "is required" here if nothing is here; returns whether something is. */
    public boolean required() {
        if (node == null) {
            refuse("json.required");
            return false;
        }
        return true;
    }

    /** Returns the number of elements if an array is here, 0 otherwise; records nothing. */
    public int arraySize() {
        return node instanceof Node.ArrayNode a ? a.size() : 0;
    }

    /** Returns the elements of the array here; absent is empty; anything else is a problem. */
    public List<Cursor> elements() {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Node.ArrayNode a)) {
            refuse("json.notArray", "found", kind());
            return List.of();
        }
        List<Cursor> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(element(i, a.get(i)));
        }
        return out;
    }

    /** Returns the string here; absent is empty; a non-string is a problem. */
    public Optional<String> string() {
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof Node.StringNode s)) {
            refuse("json.notString", "found", kind());
            return Optional.empty();
        }
        return Optional.of(Text.nfc(s.value()));
    }

    /** Returns the string here, recording a problem if it is absent or blank. */
    public Optional<String> requiredString() {
        if (!required()) {
            return Optional.empty();
        }
        Optional<String> s = string();
        if (s.isPresent() && s.get().isBlank()) {
            refuse("json.blank");
            return Optional.empty();
        }
        return s;
    }

    /** Returns the date ({@code yyyy-mm-dd}) here; absent is empty. */
    public Optional<LocalDate> date() {
        return string().flatMap(s -> {
            try {
                return Optional.of(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                refuse("json.notDate", "value", s);
                return Optional.empty();
            }
        });
    }

    /** Returns the boolean here; absent is empty. */
    public Optional<Boolean> bool() {
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof Node.BooleanNode b)) {
            refuse("json.notBoolean", "found", kind());
            return Optional.empty();
        }
        return Optional.of(b.value());
    }

    /**
     * Returns the whole number here, between {@code min} and {@code max}; absent is empty. A number with
     * a fraction, or out of range, is a problem.
     */
    public Optional<Long> integer(long min, long max) {
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof Node.NumberNode number)) {
            refuse("json.notInteger", "found", kind());
            return Optional.empty();
        }
        Optional<BigDecimal> value = number.decimal();
        // A number too far from 1 to be expanded is empty: a tiny one (a negative power of ten) is not whole,
        // a huge one is out of range.
        boolean tiny = value.isEmpty() && number.literal().matches(".*[eE]-.*");
        if (tiny || value.isPresent() && value.get().signum() != 0 && value.get().stripTrailingZeros().scale() > 0) {
            refuse("json.notInteger", "found", number.shown());
            return Optional.empty();
        }
        if (value.isEmpty() || value.get().compareTo(BigDecimal.valueOf(min)) < 0 || value.get().compareTo(BigDecimal.valueOf(max)) > 0) {
            refuse("json.outOfRange", "min", min, "max", max, "found", number.shown());
            return Optional.empty();
        }
        return Optional.of(value.get().longValueExact());
    }

    /** Returns the exact decimal here, written as a JSON number or a string of digits; absent is empty. */
    public Optional<BigDecimal> decimal() {
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof Node.NumberNode number) {
            Optional<BigDecimal> d = number.decimal();
            if (d.isEmpty()) {
                refuse("json.numberTooFar", "found", number.shown());
            }
            return d;
        }
        if (node instanceof Node.StringNode s) {
            String t = s.value().trim();
            if (Node.NumberNode.isJsonNumber(t)) {
                Optional<BigDecimal> d = new Node.NumberNode(t).decimal();
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        refuse("json.notNumber", "found", kind());
        return Optional.empty();
    }

    /**
     * Returns the enum constant named here in lower-case words joined by hyphens ({@code "digital-society"}
     * for {@code DIGITAL_SOCIETY}); an unknown name is a problem listing the names that are known.
     */
    public <E extends Enum<E>> Optional<E> enumValue(Class<E> type) {
        return enumValue(Arrays.asList(type.getEnumConstants()));
    }

    /**
     * Returns the string here as one of {@code allowed}, written as {@link #enumName} writes it; refuses
     * any other value, naming the allowed ones.
     *
     * @param allowed the constants the document may give here, in the order the refusal names them
     * @param <E>     the enum
     * @return the constant, or empty when refused or missing
     */
    public <E extends Enum<E>> Optional<E> enumValue(java.util.List<E> allowed) {
        return string().flatMap(s -> {
            Map<String, E> byName = allowed.stream()
                    .collect(Collectors.toMap(Cursor::enumName, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
            E e = byName.get(s.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (e == null) {
                String known = String.join(", ", byName.keySet());
                refuse("json.notOneOf", Suggestions.suggesting(s, byName.keySet(), "value", s, "known", known));
            }
            return Optional.ofNullable(e);
        });
    }

    /** Returns how an enum constant is written in a document: {@code DIGITAL_SOCIETY} is {@code "digital-society"}. */
    public static String enumName(Enum<?> e) {
        // Made once per enum: a report writes a status, a level or a kind for every result.
        return ENUM_NAMES.get(e.getDeclaringClass())[e.ordinal()];
    }

    private static final ClassValue<String[]> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return names;
        }
    };

    /** Returns {@code pointer} with {@code ~} and {@code /} escaped, as RFC 6901 wants. */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private String kind() {
        if (node instanceof Node.ObjectNode) {
            return "{…}";
        }
        if (node instanceof Node.ArrayNode) {
            return "[…]";
        }
        if (node instanceof Node.StringNode s) {
            return "\"" + abbreviate(s.value()) + "\"";
        }
        if (node instanceof Node.NumberNode n) {
            return n.shown();
        }
        return node instanceof Node.BooleanNode b ? String.valueOf(b.value()) : "null";
    }

    private static String abbreviate(String s) {
        return Strings.cut(s, 40);
    }
}
