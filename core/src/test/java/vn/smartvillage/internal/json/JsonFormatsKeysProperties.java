package vn.smartvillage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import vn.smartvillage.ReadLimits;

/** A key written twice in one object is refused wherever the two are, in an object of a few keys or of many. */
class JsonFormatsKeysProperties {

    @Property(tries = 300)
    void aKeyWrittenTwice_isRefused(@ForAll @IntRange(min = 1, max = 30) int keys, @ForAll @IntRange(min = 0, max = 29) int firstSeed,
            @ForAll @IntRange(min = 0, max = 30) int atSeed, @ForAll boolean decomposed) {
        // Built, not filtered: an assumption on three free numbers rejected most tries and, now and then, exhausted the property.
        int first = firstSeed % keys;
        int at = first + 1 + atSeed % (keys - first);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            fields.add("\"kh\u00e1-" + i + "\" : " + i);
        }
        // The second spelling of the key: the same, or the same in decomposed form (a + combining acute), which is one key.
        String again = decomposed ? "kha\u0301-" + first : "kh\u00e1-" + first;
        fields.add(at, "\"" + again + "\" : true");
        String json = "{ " + String.join(", ", fields) + " }";
        assertThatThrownBy(() -> JsonFormats.parse(json.getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.JSON, ReadLimits.DEFAULTS))
                .isInstanceOf(JsonFormats.SyntaxError.class)
                .satisfies(e -> assertThat(((JsonFormats.SyntaxError) e).problem(vn.smartvillage.internal.location.Places.rest()).code())
                        .startsWith("syntax.duplicateKey"));
    }

    @Property(tries = 100)
    void distinctKeys_areRead(@ForAll @IntRange(min = 0, max = 30) int keys) throws JsonFormats.SyntaxError {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            fields.add("\"k" + i + "\" : " + i);
        }
        Node n = JsonFormats.parse(("{ " + String.join(", ", fields) + " }").getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.JSON,
                ReadLimits.DEFAULTS);
        assertThat(((Node.ObjectNode) n).size()).isEqualTo(keys);
    }
}
