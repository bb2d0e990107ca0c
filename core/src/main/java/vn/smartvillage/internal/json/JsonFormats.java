package vn.smartvillage.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.location.Places;

/**
 * Parses JSON and YAML documents into {@link Node} trees within {@link ReadLimits}, and writes JSON.
 *
 * <p>Reading is a pure tree parse over a token stream (Jackson's streaming core for JSON, the YAML
 * engine's events for YAML): no type information is taken from the document, no class is named or
 * loaded. It refuses, with the line and column: duplicate keys (also two keys that are the same name in
 * two Unicode forms), trailing content, invalid UTF-8, unpaired surrogates ({@code "\ud800"}), number
 * literals longer than 100 characters, YAML tags other than the standard ones ({@code !!some.Class}),
 * YAML anchors and aliases, several YAML documents in one file, and documents past the limits. A YAML
 * value longer than the string limit is refused after reading about that much, not the whole value.
 */
public final class JsonFormats {

    /** The syntax of a document. */
    public enum Syntax {
        /** JSON (RFC 8259). */
        JSON,
        /** YAML 1.2, read into the same tree as JSON. */
        YAML;

        /** Returns YAML for names ending in {@code .yaml} or {@code .yml}, JSON otherwise. */
        public static Syntax of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
        }
    }

    /** Thrown when a document cannot be parsed: a problem code with its arguments, the line and column among them. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final transient Object[] arguments;

        SyntaxError(String code, Object... arguments) {
            this(Problem.of(code, Places.rest(), arguments), arguments);
        }

        private SyntaxError(Problem p, Object[] arguments) {
            super(p.reason().en());
            this.code = p.code();
            this.arguments = arguments;
        }

        /** Returns the problem at {@code document}, such as the file that was read. */
        public Problem problem(Location document) {
            return Problem.of(code, document, arguments);
        }
    }

    /** The YAML tags a document may write out: the standard ones of the JSON schema. */
    private static final Set<String> STANDARD_TAGS = Set.of(Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(),
            Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue());

    /** Longest a message may quote from a parser. */
    private static final int MESSAGE = 200;

    private static final JsonFactory WRITER = JsonFactory.builder().build();

    private JsonFormats() {
    }

    /**
     * Reads at most {@code limits.maxDocumentBytes()} bytes of {@code in}, and parses them as {@code syntax}.
     * A larger document is refused after reading one byte past the limit.
     */
    public static Node read(InputStream in, Syntax syntax, ReadLimits limits) throws SyntaxError, IOException {
        return read(in, syntax, limits, null);
    }

    /**
     * As {@link #read(InputStream, Syntax, ReadLimits)}, handing the elements of one array of the root object to
     * {@code elements} as each is read (JSON only), so that the tree never holds them all.
     */
    public static Node read(InputStream in, Syntax syntax, ReadLimits limits, Elements elements) throws SyntaxError, IOException {
        byte[] bytes = in.readNBytes((int) limits.maxDocumentBytes() + 1);
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new SyntaxError("syntax.tooLarge", "max", limits.maxDocumentBytes());
        }
        return parse(bytes, syntax, limits, elements);
    }

    /** Parses {@code bytes}, UTF-8 with or without a byte-order mark, as {@code syntax}. */
    public static Node parse(byte[] bytes, Syntax syntax, ReadLimits limits) throws SyntaxError {
        return parse(bytes, syntax, limits, null);
    }

    private static Node parse(byte[] bytes, Syntax syntax, ReadLimits limits, Elements elements) throws SyntaxError {
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new SyntaxError("syntax.tooLarge", "max", limits.maxDocumentBytes());
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new SyntaxError("syntax.empty");
        }
        return syntax == Syntax.YAML ? yaml(new StringReader(text), limits) : json(text, limits, elements);
    }

    // ---- JSON ------------------------------------------------------------------------------------

    /**
     * Takes the elements of the array {@link #field()} of the root object as the parser finishes each, instead of the
     * tree: the tree then holds that array empty. A read that streams is the same read, element for element, with
     * the elements handed over in order; syntax errors stop it as before.
     */
    public interface Elements {
        /** {@return the name of the root object's array to stream} */
        String field();

        /**
         * Called when the array starts, with the root object's fields read before it; {@return whether to stream its
         * elements} (false keeps them in the tree, as without a listener).
         */
        boolean begin(List<String> names, List<Node> values);

        /** Takes element {@code index} of the array. */
        void element(int index, Node element);
    }

    private static Node json(String text, ReadLimits limits) throws SyntaxError {
        return json(text, limits, null);
    }

    private static Node json(String text, ReadLimits limits, Elements elements) throws SyntaxError {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(100)
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
            try {
                return json(p, limits, elements);
            } catch (tools.jackson.core.exc.StreamConstraintsException e) {
                TokenStreamLocation at = p.currentLocation();
                throw limit(e, limits, at.getLineNr(), at.getColumnNr());
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String message = shorten(firstLine(e.getOriginalMessage()));
            if (at != null && at.getLineNr() > 0) {
                throw at(at.getLineNr(), at.getColumnNr(), "syntax.parser", "message", message);
            }
            throw new SyntaxError("syntax.unreadable", "message", message);
        }
    }

    /** Which limit a JSON document crossed. */
    private static SyntaxError limit(tools.jackson.core.exc.StreamConstraintsException e, ReadLimits limits, int line, int column) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Number value length")) {
            return at(line, column, "syntax.numberTooLong");
        }
        if (m.startsWith("String value length")) {
            return at(line, column, "syntax.valueTooLong", "max", limits.maxStringLength());
        }
        if (m.startsWith("Name length")) {
            return at(line, column, "syntax.nameTooLong", "max", limits.maxStringLength());
        }
        if (m.startsWith("Document nesting depth")) {
            return at(line, column, "syntax.tooDeep", "max", limits.maxNestingDepth());
        }
        return at(line, column, "syntax.limit", "message", shorten(firstLine(m)));
    }

    private static Node json(JsonParser p, ReadLimits limits, Elements elements) throws SyntaxError {
        Builder b = new Builder(limits, elements);
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new SyntaxError("syntax.empty");
        }
        while (t != null) {
            TokenStreamLocation at = p.currentTokenLocation();
            switch (t) {
                case START_OBJECT -> b.startObject(at.getLineNr(), at.getColumnNr());
                case END_OBJECT, END_ARRAY -> b.end();
                case START_ARRAY -> b.startArray(at.getLineNr(), at.getColumnNr());
                case PROPERTY_NAME -> b.name(p.currentName(), at.getLineNr(), at.getColumnNr());
                case VALUE_STRING -> b.value(new Node.StringNode(checked(p.getString(), at.getLineNr(), at.getColumnNr())));
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> b.value(new Node.NumberNode(p.getString()));
                case VALUE_TRUE -> b.value(Node.BooleanNode.TRUE);
                case VALUE_FALSE -> b.value(Node.BooleanNode.FALSE);
                case VALUE_NULL -> b.value(Node.NullNode.NULL);
                default -> throw at(at.getLineNr(), at.getColumnNr(), "syntax.notJson");
            }
            if (b.done()) {
                JsonToken after = p.nextToken();
                if (after != null) {
                    TokenStreamLocation x = p.currentTokenLocation();
                    throw at(x.getLineNr(), x.getColumnNr(), "syntax.trailing");
                }
                return b.root();
            }
            t = p.nextToken();
        }
        throw new SyntaxError("syntax.truncated");
    }

    // ---- YAML ------------------------------------------------------------------------------------

    /** Parses YAML from {@code in}; a value longer than the string limit stops the read soon after the limit. */
    static Node yaml(Reader in, ReadLimits limits) throws SyntaxError {
        return new YamlReader(limits).read(in);
    }

    /** Reads YAML events into a tree, refusing what JSON cannot say and what could run away. */
    private static final class YamlReader {
        private final ReadLimits limits;
        private final ScalarResolver resolver;
        private final LoadSettings settings;

        YamlReader(ReadLimits limits) {
            this.limits = limits;
            this.settings = LoadSettings.builder()
                    .setAllowDuplicateKeys(true) // duplicates are found by the tree builder, after NFC
                    .setMaxAliasesForCollections(0)
                    .setAllowRecursiveKeys(false)
                    .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()))
                    .build();
            this.resolver = settings.getSchema().getScalarResolver();
        }

        Node read(Reader text) throws SyntaxError {
            // A value longer than the string limit is refused once the engine has read well past the
            // limit without finishing a token, so that a 30 MB scalar costs what the limit costs.
            long budget = 10L * limits.maxStringLength() + 4096;
            Watched in = new Watched(text, budget);
            Builder b = new Builder(limits, null);
            int documents = 0;
            try {
                ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, in));
                while (parser.hasNext()) {
                    Event e = parser.next();
                    in.tokenDone();
                    int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                    int column = e.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
                    // An alias is a node event too, its name held as an anchor: it is refused as an alias below.
                    if (e instanceof NodeEvent n && n.getAnchor().isPresent() && e.getEventId() != Event.ID.Alias) {
                        throw at(line, column, "syntax.yaml.anchor", "anchor", String.valueOf(n.getAnchor().get()));
                    }
                    switch (e.getEventId()) {
                        case StreamStart, StreamEnd, DocumentEnd, Comment -> {
                        }
                        case DocumentStart -> {
                            if (++documents > 1) {
                                throw at(line, column, "syntax.yaml.documents");
                            }
                        }
                        case Alias -> throw at(line, column, "syntax.yaml.alias");
                        case MappingStart -> {
                            tag((CollectionStartEvent) e, Tag.MAP, line, column);
                            plainKey(b, line, column);
                            b.startObject(line, column);
                        }
                        case SequenceStart -> {
                            tag((CollectionStartEvent) e, Tag.SEQ, line, column);
                            plainKey(b, line, column);
                            b.startArray(line, column);
                        }
                        case MappingEnd, SequenceEnd -> b.end();
                        case Scalar -> scalar((ScalarEvent) e, b, line, column);
                        default -> throw at(line, column, "syntax.yaml.unreadable");
                    }
                }
            } catch (YamlEngineException e) {
                throw yamlError(e);
            } catch (Watched.TooLong e) {
                throw new SyntaxError("syntax.yaml.tokenTooLong", "max", limits.maxStringLength());
            } catch (UncheckedIOException e) {
                throw new SyntaxError("syntax.io");
            }
            if (!b.done()) {
                throw new SyntaxError("syntax.empty");
            }
            return b.root();
        }

        /** A key is text: a list or a map as a key ({@code ? [a, b] : v}) has no JSON form. */
        private static void plainKey(Builder b, int line, int column) throws SyntaxError {
            if (b.expectsName()) {
                throw at(line, column, "syntax.yaml.complexKey");
            }
        }

        private void tag(CollectionStartEvent e, Tag expected, int line, int column) throws SyntaxError {
            Optional<String> tag = e.getTag();
            if (tag.isPresent() && !tag.get().equals(expected.getValue())) {
                throw badTag(tag.get(), line, column);
            }
        }

        private void scalar(ScalarEvent e, Builder b, int line, int column) throws SyntaxError {
            String value = e.getValue();
            if (value.length() > limits.maxStringLength()) {
                throw at(line, column, "syntax.yaml.valueTooLong", "max", limits.maxStringLength());
            }
            checked(value, line, column);
            if (b.expectsName()) {
                if (e.getTag().isPresent() && !e.getTag().get().equals(Tag.STR.getValue())) {
                    throw badTag(e.getTag().get(), line, column);
                }
                b.name(value, line, column);
                return;
            }
            String tag;
            if (e.getTag().isPresent()) {
                tag = e.getTag().get();
                if (!STANDARD_TAGS.contains(tag)) {
                    throw badTag(tag, line, column);
                }
            } else {
                tag = e.isPlain() ? resolver.resolve(value, true).getValue() : Tag.STR.getValue();
            }
            if (tag.equals(Tag.STR.getValue())) {
                b.value(new Node.StringNode(value));
            } else if (tag.equals(Tag.NULL.getValue())) {
                b.value(Node.NullNode.NULL);
            } else if (tag.equals(Tag.BOOL.getValue())) {
                b.value(Node.BooleanNode.of(value.equals("true")));
            } else if (tag.equals(Tag.INT.getValue()) || tag.equals(Tag.FLOAT.getValue())) {
                if (!Node.NumberNode.isJsonNumber(value)) {
                    throw at(line, column, "syntax.yaml.notJsonNumber", "value", shorten(value));
                }
                b.value(new Node.NumberNode(value));
            } else {
                throw badTag(tag, line, column);
            }
        }

        private static SyntaxError badTag(String tag, int line, int column) {
            return at(line, column, "syntax.yaml.tag", "tag", shorten(tag));
        }

        private static SyntaxError yamlError(YamlEngineException e) {
            String message = shorten(firstLine(String.valueOf(e.getMessage())));
            if (e instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException m && m.getProblemMark().isPresent()) {
                Mark mark = m.getProblemMark().get();
                String problem = shorten(firstLine(String.valueOf(m.getProblem())));
                return at(mark.getLine() + 1, mark.getColumn() + 1, "syntax.parser", "message", problem);
            }
            return new SyntaxError("syntax.unreadable", "message", message);
        }
    }

    /**
     * A reader that counts the characters handed to the YAML engine since it last produced an event, and
     * stops it when one token runs past the budget.
     */
    private static final class Watched extends Reader {
        static final class TooLong extends RuntimeException {
            private static final long serialVersionUID = 1L;

            TooLong() {
                super(null, null, false, false);
            }
        }

        private final Reader in;
        private final long budget;
        private long sinceToken;

        Watched(Reader in, long budget) {
            this.in = in;
            this.budget = budget;
        }

        void tokenDone() {
            sinceToken = 0;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            try {
                int n = in.read(buf, off, len);
                if (n > 0) {
                    sinceToken += n;
                    if (sinceToken > budget) {
                        throw new TooLong();
                    }
                }
                return n;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    // ---- the tree --------------------------------------------------------------------------------

    /** Builds a tree from start, end, name and value events, without recursion. */
    private static final class Builder {
        private final ReadLimits limits;
        /** Where the root's streamed array goes; null for none. */
        private final Elements elements;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private Node root;

        private static final class Frame {
            final boolean object;
            final List<String> names;
            final List<Node> values = new ArrayList<>();
            /** Whether the elements of this array go to {@link Builder#elements}, and how many went. */
            boolean streamed;
            int count;
            /** The names when there are many; a few are looked for in {@link #names}. */
            Set<String> seen;
            String pending;

            Frame(boolean object) {
                this.object = object;
                this.names = object ? new ArrayList<>() : null;
            }

            /** Records {@code name}; false if the object has it already. */
            boolean add(String name) {
                if (seen == null) {
                    if (names.contains(name)) {
                        return false;
                    }
                    if (names.size() >= 8) {
                        seen = new HashSet<>(names);
                        seen.add(name);
                    }
                    return true;
                }
                return seen.add(name);
            }
        }

        Builder(ReadLimits limits, Elements elements) {
            this.limits = limits;
            this.elements = elements;
        }

        boolean expectsName() {
            Frame f = stack.peek();
            return f != null && f.object && f.pending == null;
        }

        void startObject(int line, int column) throws SyntaxError {
            open(new Frame(true), line, column);
        }

        void startArray(int line, int column) throws SyntaxError {
            open(new Frame(false), line, column);
        }

        private void open(Frame f, int line, int column) throws SyntaxError {
            if (stack.size() >= limits.maxNestingDepth()) {
                throw at(line, column, "syntax.nesting", "max", limits.maxNestingDepth());
            }
            if (root != null) {
                throw at(line, column, "syntax.trailing");
            }
            if (elements != null && !f.object && stack.size() == 1) {
                Frame top = stack.peek();
                if (top.object && elements.field().equals(top.pending)) {
                    f.streamed = elements.begin(List.copyOf(top.names), List.copyOf(top.values));
                }
            }
            stack.push(f);
        }

        void name(String raw, int line, int column) throws SyntaxError {
            Frame f = stack.peek();
            String name = vn.smartvillage.Text.nfc(checked(raw, line, column));
            if (!f.add(name)) {
                throw at(line, column, name.equals(raw) ? "syntax.duplicateKey" : "syntax.duplicateKey.forms", "key", shorten(name));
            }
            f.pending = name;
        }

        void value(Node v) throws SyntaxError {
            Frame f = stack.peek();
            if (f == null) {
                if (root != null) {
                    throw new SyntaxError("syntax.trailing");
                }
                root = v;
                return;
            }
            if (f.object) {
                f.names.add(f.pending);
                f.pending = null;
            }
            if (f.streamed) {
                elements.element(f.count++, v);
                return;
            }
            f.values.add(v);
        }

        void end() throws SyntaxError {
            Frame f = stack.pop();
            Node n = f.object ? new Node.ObjectNode(f.names.toArray(String[]::new), f.values.toArray(Node[]::new))
                    : new Node.ArrayNode(f.values.toArray(Node[]::new));
            value(n);
        }

        boolean done() {
            return root != null && stack.isEmpty();
        }

        Node root() {
            return root;
        }
    }

    /** Returns {@code s} if it is well-formed UTF-16; refuses an unpaired surrogate. */
    private static String checked(String s, int line, int column) throws SyntaxError {
        int bad = Strings.unpairedSurrogate(s);
        if (bad >= 0) {
            String hex = Strings.escaped(s.charAt(bad));
            throw at(line, column, "syntax.surrogate", "character", hex);
        }
        return s;
    }

    // ---- writing ---------------------------------------------------------------------------------

    /** Pretty printing as the library always writes: two-space indentation, {@code \n} line ends. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    /**
     * The JSON report's layout (format 2): the root's fields and the elements of its arrays (the units) each on
     * a line, everything deeper on that line, with the same spaces as {@link #PRETTY} ({@code "id" : "x", …}).
     * A unit is one line: a national report stays readable line by line and is about half the size.
     */
    private static final ObjectWriteContext LINES = lines(0);
    /** {@link #LINES} for a value written on its own that the report places at depth 2, as a unit in {@code units}. */
    private static final ObjectWriteContext LINES_AT_2 = lines(2);

    private static ObjectWriteContext lines(int depth) {
        return new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                tools.jackson.core.util.DefaultPrettyPrinter.Indenter lines = new tools.jackson.core.util.DefaultPrettyPrinter.Indenter() {
                    @Override
                    public void writeIndentation(JsonGenerator g, int nesting) {
                        int level = nesting + depth;
                        if (level <= 2) {
                            g.writeRaw(level == 0 ? "\n" : level == 1 ? "\n  " : "\n    ");
                        } else {
                            g.writeRaw(' ');
                        }
                    }

                    @Override
                    public boolean isInline() {
                        return false;
                    }
                };
                return new DefaultPrettyPrinter().withObjectIndenter(lines).withArrayIndenter(lines);
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }

    /**
     * Returns a generator writing pretty-printed JSON to {@code out}; the caller closes it (which flushes
     * but does not close {@code out}) and writes the final newline.
     */
    public static JsonGenerator generator(Writer out) {
        return WRITER.createGenerator(PRETTY, new NonClosing(out));
    }

    /** Returns a generator writing JSON in the report's layout ({@link #LINES}) to {@code out}; as {@link #generator(Writer)}. */
    public static JsonGenerator linesGenerator(Writer out) {
        return WRITER.createGenerator(LINES, new NonClosing(out));
    }

    /**
     * Returns a generator writing JSON in the report's layout to {@code out}, encoded in UTF-8 as it is written;
     * closing it flushes {@code out}, as {@link #linesGenerator(Writer)}, when {@code out} does not close on close.
     */
    public static JsonGenerator linesGenerator(java.io.OutputStream out) {
        return WRITER.createGenerator(LINES, out);
    }

    /**
     * Returns what {@code writing} writes to a generator, laid out as {@link #linesGenerator} lays out a value at
     * depth 2 (an element of the report's {@code units}), for {@link JsonGenerator#writeRawValue(String)} there:
     * the same characters, made on any thread.
     */
    public static String linesAt2(java.util.function.Consumer<JsonGenerator> writing) {
        java.io.StringWriter s = new java.io.StringWriter(4096);
        try (JsonGenerator g = WRITER.createGenerator(LINES_AT_2, new NonClosing(s))) {
            writing.accept(g);
        }
        return s.toString();
    }

    /**
     * As {@link #linesAt2(java.util.function.Consumer)}, encoded in UTF-8 as it is written: the bytes of those
     * characters, for a generator of bytes ({@link Utf8Json}).
     */
    public static Utf8Json linesAt2Utf8(java.util.function.Consumer<JsonGenerator> writing) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4096);
        try (JsonGenerator g = WRITER.createGenerator(LINES_AT_2, out)) {
            writing.accept(g);
        }
        return new Utf8Json(out.toByteArray());
    }

    /** Writes {@code node} in the report's layout ({@link #linesGenerator}), ending in a newline. */
    public static String writeLines(Node node) {
        java.io.StringWriter s = new java.io.StringWriter();
        try (JsonGenerator g = linesGenerator(s)) {
            write(node, g);
        }
        return s + "\n";
    }

    /** Writes {@code node} as JSON with two-space indentation and {@code \n} line ends, ending in a newline. */
    public static String write(Node node) {
        java.io.StringWriter s = new java.io.StringWriter();
        try (JsonGenerator g = generator(s)) {
            write(node, g);
        }
        return s + "\n";
    }

    /** Writes {@code node} to {@code g}, iteratively. */
    public static void write(Node node, JsonGenerator g) {
        Deque<Object[]> stack = new ArrayDeque<>();
        writeOne(node, g, stack);
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            int i = (int) top[1];
            if (top[0] instanceof Node.ObjectNode o) {
                if (i == o.size()) {
                    stack.pop();
                    g.writeEndObject();
                } else {
                    top[1] = i + 1;
                    g.writeName(o.name(i));
                    writeOne(o.value(i), g, stack);
                }
            } else {
                Node.ArrayNode a = (Node.ArrayNode) top[0];
                if (i == a.size()) {
                    stack.pop();
                    g.writeEndArray();
                } else {
                    top[1] = i + 1;
                    writeOne(a.get(i), g, stack);
                }
            }
        }
    }

    private static void writeOne(Node n, JsonGenerator g, Deque<Object[]> stack) {
        if (n instanceof Node.ObjectNode o) {
            g.writeStartObject();
            stack.push(new Object[] {o, 0});
        } else if (n instanceof Node.ArrayNode a) {
            g.writeStartArray();
            stack.push(new Object[] {a, 0});
        } else if (n instanceof Node.StringNode s) {
            g.writeString(s.value());
        } else if (n instanceof Node.NumberNode x) {
            g.writeNumber(x.literal());
        } else if (n instanceof Node.BooleanNode b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }

    /** Lets a generator be closed without closing the writer under it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static String decode(byte[] bytes) throws SyntaxError {
        // The fast decoder replaces what is not UTF-8 with U+FFFD; only a text holding one is decoded again, strictly,
        // to tell a malformed byte from a U+FFFD the document wrote.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SyntaxError("syntax.notUtf8");
        }
    }

    /** A syntax error at a line and column, or without them when the parser does not know them (0). */
    private static SyntaxError at(int line, int column, String code, Object... arguments) {
        if (line <= 0) {
            return new SyntaxError(code, arguments);
        }
        Object[] placed = java.util.Arrays.copyOf(arguments, arguments.length + 4);
        placed[arguments.length] = "line";
        placed[arguments.length + 1] = line;
        placed[arguments.length + 2] = "column";
        placed[arguments.length + 3] = column;
        return new SyntaxError(code, placed);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String shorten(String s) {
        return Strings.cut(s, MESSAGE);
    }
}
