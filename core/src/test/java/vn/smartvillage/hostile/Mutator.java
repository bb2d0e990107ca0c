package vn.smartvillage.hostile;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Turns a valid document into a hostile one: truncated, deeply nested, huge, wrong-typed, with a
 * duplicated key, not in NFC, with invalid UTF-8, with numbers out of range, corrupted, or turned into
 * damaged YAML ({@code OTHER_SYNTAX}).
 * Deterministic for a given {@link Random}.
 */
final class Mutator {

    /**
     * The kinds of damage. The last seven are the attacks reported against the loaders: each must be
     * refused, never loaded (see {@link #MUST_REFUSE}); the file kinds are made by the pack test itself.
     */
    enum Kind {
        TRUNCATED, DEEPLY_NESTED, HUGE_STRING, HUGE_ARRAY, WRONG_TYPE, DUPLICATED_KEY, NON_NFC, INVALID_UTF8, OUT_OF_RANGE,
        BYTE_FLIPS, DELETED_SPAN, OTHER_SYNTAX,
        /** A number such as {@code 1e999999999} anywhere a value is. */
        EXPONENT_BOMB,
        /** An unpaired surrogate ({@code "Kh\ud800"}) anywhere a value is. */
        LONE_SURROGATE,
        /** A field no format has ({@code "overides"}, {@code "@class"}) in any object, the root included. */
        UNKNOWN_FIELD,
        /** The document as YAML with one quoted value longer than the string limit. */
        LONG_YAML_SCALAR,
        /** A pack whose test case's {@code datasetFile} is a link out of the pack's folder. */
        LINK_OUT,
        /** A pack file that is a FIFO. */
        FIFO,
        /** A chain of packs extending each other, longer than the limit. */
        DEEP_CHAIN
    }

