package vn.smartvillage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import vn.smartvillage.ReadLimits;
import vn.smartvillage.internal.json.JsonFormats.Syntax;
import vn.smartvillage.internal.location.Places;

/** What the tree parser refuses, each with the reason and, where there is one, the line and column. */
class JsonFormatsRefusalsTest {

    private static Node json(String s) throws JsonFormats.SyntaxError {
        return JsonFormats.parse(s.getBytes(StandardCharsets.UTF_8), Syntax.JSON, ReadLimits.DEFAULTS);
    }

    private static Node yaml(String s) throws JsonFormats.SyntaxError {
        return JsonFormats.parse(s.getBytes(StandardCharsets.UTF_8), Syntax.YAML, ReadLimits.DEFAULTS);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Syntax syntax, String s, ReadLimits limits) {
        return assertThatThrownBy(() -> JsonFormats.parse(s.getBytes(StandardCharsets.UTF_8), syntax, limits)).as(s)
                .isInstanceOf(JsonFormats.SyntaxError.class);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Syntax syntax, String s) {
        return refused(syntax, s, ReadLimits.DEFAULTS);
    }

    @Test
    void syntax_isYamlForYamlNamesInAnyCase() {
        assertThat(Syntax.of("pack.yaml")).isEqualTo(Syntax.YAML);
        assertThat(Syntax.of("PACK.YML")).isEqualTo(Syntax.YAML);
        assertThat(Syntax.of("pack.json")).isEqualTo(Syntax.JSON);
        assertThat(Syntax.of("yaml")).isEqualTo(Syntax.JSON);
    }

