package vn.smartvillage.internal;

import java.io.IOException;
import java.io.Writer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes text on to a writer and keeps the SHA-256 of its UTF-8 bytes, so that a document can end with
 * the digest of what came before it without being held in memory.
 */
public final class Sha256Writer extends Writer {

    private final Writer out;
    private final MessageDigest digest;
    /** UTF-8 bytes not yet given to the digest: one call per 8 KiB rather than per character. */
    private final byte[] bytes = new byte[8192];
    private int pending;
    private char high;

    /** Writes to {@code out}, digesting on the way. */
    public Sha256Writer(Writer out) {
        this.out = out;
        this.digest = sha256();
    }

    /** Returns a new SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Returns, in lower-case hex, the SHA-256 of what was written so far followed by {@code suffix}. */
    public String hexWith(String suffix) {
        try {
            drain();
            MessageDigest d = (MessageDigest) digest.clone();
            d.update(suffix.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            if (c < 0x80 && high == 0 && pending < bytes.length) {
                bytes[pending++] = (byte) c;   // ASCII, most of a report: one byte, no call
            } else {
                update(c);
            }
        }
        out.write(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && high == 0 && pending < bytes.length) {
                bytes[pending++] = (byte) c;
            } else {
                update(c);
            }
        }
        out.write(s, off, len);
    }

    @Override
    public void write(int c) throws IOException {
        update((char) c);
        out.write(c);
    }

    /** Encodes one UTF-16 unit as UTF-8, keeping a high surrogate until its pair arrives. */
    private void update(char c) {
        int cp;
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                cp = Character.toCodePoint(h, c);
            } else {
                encode(0xFFFD);
                update(c);
                return;
            }
        } else if (Character.isHighSurrogate(c)) {
            high = c;
            return;
        } else {
            cp = Character.isSurrogate(c) ? 0xFFFD : c;
        }
        encode(cp);
    }

    private void encode(int cp) {
        if (pending > bytes.length - 4) {
            drain();
        }
        byte[] b = bytes;
        int n = pending;
        if (cp < 0x80) {
            b[n++] = (byte) cp;
        } else if (cp < 0x800) {
            b[n++] = (byte) (0xC0 | cp >> 6);
            b[n++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            b[n++] = (byte) (0xE0 | cp >> 12);
            b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
            b[n++] = (byte) (0xF0 | cp >> 18);
            b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[n++] = (byte) (0x80 | cp & 0x3F);
        }
        pending = n;
    }

    /** Gives the pending bytes to the digest. */
    private void drain() {
        digest.update(bytes, 0, pending);
        pending = 0;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
