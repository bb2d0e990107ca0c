package vn.smartvillage.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.formats.Schemas;
import vn.smartvillage.internal.IdGrammar;
import vn.smartvillage.internal.ThresholdSyntax;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Component;
import vn.smartvillage.model.Pillar;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.WhenEmpty;

/**
 * The JSON Schema of rule packs ({@code docs/rule-pack.schema.json}) says what the codecs read, and cannot
 * drift from them: every object of the format has the fields its codec's {@link Shape} names, required
 * where the shape says so, needed under a condition (one of a group, or unless another field says
 * otherwise) where the shape says so; every object the schema describes is some codec's; and the id
 * grammar, the threshold grammar and the words of every enumeration are the ones the code uses.
 */
class SchemaShapesTest {

    static final JsonNode SCHEMA = read();

    private static JsonNode read() {
        try {
            return JsonMapper.shared().readTree(Files.readString(Schemas.DOCS.resolve("rule-pack.schema.json")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The schema at {@code place}, which must exist. */
    static JsonNode at(String place) {
        JsonNode node = SCHEMA.at(place);
        assertThat(node.isMissingNode()).as("the schema has %s", place).isFalse();
        return node;
    }

    /** The schema a {@code $ref} inside this document names. */
    static JsonNode ref(JsonNode node) {
        String ref = node.get("$ref").asString();
        assertThat(ref).as("a reference within the schema").startsWith("#");
        return at(ref.substring(1));
    }

    /** The property names of an object schema, with those of what it refers to and what it is all of. */
    static Set<String> properties(JsonNode s) {
        Set<String> out = new LinkedHashSet<>();
        if (s.has("properties")) {
            s.get("properties").propertyNames().forEach(out::add);
        }
        if (s.has("$ref")) {
            out.addAll(properties(ref(s)));
        }
        if (s.has("allOf")) {
            s.get("allOf").forEach(x -> out.addAll(properties(x)));
        }
        return out;
    }

    /** The names an object schema requires outright, with those of what it refers to and what it is all of. */
    static Set<String> required(JsonNode s) {
        Set<String> out = new LinkedHashSet<>();
        if (s.has("required")) {
            s.get("required").forEach(x -> out.add(x.asString()));
        }
        if (s.has("$ref")) {
            out.addAll(required(ref(s)));
        }
        if (s.has("allOf")) {
            s.get("allOf").forEach(x -> out.addAll(required(x)));
        }
        return out;
    }

    /**
     * The names an object schema requires under a condition: inside {@code oneOf}, {@code anyOf}, {@code if},
     * {@code then}, {@code else} and {@code not}; or all its properties when it takes exactly one.
     */
    static Set<String> conditional(JsonNode s) {
        Set<String> out = new LinkedHashSet<>();
        for (String keyword : List.of("oneOf", "anyOf", "if", "then", "else", "not")) {
            JsonNode k = s.get(keyword);
            if (k != null) {
                (k.isArray() ? k.values() : List.of(k)).forEach(x -> {
                    out.addAll(required(x));
                    out.addAll(conditional(x));
                });
            }
        }
        if (s.has("maxProperties") && s.get("maxProperties").asInt() == 1) {
            out.addAll(properties(s));
        }
        if (s.has("$ref")) {
            out.addAll(conditional(ref(s)));
        }
        if (s.has("allOf")) {
            s.get("allOf").forEach(x -> out.addAll(conditional(x)));
        }
        return out;
    }

    @Test
    void everyShape_hasTheFieldsOfItsSchema_requiredWhereTheSchemaRequiresThem() {
        for (Shape shape : PackFormat.shapes()) {
            List<JsonNode> places = shape.schemaPlaces().stream().map(SchemaShapesTest::at).toList();
            Set<String> names = new LinkedHashSet<>();
            places.forEach(p -> names.addAll(properties(p)));
            Set<String> always = new LinkedHashSet<>(required(places.get(0)));
            places.forEach(p -> always.retainAll(required(p)));
            Set<String> sometimes = new LinkedHashSet<>();
            places.forEach(p -> {
                sometimes.addAll(required(p));
                sometimes.addAll(conditional(p));
            });
            sometimes.removeAll(always);
            assertThat(shape.names()).as("the fields of the %s", shape).containsExactlyInAnyOrderElementsOf(names);
            assertThat(shape.names(Field.Presence.REQUIRED)).as("the required fields of the %s", shape)
                    .containsExactlyInAnyOrderElementsOf(always);
            assertThat(shape.names(Field.Presence.CONDITIONAL)).as("the fields of the %s needed under a condition", shape)
                    .containsExactlyInAnyOrderElementsOf(sometimes);
        }
    }

    @Test
    void everyObjectTheSchemaDescribes_isTheShapeOfACodec() {
        Set<String> described = new TreeSet<>();
        objects(SCHEMA, "", described);
        Set<String> shaped = PackFormat.shapes().stream().flatMap(s -> s.schemaPlaces().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(shaped).as("shapes that name no object of the schema").isSubsetOf(described);
        assertThat(described).as("objects of the schema that no codec reads").isSubsetOf(shaped);
    }

    /** The places of the object schemas that have properties, except the conditions of an {@code if}. */
    private static void objects(JsonNode node, String pointer, Set<String> out) {
        if (node.isObject()) {
            if (node.has("properties")) {
                out.add(pointer);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().equals("if")) {
                    objects(e.getValue(), pointer + "/" + Cursor.escape(e.getKey()), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objects(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    @Test
    void theSchemasIds_areTheIdGrammar() {
        assertThat(at("/$defs/id/pattern").asString()).isEqualTo("^" + IdGrammar.RULE.regex() + "$");
        assertThat(at("/$defs/metricId/pattern").asString()).isEqualTo("^" + IdGrammar.METRIC.regex() + "$");
        assertThat(at("/properties/extends/pattern").asString()).isEqualTo("^" + IdGrammar.RULE.regex() + "(@.*\\S.*)?$");
    }

    @Test
    void theSchemasWords_areTheEnumerationsTheCodecsRead() {
        assertWords("/$defs/level", AdminLevel.values());
        assertWords("/$defs/unitLevel", Arrays.stream(AdminLevel.values()).filter(l -> l != AdminLevel.HOUSEHOLD).toArray(Enum[]::new));
        assertWords("/$defs/metric/properties/type", ValueType.values());
        assertWords("/$defs/criterionCore/properties/pillar", Pillar.values());
        assertWords("/$defs/criterionCore/properties/component", Component.values());
        assertWords("/$defs/criterionCore/properties/whenEmpty", WhenEmpty.values());
        assertWords("/$defs/measure/properties/childrenMeeting/properties/form", MeasureCodec.Form.values());
        assertWords("/$defs/measure/properties/childrenCertified/properties/form", MeasureCodec.Form.values());
        assertWords("/$defs/measure/properties/childrenCertified/properties/counts", MeasureCodec.Counting.values());
        assertWords("/$defs/citationObject/properties/verified", Citation.Verification.values());
        assertWords("/$defs/expectation/properties/status", Status.values());
        List<String> ops = new ArrayList<>();
        for (int i = 0; i < OverrideCodec.Op.values().length; i++) {
            ops.add(at("/$defs/override/oneOf/" + i + "/properties/op/const").asString());
        }
        assertThat(ops).containsExactlyElementsOf(Arrays.stream(OverrideCodec.Op.values()).map(OverrideCodec.Op::opName).toList());
        assertThat(at("/$defs/metric/properties/aggregation/oneOf/0/enum").values().stream().map(JsonNode::asString))
                .containsExactly(MetricCodec.SUM, MetricCodec.HOUSEHOLDS);
        assertThat(at("/properties/format/const").asInt()).isEqualTo(PackFormat.VERSION);
    }

    private static void assertWords(String place, Enum<?>[] constants) {
        List<String> words = new ArrayList<>();
        at(place + "/enum").forEach(x -> words.add(x.asString()));
        assertThat(words).as(place).containsExactlyInAnyOrderElementsOf(Arrays.stream(constants).map(Cursor::enumName).toList());
    }

    private static final Pattern SCHEMA_THRESHOLD = Pattern.compile(at("/$defs/threshold/pattern").asString());

    /** JSON Schema patterns are not anchored: a text is valid when the pattern is found in it. */
    @Property(tries = 3000)
    void theSchemasThresholdPattern_acceptsWhatTheGrammarReads(@ForAll("thresholdLike") String text) {
        assertThat(SCHEMA_THRESHOLD.matcher(text).find()).as("the schema on '%s'", text).isEqualTo(ThresholdSyntax.matches(text));
    }

    @Provide
    Arbitrary<String> thresholdLike() {
        Arbitrary<String> token = Arbitraries.of(">=", "≥", ">", "<=", "≤", "<", "=", "=>", "=<", " ", " ", "", "\t", "%", "%", "0", "1",
                "25", "100", "1234567890123", "12345678901234", ".", ".5", ".123456", ".1234567", ",5", "-", "a", "\n");
        return token.list().ofMaxSize(7).map(l -> String.join("", l));
    }
}
