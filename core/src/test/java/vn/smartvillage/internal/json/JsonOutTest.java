package vn.smartvillage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class JsonOutTest {

    @Test
    void everyKindOfValue_isWrittenAsJson_inTheOrderPut() {
        JsonOut.Obj o = JsonOut.object().put("s", "thôn").put("l", 12L).put("i", 7).put("b", false).put("d", new BigDecimal("27.50"))
                .putNull("n");
        o.putObject("o").put("t", true);
        o.putArray("a").add("x").add(JsonOut.object().put("k", 1)).addObject().put("m", -1L);
        o.set("e", JsonOut.array());
        assertThat(o.text()).isEqualTo("""
                {
                  "s" : "thôn",
                  "l" : 12,
                  "i" : 7,
                  "b" : false,
                  "d" : 27.50,
                  "n" : null,
                  "o" : {
                    "t" : true
                  },
                  "a" : [
                    "x",
                    {
                      "k" : 1
                    },
                    {
                      "m" : -1
                    }
                  ],
                  "e" : [ ]
                }
                """);
    }

    @Test
    void anUnpairedSurrogate_isWrittenAsTheReplacementCharacter() {
        assertThat(JsonOut.object().put("s", "a\uD800b").text()).isEqualTo("{\n  \"s\" : \"a\uFFFDb\"\n}\n");
        assertThat(JsonOut.array().add("\uDC00").text()).isEqualTo("[\n  \"\uFFFD\"\n]\n");
    }
}
