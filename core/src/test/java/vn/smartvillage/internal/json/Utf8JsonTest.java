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
        // 300 lines: the generator's buffer of 8,000 bytes fills, so some lines are copied and some handed over whole.
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
