package vn.smartvillage.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Passes bytes on to a stream and keeps their SHA-256, as {@link Sha256Writer} does for text: a document encoded
 * once, as it is written, can end with the digest of what came before it. {@link #close} flushes but does not close
 * the stream under it.
 */
public final class Sha256Output extends FilterOutputStream {

    private final MessageDigest digest = Sha256Writer.sha256();

    /** Writes to {@code out}, digesting on the way. */
    public Sha256Output(OutputStream out) {
        super(out);
    }

    /** Returns, in lower-case hex, the SHA-256 of what was written so far followed by {@code suffix} in UTF-8. */
    public String hexWith(String suffix) {
        try {
            MessageDigest d = (MessageDigest) digest.clone();
            d.update(suffix.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        digest.update((byte) b);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        digest.update(b, off, len);
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
