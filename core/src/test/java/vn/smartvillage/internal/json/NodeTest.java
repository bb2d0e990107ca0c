package vn.smartvillage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.ReadLimits;

class NodeTest {

    private static Node.ObjectNode object(int fields) throws JsonFormats.SyntaxError {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fields; i++) {
            parts.add("\"f" + i + "\": " + i);
        }
        String json = "{" + String.join(", ", parts) + "}";
        return (Node.ObjectNode) JsonFormats.parse(json.getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.JSON, ReadLimits.DEFAULTS);
    }

    @Test
    void fieldsAreFoundByName_inSmallAndIndexedObjectsAlike() throws Exception {
        for (int size : new int[] {1, 8, 9, 30}) {
            Node.ObjectNode o = object(size);
            assertThat(o.size()).isEqualTo(size);
            for (int i = 0; i < size; i++) {
                assertThat(o.get("f" + i)).as("size %d, field %d", size, i).isEqualTo(new Node.NumberNode(Integer.toString(i)));
                assertThat(o.name(i)).isEqualTo("f" + i);
                assertThat(o.value(i)).isEqualTo(new Node.NumberNode(Integer.toString(i)));
            }
            assertThat(o.get("f" + size)).isNull();
            assertThat(o.get("")).isNull();
            assertThat(o.names()).hasSize(size).startsWith("f0");
        }
    }

    @Test
    void without_dropsOneField_andKeepsTheOrderOfTheRest() throws Exception {
        Node.ObjectNode o = object(10);
        Node.ObjectNode less = o.without("f3");
        assertThat(less.names()).containsExactly("f0", "f1", "f2", "f4", "f5", "f6", "f7", "f8", "f9");
        assertThat(less.get("f3")).isNull();
        assertThat(less.get("f9")).isEqualTo(new Node.NumberNode("9"));
        assertThat(o.get("f3")).as("the original is unchanged").isEqualTo(new Node.NumberNode("3"));
        assertThat(o.without("none").names()).isEqualTo(o.names());
        assertThat(less.without("f0").without("f1").get("f2")).as("below the indexed size").isEqualTo(new Node.NumberNode("2"));
    }

    @Test
    void aNumberExpands_onlyWithinItsBounds() {
        assertThat(new Node.NumberNode("1e400").decimal()).contains(new BigDecimal("1e400"));
        assertThat(new Node.NumberNode("-1e400").decimal()).contains(new BigDecimal("-1e400"));
        assertThat(new Node.NumberNode("9.9e400").decimal()).isPresent();
        assertThat(new Node.NumberNode("10e400").decimal()).as("the leading digit is at 10^401").isEmpty();
        assertThat(new Node.NumberNode("0.001").decimal()).contains(new BigDecimal("0.001"));
        assertThat(new Node.NumberNode("1.0e-400").decimal()).isPresent();
        assertThat(new Node.NumberNode("0.1e-399").decimal()).isPresent();
        assertThat(new Node.NumberNode("0.01e-399").decimal()).isEmpty();
        // The scale, the digits a plain form needs, is bounded too: 500 decimals, not 501.
        assertThat(new Node.NumberNode("1." + "0".repeat(500)).decimal()).isPresent();
        assertThat(new Node.NumberNode("1." + "0".repeat(501)).decimal()).isEmpty();
        assertThat(new Node.NumberNode("1e-2147483648").decimal()).isEmpty();
        assertThat(new Node.NumberNode("not a number").decimal()).isEmpty();
    }

    @Test
    void aNumberIsShownCutTo40Characters() {
        String forty = "1".repeat(40);
        assertThat(new Node.NumberNode(forty).shown()).isEqualTo(forty);
        assertThat(new Node.NumberNode(forty + "2").shown()).isEqualTo("1".repeat(37) + "…");
    }

    @Test
    void aJsonNumber_isWrittenAsJsonWritesOne_inAtMost100Characters() {
        for (String yes : new String[] {"0", "-0", "12", "-0.5", "1e3", "1E+3", "2.5e-7", "9".repeat(100)}) {
            assertThat(Node.NumberNode.isJsonNumber(yes)).as(yes).isTrue();
        }
        for (String no : new String[] {"", "01", "+1", ".5", "1.", "0x1F", "1e", "Infinity", "NaN", " 1", "9".repeat(101)}) {
            assertThat(Node.NumberNode.isJsonNumber(no)).as(no).isFalse();
        }
    }

    @Test
    void booleans() {
        assertThat(Node.BooleanNode.of(true)).isEqualTo(Node.BooleanNode.TRUE);
        assertThat(Node.BooleanNode.of(false)).isEqualTo(Node.BooleanNode.FALSE);
        assertThat(Node.BooleanNode.TRUE.value()).isTrue();
        assertThat(Node.BooleanNode.FALSE.value()).isFalse();
    }

    @Test
    void anArray_keepsItsOrder() throws Exception {
        Node.ArrayNode a = (Node.ArrayNode) JsonFormats.parse("[3, \"x\", null]".getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.JSON,
                ReadLimits.DEFAULTS);
        assertThat(a.size()).isEqualTo(3);
        assertThat(a.get(0)).isEqualTo(new Node.NumberNode("3"));
        assertThat(a.get(1)).isEqualTo(new Node.StringNode("x"));
        assertThat(a.get(2)).isEqualTo(Node.NullNode.NULL);
    }
}
