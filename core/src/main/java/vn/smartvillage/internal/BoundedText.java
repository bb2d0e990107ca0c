package vn.smartvillage.internal;

import java.io.Writer;

/**
 * A writer into memory that refuses to grow past a bound, for the methods that return a report as a
 * {@code String}: past the bound the caller is told to stream the report to a file, instead of the
 * process running out of memory (or a {@code StringBuilder} overflowing at 2³¹ characters).
 */
public final class BoundedText extends Writer {

    /** The most characters a report returned as a string may hold: 256 Mi, about 512 MB of heap. */
    public static final int MAX_CHARS = 256 << 20;

    /** Thrown when the text would pass the bound; unchecked, as the writer's callers do not expect it. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("more than " + max + " characters", null, false, false);
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final int max;

    /** A writer that holds at most {@link #MAX_CHARS}. */
    public BoundedText() {
        this(MAX_CHARS);
    }

    /** A writer that holds at most {@code max} characters. */
    public BoundedText(int max) {
        this.max = max;
    }

    @Override
    public void write(char[] buf, int off, int len) {
        room(len);
        text.append(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        room(len);
        text.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
        room(1);
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        CharSequence x = s == null ? "null" : s;
        room(x.length());
        text.append(x);
        return this;
    }

    private void room(int len) {
        if ((long) text.length() + len > max) {
            throw new TooLarge(max);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
