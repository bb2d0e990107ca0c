package vn.smartvillage.internal.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * JSON already written and encoded in UTF-8, for {@link tools.jackson.core.JsonGenerator#writeRawValue(SerializableString)}
 * on a generator of bytes, which copies it as it is. (A {@link SerializedString} of the same text encodes it again, a
 * character at a time: the largest single cost JFR found in writing a large report.) The quoted forms are the text's as a JSON string.
 */
public final class Utf8Json implements SerializableString {

    private final byte[] bytes;

    /** Takes {@code bytes}, which the caller no longer changes. */
    public Utf8Json(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public String getValue() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
        return new SerializedString(getValue()).asQuotedChars();
    }

    /** {@return the bytes themselves, as {@link SerializedString} returns its own: a generator only copies them} */
    @Override
    public byte[] asUnquotedUTF8() {
        return bytes;
    }

    @Override
    public byte[] asQuotedUTF8() {
        return new SerializedString(getValue()).asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return new SerializedString(getValue()).appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return new SerializedString(getValue()).appendQuoted(buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + bytes.length > buffer.length) {
            return -1;
        }
        System.arraycopy(bytes, 0, buffer, offset, bytes.length);
        return bytes.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return new SerializedString(getValue()).appendUnquoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return new SerializedString(getValue()).writeQuotedUTF8(out);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(bytes);
        return bytes.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
        return new SerializedString(getValue()).putQuotedUTF8(buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
        if (bytes.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(bytes);
        return bytes.length;
    }

    @Override
    public String toString() {
        return getValue();
    }
}
