package vn.smartvillage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** JSON written ahead in UTF-8 is copied as it is, wherever the generator's buffer stands, and reads as its text. */
class Utf8JsonTest {

    private static final String LINE = "{ \"name\" : \"Th\u00f4n \u0110\u00f4ng \u1ec7 \uD83D\uDE00\" }";

    @Test
    void aLineWrittenAhead_isCopiedAsItIs_whetherOrNotItFitsTheBuffer() {
        Utf8Json line = new Utf8Json(LINE.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream ahead = new ByteArrayOutputStream();
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        // 300 short lines: the generator's buffer of 8,000 bytes fills, so a line sometimes finds no room and is
        // written after the buffer is flushed.
        try (JsonGenerator a = JsonFormats.linesGenerator(ahead); JsonGenerator b = JsonFormats.linesGenerator(encoded)) {
            a.writeStartArray();
            b.writeStartArray();
            for (int i = 0; i < 300; i++) {
                a.writeRawValue(line);
                b.writeRawValue(new SerializedString(LINE));
            }
            a.writeEndArray();
            b.writeEndArray();
        }
        assertThat(ahead.toByteArray()).isEqualTo(encoded.toByteArray());
    }

    @Test
    void aUnitLikeLine_madeAheadInBytes_isTheTextLineEncoded_shortOrLongerThanJacksonsDirectCopy() {
        // Jackson copies a raw value of up to 512 bytes into its buffer, and writes a longer one straight through.
        for (int repeat : new int[] {1, 40, 400}) {
            String name = "Th\u00f4n \u0110\u00f4ng \u1ec7 \uD83D\uDE00 \"x\" ".repeat(repeat);
            java.util.function.Consumer<JsonGenerator> unit = g -> {
                g.writeStartObject();
                g.writeStringProperty("name", name);
                g.writeArrayPropertyStart("criteria");
                g.writeStartObject();
                g.writeNumberProperty("amount", 12);
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            };
            ByteArrayOutputStream ahead = new ByteArrayOutputStream();
            java.io.StringWriter text = new java.io.StringWriter();
            try (JsonGenerator a = JsonFormats.linesGenerator(ahead); JsonGenerator b = JsonFormats.linesGenerator(text)) {
                a.writeStartObject();
                b.writeStartObject();
                a.writeArrayPropertyStart("units");
                b.writeArrayPropertyStart("units");
                for (int i = 0; i < 3; i++) {
                    a.writeRawValue(JsonFormats.linesAt2Utf8(unit));
                    b.writeRawValue(JsonFormats.linesAt2(unit));
                }
                a.writeEndArray();
                b.writeEndArray();
                a.writeEndObject();
                b.writeEndObject();
            }
            assertThat(ahead.toByteArray()).as("%d repeats", repeat).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void itsTextAndQuotedForms_areThoseOfTheSameString() {
        Utf8Json line = new Utf8Json(LINE.getBytes(StandardCharsets.UTF_8));
        SerializedString same = new SerializedString(LINE);
        assertThat(line.getValue()).isEqualTo(LINE);
        assertThat(line.charLength()).isEqualTo(LINE.length());
        assertThat(line.asQuotedUTF8()).isEqualTo(same.asQuotedUTF8());
        assertThat(line.asQuotedChars()).isEqualTo(same.asQuotedChars());
        assertThat(line.appendUnquotedUTF8(new byte[4], 0)).isEqualTo(-1);
        byte[] room = new byte[200];
        int n = line.appendUnquotedUTF8(room, 3);
        assertThat(new String(room, 3, n, StandardCharsets.UTF_8)).isEqualTo(LINE);
    }
}