    /** The document kinds every loader is given. */
    static final java.util.Set<Kind> DOCUMENT_KINDS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.range(Kind.TRUNCATED, Kind.LONG_YAML_SCALAR));

    /** The kinds that must always be refused: loading one is a failure, not a tally. */
    static final java.util.Set<Kind> MUST_REFUSE = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.range(Kind.EXPONENT_BOMB, Kind.DEEP_CHAIN));

    /** A hostile document, with the kind of damage and whether it is YAML. */
    record Document(Kind kind, byte[] bytes, boolean yaml) {
        String name() {
            return "fuzz." + (yaml ? "yaml" : "json");
        }
    }

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern OBJECT_START = Pattern.compile("\\{\\s*\"([^\"\\\\]{1,40})\"\\s*:");

    private final int hugeString;
    private final int hugeArray;
    private final boolean bigYaml;

    Mutator(int hugeString, int hugeArray, boolean bigYaml) {
        this.hugeString = hugeString;
        this.hugeArray = hugeArray;
        this.bigYaml = bigYaml;
    }

    Document mutate(String valid, Random r) {
        return mutate(valid, r, DOCUMENT_KINDS);
    }

    /** Damages {@code valid} with one of {@code kinds}; a file kind returns the document as it is, tagged. */
    Document mutate(String valid, Random r, java.util.Set<Kind> kinds) {
        Kind[] pick = kinds.toArray(Kind[]::new);
        Kind kind = pick[r.nextInt(pick.length)];
        String text = valid;
        byte[] bytes;
        switch (kind) {
            case TRUNCATED -> {
                byte[] all = valid.getBytes(StandardCharsets.UTF_8);
                bytes = java.util.Arrays.copyOf(all, r.nextInt(all.length));
                return new Document(kind, bytes, false);
            }
            case DEEPLY_NESTED -> text = replaceValue(valid, r, n -> {
                int depth = 30 + r.nextInt(r.nextBoolean() ? 100 : 20_000);
                return "[".repeat(depth) + "1" + "]".repeat(depth);
            });
            case HUGE_STRING -> text = replaceValue(valid, r, n -> "\"" + "ả".repeat(hugeString / 2 + r.nextInt(hugeString)) + "\"");
            case HUGE_ARRAY -> text = replaceValue(valid, r, n -> {
                String item = n.isObject() || n.isArray() ? n.toString() : "{\"id\":\"x\"}";
                return "[" + String.join(",", java.util.Collections.nCopies(hugeArray / 2 + r.nextInt(hugeArray), item)) + "]";
            });
            case WRONG_TYPE -> text = replaceValue(valid, r, n -> randomOther(n, r).toString());
            case DUPLICATED_KEY -> text = duplicateKey(valid, r);
            case NON_NFC -> text = Normalizer.normalize(valid, Normalizer.Form.NFD);
            case INVALID_UTF8 -> {
                byte[] all = valid.getBytes(StandardCharsets.UTF_8);
                int at = r.nextInt(all.length + 1);
                byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
                byte[] b = bad[r.nextInt(bad.length)];
                bytes = new byte[all.length + b.length];
                System.arraycopy(all, 0, bytes, 0, at);
                System.arraycopy(b, 0, bytes, at, b.length);
                System.arraycopy(all, at, bytes, at + b.length, all.length - at);
                return new Document(kind, bytes, false);
            }
            case OUT_OF_RANGE -> text = replaceValue(valid, r, n -> {
                String[] numbers = {"1e400", "-1", "-0.5", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
                    "0.0000001", "1.5", "NaN", "1e-400", "99999999999999", "\"2023-02-30\"", "\"9999-99-99\"", "\">= 1000 %\"",
                    "\">= -5 %\"", "\"> 1e9\""};
                return numbers[r.nextInt(numbers.length)];
            });
            case BYTE_FLIPS -> {
                byte[] all = valid.getBytes(StandardCharsets.UTF_8);
                int flips = 1 + r.nextInt(5);
                for (int i = 0; i < flips && all.length > 0; i++) {
                    all[r.nextInt(all.length)] = (byte) r.nextInt(256);
                }
                return new Document(kind, all, false);
            }
            case DELETED_SPAN -> {
                int from = r.nextInt(valid.length());
                int to = Math.min(valid.length(), from + 1 + r.nextInt(40));
                text = valid.substring(0, from) + valid.substring(to);
            }
            case OTHER_SYNTAX -> {
                String yaml = YAMLMapper.shared().writeValueAsString(JSON.readTree(valid));
                String damaged = r.nextBoolean() ? replaceLine(yaml, r) : yaml.substring(0, r.nextInt(yaml.length()));
                return new Document(kind, damaged.getBytes(StandardCharsets.UTF_8), true);
            }
            case EXPONENT_BOMB -> text = replaceValue(valid, r, n -> {
                String[] bombs = {"1e999999999", "-1E+999999999", "1e-999999999", "1e999999", "0.1e-99999999"};
                return bombs[r.nextInt(bombs.length)];
            });
            case LONE_SURROGATE -> text = replaceValue(valid, r, n -> r.nextBoolean() ? "\"Kh\\ud800ả\"" : "\"\\udc00\"");
            case UNKNOWN_FIELD -> text = unknownField(valid, r);
            case LONG_YAML_SCALAR -> {
                JsonNode root = JSON.readTree(replaceValue(valid, r, n -> "\"@@LONG@@\""));
                // With bigYaml, one in ten is 4 to 8 MB: the size at which a reader that is quadratic in the
                // length of a value takes tens of seconds, and one that stops at the limit does not.
                String value = bigYaml && r.nextInt(10) == 0 ? "a".repeat((4 << 20) + r.nextInt(4 << 20))
                        : "ả".repeat(2 * hugeString + r.nextInt(hugeString));
                String yaml = YAMLMapper.shared().writeValueAsString(root).replace("@@LONG@@", value);
                return new Document(kind, yaml.getBytes(StandardCharsets.UTF_8), true);
            }
            case LINK_OUT, FIFO, DEEP_CHAIN -> {
                return new Document(kind, valid.getBytes(StandardCharsets.UTF_8), false);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        return new Document(kind, text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Replaces one value of the document's tree, chosen at random, by {@code replacement}'s raw JSON. */
    private static String replaceValue(String valid, Random r, java.util.function.Function<JsonNode, String> replacement) {
        JsonNode root = JSON.readTree(valid);
        List<JsonNode[]> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return valid;
        }
        JsonNode[] slot = slots.get(r.nextInt(slots.size()));
        String marker = "\"@@FUZZ@@\"";
        JsonNode original = replace(slot, NODES.stringNode("@@FUZZ@@"), r);
        return root.toString().replace(marker, replacement.apply(original));
    }

    /** Every (container, child) pair; the child is found again by identity. */
    private static void collect(JsonNode node, List<JsonNode[]> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.add(new JsonNode[] {node, e.getValue()});
                collect(e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (JsonNode c : node) {
                out.add(new JsonNode[] {node, c});
                collect(c, out);
            }
        }
    }

    private static JsonNode replace(JsonNode[] slot, JsonNode with, Random r) {
        JsonNode parent = slot[0];
        JsonNode child = slot[1];
        if (parent instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                if (e.getValue() == child) {
                    o.set(e.getKey(), with);
                    return child;
                }
            }
        } else if (parent instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) == child) {
                    a.set(i, with);
                    return child;
                }
            }
        }
        return child;
    }

    private static JsonNode randomOther(JsonNode n, Random r) {
        JsonNode[] options = {NODES.nullNode(), NODES.booleanNode(r.nextBoolean()), NODES.numberNode(r.nextInt(2000) - 1000),
            NODES.stringNode("sai kiểu"), NODES.arrayNode().add(1).add("x"), NODES.objectNode().put("vi", 1), NODES.numberNode(3.75)};
        JsonNode o;
        do {
            o = options[r.nextInt(options.length)];
        } while (o.getNodeType() == n.getNodeType() && r.nextInt(4) > 0);
        return o;
    }

    /** Puts a field no format has into one object of the document, chosen at random, the root included. */
    private static String unknownField(String valid, Random r) {
        JsonNode root = JSON.readTree(valid);
        List<ObjectNode> objects = new ArrayList<>();
        objects(root, objects);
        if (objects.isEmpty()) {
            return valid;
        }
        String[] names = {"overides", "critera", "test", "@class", "zzUnknownField", "Overrides", "$ref"};
        objects.get(r.nextInt(objects.size())).set(names[r.nextInt(names.length)], r.nextBoolean() ? NODES.arrayNode() : NODES.numberNode(1));
        return root.toString();
    }

    private static void objects(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        if (node.isContainer()) {
            for (JsonNode c : node) {
                objects(c, out);
            }
        }
    }

    private static String duplicateKey(String valid, Random r) {
        Matcher m = OBJECT_START.matcher(valid);
        List<int[]> starts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start() + 1});
            keys.add(m.group(1));
        }
        if (starts.isEmpty()) {
            return valid;
        }
        int i = r.nextInt(starts.size());
        String dup = "\"" + keys.get(i) + "\": " + (r.nextBoolean() ? "\"khác\"" : "42") + ", ";
        return valid.substring(0, starts.get(i)[0]) + dup + valid.substring(starts.get(i)[0]);
    }

    private static String replaceLine(String yaml, Random r) {
        String[] lines = yaml.split("\n", -1);
        int i = r.nextInt(lines.length);
        String[] junk = {"&a [*a, *a]", "!!java.lang.Runtime {}", "- - - -", "key: [unclosed", "? complex : key", "\t\ttabs: 1", "*undefined"};
        lines[i] = lines[i].replaceAll(":.*", ": " + junk[r.nextInt(junk.length)]);
        return String.join("\n", lines);
    }
}