    @Test
    void aDocumentAtTheSizeLimit_isRead_andOneBytePast_isRefusedBeforeParsing() throws Exception {
        ReadLimits ten = ReadLimits.DEFAULTS.withMaxDocumentBytes(10);
        byte[] atLimit = "[1,2,3,45]".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonFormats.read(new ByteArrayInputStream(atLimit), Syntax.JSON, ten)).isInstanceOf(Node.ArrayNode.class);
        assertThat(JsonFormats.parse(atLimit, Syntax.JSON, ten)).isInstanceOf(Node.ArrayNode.class);
        byte[] past = "[1,2,3,456]".getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream((new String(past, StandardCharsets.UTF_8) + "   ").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> JsonFormats.read(in, Syntax.JSON, ten)).isInstanceOfSatisfying(JsonFormats.SyntaxError.class, e -> {
            assertThat(e.problem(Places.rest()).reason().en()).isEqualTo("the document is larger than the limit of 10 bytes").isEqualTo(e.getMessage());
            assertThat(e.problem(Places.rest()).reason().vi()).isEqualTo("tài liệu lớn hơn giới hạn 10 byte");
        });
        assertThat(in.available()).as("read stops one byte past the limit").isEqualTo(3);
        refused(Syntax.YAML, "[1,2,3,456]", ten).hasMessage("the document is larger than the limit of 10 bytes");
    }

    @Test
    void anEmptyDocument_isRefused() {
        for (Syntax s : Syntax.values()) {
            refused(s, "").hasMessage("the document is empty");
            refused(s, " \n\t").hasMessage("the document is empty");
        }
        refused(Syntax.YAML, "# only a comment\n").hasMessage("the document is empty");
    }

    @Test
    void aByteOrderMark_isSkipped_andInvalidUtf8_isRefused() throws Exception {
        assertThat(json("\uFEFF{}")).isInstanceOf(Node.ObjectNode.class);
        assertThat(yaml("\uFEFFa: 1")).isInstanceOf(Node.ObjectNode.class);
        assertThatThrownBy(() -> JsonFormats.parse(new byte[] {'[', (byte) 0xC3, ']'}, Syntax.JSON, ReadLimits.DEFAULTS))
                .isInstanceOf(JsonFormats.SyntaxError.class).hasMessage("the document is not valid UTF-8");
    }

    @Test
    void aRootScalar_isADocument() throws Exception {
        assertThat(json("12")).isEqualTo(new Node.NumberNode("12"));
        assertThat(json("\"x\"")).isEqualTo(new Node.StringNode("x"));
        assertThat(json("null")).isEqualTo(Node.NullNode.NULL);
        assertThat(json("false")).isEqualTo(Node.BooleanNode.FALSE);
        assertThat(yaml("12")).isEqualTo(new Node.NumberNode("12"));
        assertThat(yaml("plain text")).isEqualTo(new Node.StringNode("plain text"));
    }

    @Test
    void contentAfterTheDocument_isRefusedWhereItStarts() {
        refused(Syntax.JSON, "{}\n  []").hasMessage("line 2, column 3: there is more content after the end of the document");
        refused(Syntax.JSON, "1 2").hasMessage("line 1, column 3: there is more content after the end of the document");
        refused(Syntax.JSON, "{} x").hasMessageStartingWith("line 1, column 4: ");
    }

    @Test
    void malformedJson_isRefusedWithItsPlace() {
        refused(Syntax.JSON, "{\"a\": 1").hasMessageStartingWith("line 1, column ");
        refused(Syntax.JSON, "{\"a\" 1}").hasMessageStartingWith("line 1, column ");
        // The parser's own bounds are named in both languages, at the place they were crossed.
        refused(Syntax.JSON, "[" + "9".repeat(101) + "]").hasMessage("line 1, column 103: a number is longer than 100 characters")
                .satisfies(e -> assertThat(((JsonFormats.SyntaxError) e).problem(Places.rest()).reason().vi()).isEqualTo("dòng 1, cột 103: một số dài hơn 100 ký tự"));
        refused(Syntax.JSON, "{\"" + "n".repeat(30) + "\": 1}", ReadLimits.DEFAULTS.withMaxStringLength(20))
                .hasMessageEndingWith(": a field name is longer than the limit of 20 characters");
        refused(Syntax.JSON, "[\"" + "n".repeat(30) + "\"]", ReadLimits.DEFAULTS.withMaxStringLength(20))
                .hasMessageEndingWith(": a value is longer than the limit of 20 characters");
        refused(Syntax.JSON, "[" + "9".repeat(100) + "1]");
        assertThatCode(() -> json("[" + "9".repeat(100) + "]")).doesNotThrowAnyException();
    }

    @Test
    void aKeyTwice_isRefused_alsoInTwoUnicodeForms() {
        for (Syntax s : Syntax.values()) {
            refused(s, "{\"a\": 1, \"a\": 2}").hasMessageEndingWith("the key 'a' appears twice");
            refused(s, "{\"thôn\": 1, \"tho\u0302n\": 2}").hasMessageEndingWith("the key 'thôn' appears twice (written in two Unicode forms)");
        }
        refused(Syntax.JSON, "{\"a\": 1,\n \"a\": 2}").hasMessageStartingWith("line 2, column 2: ")
                .satisfies(e -> assertThat(((JsonFormats.SyntaxError) e).problem(Places.rest()).reason().vi()).isEqualTo("dòng 2, cột 2: khóa 'a' có hai lần"));
        refused(Syntax.JSON, "{\"thôn\": 1, \"tho\u0302n\": 2}")
                .satisfies(e -> assertThat(((JsonFormats.SyntaxError) e).problem(Places.rest()).reason().vi()).endsWith("khóa 'thôn' có hai lần (viết bằng hai dạng Unicode)"));
    }

    @Test
    void theSameKeyInTwoObjects_isFine() throws Exception {
        Node.ObjectNode o = (Node.ObjectNode) json("{\"a\": {\"a\": 1}, \"b\": [{\"a\": 2}, {\"a\": 3}]}");
        assertThat(o.names()).containsExactly("a", "b");
    }

    @Test
    void anUnpairedSurrogate_isRefused_inAValueOrAKey() {
        refused(Syntax.JSON, "{\"a\": \"x\\ud800\"}").hasMessage("line 1, column 7: the text holds an unpaired surrogate \\ud800 (not a character)");
        refused(Syntax.JSON, "{\"\\udc00\": 1}").hasMessageStartingWith("line 1, column 9: ").hasMessageContaining("surrogate");
        refused(Syntax.YAML, "\"\\udc00\": 1\n").hasMessage("line 1, column 1: the text holds an unpaired surrogate \\udc00 (not a character)");
        refused(Syntax.YAML, "a: \"\\ud800\"\n").hasMessageEndingWith("the text holds an unpaired surrogate \\ud800 (not a character)");
    }

    @Test
    void nestingUpToTheLimit_isRead_andDeeper_isRefused() throws Exception {
        ReadLimits three = ReadLimits.DEFAULTS.withMaxNestingDepth(3);
        for (Syntax s : Syntax.values()) {
            assertThat(JsonFormats.parse("[[[1]]]".getBytes(StandardCharsets.UTF_8), s, three)).isInstanceOf(Node.ArrayNode.class);
            assertThat(JsonFormats.parse("{\"a\": {\"b\": [1]}}".getBytes(StandardCharsets.UTF_8), s, three)).isInstanceOf(Node.ObjectNode.class);
            refused(s, "[[[[1]]]]", three);
        }
        refused(Syntax.YAML, "[[[[1]]]]", three).hasMessage("line 1, column 4: nested deeper than the limit of 3 levels");
    }

    @Test
    void aYamlValuePastTheStringLimit_isRefused() throws Exception {
        ReadLimits five = ReadLimits.DEFAULTS.withMaxStringLength(5);
        assertThat(((Node.ObjectNode) JsonFormats.parse("a: abcde".getBytes(StandardCharsets.UTF_8), Syntax.YAML, five)).get("a"))
                .isEqualTo(new Node.StringNode("abcde"));
        refused(Syntax.YAML, "a: abcdef", five).hasMessage("line 1, column 4: the value is longer than the limit of 5 characters");
    }

    @Test
    void aLongYamlDocumentOfShortValues_isRead_whateverTheStringLimit() throws Exception {
        ReadLimits ten = ReadLimits.DEFAULTS.withMaxStringLength(10);
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            yaml.append("k").append(i).append(": v\n");
        }
        assertThat(yaml.length()).as("well past ten times the limit").isGreaterThan(10 * 10 + 4096);
        Node.ObjectNode o = (Node.ObjectNode) JsonFormats.parse(yaml.toString().getBytes(StandardCharsets.UTF_8), Syntax.YAML, ten);
        assertThat(o.size()).isEqualTo(2000);
    }

    @Test
    void yamlTags_otherThanTheStandardOnes_areRefused() throws Exception {
        refused(Syntax.YAML, "a: !!python/object:os.system x\n").hasMessageContaining("the YAML tag tag:yaml.org,2002:python/object:os.system is not read");
        refused(Syntax.YAML, "a: !custom x\n").hasMessageContaining("the YAML tag !custom is not read");
        refused(Syntax.YAML, "a: !!set {x: null}\n").hasMessageContaining("is not read: a document is data only");
        refused(Syntax.YAML, "a: !!map [1]\n").hasMessageContaining("the YAML tag tag:yaml.org,2002:map is not read");
        refused(Syntax.YAML, "!!int 1: x\n").hasMessageContaining("the YAML tag tag:yaml.org,2002:int is not read");
        refused(Syntax.YAML, "a: !!binary aGk=\n").hasMessageContaining("tag:yaml.org,2002:binary");
        Node.ObjectNode o = (Node.ObjectNode) yaml("a: !!map {b: !!seq [!!int 1, !!float 2.5, !!bool true, !!null null, !!str x]}\n!!str k: v\n");
        Node.ArrayNode items = (Node.ArrayNode) ((Node.ObjectNode) o.get("a")).get("b");
        assertThat(items.get(0)).isEqualTo(new Node.NumberNode("1"));
        assertThat(items.get(1)).isEqualTo(new Node.NumberNode("2.5"));
        assertThat(items.get(2)).isEqualTo(Node.BooleanNode.TRUE);
        assertThat(items.get(3)).isEqualTo(Node.NullNode.NULL);
        assertThat(items.get(4)).isEqualTo(new Node.StringNode("x"));
        assertThat(o.get("k")).isEqualTo(new Node.StringNode("v"));
    }

    @Test
    void aYamlNumber_mustBeWrittenAsJsonWritesOne() throws Exception {
        refused(Syntax.YAML, "a: !!int 0x1F\n").hasMessage("line 1, column 4: '0x1F' is not a number written as JSON writes one (at most 100 characters)");
        refused(Syntax.YAML, "a: !!float .5\n").hasMessageContaining("'.5' is not a number written as JSON writes one");
        refused(Syntax.YAML, "a: 1.\n").as("a float in YAML, not in JSON").hasMessageContaining("'1.' is not a number written as JSON writes one");
        refused(Syntax.YAML, "a: .inf\n").hasMessageContaining("'.inf' is not a number written as JSON writes one");
        Node.ObjectNode o = (Node.ObjectNode) yaml("a: 0x1F\nb: false\nc: \"true\"\nd: -1.5e3\ne:\nf: ~\n");
        assertThat(o.get("a")).as("not a number in YAML's JSON schema").isEqualTo(new Node.StringNode("0x1F"));
        assertThat(o.get("b")).isEqualTo(Node.BooleanNode.FALSE);
        assertThat(o.get("c")).isEqualTo(new Node.StringNode("true"));
        assertThat(o.get("d")).isEqualTo(new Node.NumberNode("-1.5e3"));
        assertThat(o.get("e")).as("an empty value is null").isEqualTo(Node.NullNode.NULL);
        assertThat(o.get("f")).as("'~' is text in YAML's JSON schema").isEqualTo(new Node.StringNode("~"));
    }

    @Test
    void yamlAliases_andBrokenYaml_areRefusedWithTheirPlace() {
        refused(Syntax.YAML, "a: 1\nb: *x\n").hasMessage("line 2, column 4: YAML aliases (*…) are not read; write the value out");
        refused(Syntax.YAML, "a: &x [1]\n").hasMessage("line 1, column 4: YAML anchors (&x) are not read; write the value out");
        refused(Syntax.YAML, "a: [1, 2\n").hasMessageStartingWith("line ");
        refused(Syntax.YAML, "a: 1\n- b\n").hasMessageStartingWith("line 2, column 1: ");
        refused(Syntax.YAML, "? {a: 1}\n: x\n").hasMessageEndingWith("a key must be text, not a list or a map");
    }

    @Test
    void aDocumentWrittenBackFromATree_isPrettyJson() throws Exception {
        Node n = yaml("a:\n  - 1\n  - {b: x, c: null}\n  - []\nd: true\n");
        assertThat(JsonFormats.write(n)).isEqualTo("{\n  \"a\" : [\n    1,\n    {\n      \"b\" : \"x\",\n      \"c\" : null\n    },\n    [ ]\n  ],\n"
                + "  \"d\" : true\n}\n");
        assertThat(JsonFormats.write(new Node.StringNode("x"))).isEqualTo("\"x\"\n");
    }
}
