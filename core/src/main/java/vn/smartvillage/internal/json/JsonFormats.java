package vn.smartvillage.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.snakeyaml.engine.v2.api.LoadSettings;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.smartvillage.ReadLimits;

/**
 * Parses JSON and YAML documents into trees within {@link ReadLimits}, and writes trees as canonical
 * JSON.
 *
 * <p>Reading is a pure tree parse: no type information is taken from the document, no class is named or
 * loaded, no default typing is enabled. Duplicate keys, trailing content, invalid UTF-8, YAML anchors
 * used as "billion laughs", and documents past the limits are errors.
 */
public final class JsonFormats {

    /** The syntax of a document. */
    public enum Syntax {
        /** JSON (RFC 8259). */
        JSON,
        /** YAML 1.2, read with the same tree model as JSON. */
        YAML;

        /** Returns YAML for names ending in {@code .yaml} or {@code .yml}, JSON otherwise. */
        public static Syntax of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
        }
    }

    /** Thrown when a document cannot be parsed; the message is bilingual-ready, with line and column. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final String vi;
        private final String en;

        SyntaxError(String vi, String en) {
            super(en);
            this.vi = vi;
            this.en = en;
        }

        /** Returns the Vietnamese reason. */
        public String vi() {
            return vi;
        }

        /** Returns the English reason. */
        public String en() {
            return en;
        }
    }

    private static final ObjectMapper WRITER = JsonMapper.builder().build();

    /** Mappers are thread-safe and costly to build: one per syntax and set of limits. */
    private static final java.util.concurrent.ConcurrentMap<Object, ObjectMapper> READERS = new java.util.concurrent.ConcurrentHashMap<>();

    private JsonFormats() {
    }

    /** Reads at most {@code limits.maxDocumentBytes()} bytes of {@code in}, and parses them as {@code syntax}. */
    public static JsonNode read(InputStream in, Syntax syntax, ReadLimits limits) throws SyntaxError, IOException {
        byte[] bytes = in.readNBytes((int) limits.maxDocumentBytes() + 1);
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new SyntaxError("tài liệu lớn hơn giới hạn " + limits.maxDocumentBytes() + " byte",
                    "the document is larger than the limit of " + limits.maxDocumentBytes() + " bytes");
        }
        return parse(bytes, syntax, limits);
    }

    /** Parses {@code bytes}, UTF-8 with or without a byte-order mark, as {@code syntax}. */
    public static JsonNode parse(byte[] bytes, Syntax syntax, ReadLimits limits) throws SyntaxError {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new SyntaxError("tài liệu trống", "the document is empty");
        }
        try {
            JsonNode node = READERS.computeIfAbsent(java.util.List.of(syntax, limits), k -> mapper(syntax, limits)).readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new SyntaxError("tài liệu trống", "the document is empty");
            }
            return node;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String message = firstLine(e.getOriginalMessage());
            if (at != null && at.getLineNr() > 0) {
                throw new SyntaxError("dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ": không đọc được (" + message + ")",
                        "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + message);
            }
            throw new SyntaxError("không đọc được: " + message, "cannot be read: " + message);
        } catch (RuntimeException e) {
            // The YAML engine reports some errors (such as too many aliases) as its own runtime exceptions.
            String message = firstLine(String.valueOf(e.getMessage()));
            throw new SyntaxError("không đọc được: " + message, "cannot be read: " + message);
        }
    }

    /** Writes {@code node} as JSON with two-space indentation and {@code \n} line ends, ending in a newline. */
    public static String write(JsonNode node) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        return WRITER.writer().with(printer).writeValueAsString(node) + "\n";
    }

    /** Returns a new, empty object node. */
    public static tools.jackson.databind.node.ObjectNode object() {
        return WRITER.createObjectNode();
    }

    /** Returns a new, empty array node. */
    public static tools.jackson.databind.node.ArrayNode array() {
        return WRITER.createArrayNode();
    }

    private static String decode(byte[] bytes) throws SyntaxError {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SyntaxError("tài liệu không phải UTF-8 hợp lệ", "the document is not valid UTF-8");
        }
    }

    private static ObjectMapper mapper(Syntax syntax, ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(100)
                .build();
        if (syntax == Syntax.YAML) {
            LoadSettings settings = LoadSettings.builder()
                    .setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(20)
                    .setAllowRecursiveKeys(false)
                    .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()))
                    .build();
            YAMLFactory factory = YAMLFactory.builder()
                    .loadSettings(settings)
                    .streamReadConstraints(constraints)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build();
            return configure(YAMLMapper.builder(factory)).build();
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return configure(JsonMapper.builder(factory)).build();
    }

    private static <M extends ObjectMapper, B extends tools.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B builder) {
        return builder.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
