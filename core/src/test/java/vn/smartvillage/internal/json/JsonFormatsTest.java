package vn.smartvillage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.smartvillage.ReadLimits;

/** The tree parser's own bounds: what it refuses, and how little it reads before refusing. */
class JsonFormatsTest {

    /** Counts the characters a parser pulls. */
    static final class Counting extends Reader {
        private final Reader in;
        long read;

        Counting(String s) {
            this.in = new StringReader(s);
        }

        @Override
        public int read(char[] buf, int off, int len) throws java.io.IOException {
            int n = in.read(buf, off, len);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aLongYamlScalar_isRefusedAfterReadingAboutTheLimit_notTheWholeScalar() {
        for (String quote : new String[] {"\"", "'", ""}) {
            String yaml = "id: " + quote + "a".repeat(4 << 20) + quote + "\n";
            Counting in = new Counting(yaml);
            assertThatThrownBy(() -> JsonFormats.yaml(in, ReadLimits.DEFAULTS)).isInstanceOf(JsonFormats.SyntaxError.class)
                    .hasMessageContaining("longer than the limit of 100000 characters");
            // 10 × the limit and a buffer, not 4 MiB: the time to refuse follows the limit, not the input.
            assertThat(in.read).as("quote " + quote).isLessThan(1_200_000);
        }
    }

    @Test
    void aYamlValueAtTheLimit_isRead() throws Exception {
        String yaml = "id: \"" + "á".repeat(100_000) + "\"\n";
        Node n = JsonFormats.parse(yaml.getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.YAML, ReadLimits.DEFAULTS);
        assertThat(((Node.StringNode) ((Node.ObjectNode) n).get("id")).value()).hasSize(100_000);
    }

    @Test
    void yamlAnchorsAliasesAndSecondDocuments_areRefused() {
        for (String[] c : new String[][] {{"a: &x 1\nb: *x\n", "anchors"}, {"a: [1]\n---\nb: 2\n", "only one YAML document"},
            {"? [1, 2]\n: x\n", "a key must be text"}}) {
            assertThatThrownBy(() -> JsonFormats.parse(c[0].getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.YAML, ReadLimits.DEFAULTS))
                    .as(c[0]).isInstanceOf(JsonFormats.SyntaxError.class).hasMessageContaining(c[1]);
        }
    }

    @Test
    void yamlScalars_readAsJsonWouldReadThem() throws Exception {
        String yaml = "n: 12\nd: -0.5\nt: true\nz: null\ns: '12'\nw: yes\nstr: !!str 7\n";
        Node.ObjectNode o = (Node.ObjectNode) JsonFormats.parse(yaml.getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.YAML,
                ReadLimits.DEFAULTS);
        assertThat(o.get("n")).isEqualTo(new Node.NumberNode("12"));
        assertThat(o.get("d")).isEqualTo(new Node.NumberNode("-0.5"));
        assertThat(o.get("t")).isEqualTo(Node.BooleanNode.TRUE);
        assertThat(o.get("z")).isEqualTo(Node.NullNode.NULL);
        assertThat(o.get("s")).isEqualTo(new Node.StringNode("12"));
        assertThat(o.get("w")).isEqualTo(new Node.StringNode("yes"));
        assertThat(o.get("str")).isEqualTo(new Node.StringNode("7"));
    }

    @Test
    void numbersStayAsWritten_andExpandOnlyWithinBounds() {
        assertThat(new Node.NumberNode("1e400").decimal()).isPresent();
        assertThat(new Node.NumberNode("1e401").decimal()).isEmpty();
        assertThat(new Node.NumberNode("1e-400").decimal()).isPresent();
        assertThat(new Node.NumberNode("1e-401").decimal()).isEmpty();
        assertThat(new Node.NumberNode("1e999999999").decimal()).isEmpty();
        assertThat(new Node.NumberNode("27.5").decimal()).hasValueSatisfying(d -> assertThat(d.toPlainString()).isEqualTo("27.5"));
    }

    @Test
    void aTreeWritesBackAsItWasRead() throws Exception {
        String json = "{\n  \"a\" : [\n    1,\n    2.50,\n    -0.0,\n    \"x\\u00e9\"\n  ],\n  \"b\" : { },\n  \"c\" : [ ],\n  \"d\" : null,\n"
                + "  \"e\" : true\n}\n";
        Node n = JsonFormats.parse(json.getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.JSON, ReadLimits.DEFAULTS);
        assertThat(JsonFormats.write(n)).isEqualTo(json.replace("\\u00e9", "é"));
    }

    @Test
    void deepNesting_isRefusedAtTheLimit_withoutRecursion() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        for (JsonFormats.Syntax s : JsonFormats.Syntax.values()) {
            assertThatThrownBy(() -> JsonFormats.parse(deep.getBytes(StandardCharsets.UTF_8), s, ReadLimits.DEFAULTS)).as(s.toString())
                    .isInstanceOf(JsonFormats.SyntaxError.class);
        }
    }
}
