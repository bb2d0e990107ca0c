package vn.smartvillage.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * The command's standard output and error: whatever a pack or a dataset puts in a name, a control
 * character (ESC, so no terminal escape sequence), a bidirectional override (U+202E, which reorders what a
 * reader sees) or a lone carriage return (which overwrites a line) is printed as its code, such as
 * {@code <U+202E>}, and an unpaired surrogate as U+FFFD. Line breaks ({@code \n}, {@code \r\n}) and tabs
 * pass. The progress bar, which redraws its line, writes through {@link #raw}.
 */
final class PrintableWriter extends PrintWriter {

    private char pending;

    PrintableWriter(Writer out) {
        super(out, true);
    }

    /** Returns {@code w} as a printable writer, or {@code w} itself if it is one. */
    static PrintableWriter of(PrintWriter w) {
        return w instanceof PrintableWriter p ? p : new PrintableWriter(w);
    }

    /** Writes {@code s} as it is: for the progress bar's own carriage returns. */
    void raw(String s) {
        synchronized (lock) {
            settle();
            super.write(s, 0, s.length());
        }
    }

    @Override
    public void write(int c) {
        synchronized (lock) {
            put((char) c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        synchronized (lock) {
            for (int i = off; i < off + len; i++) {
                put(buf[i]);
            }
        }
    }

    @Override
    public void write(String s, int off, int len) {
        synchronized (lock) {
            for (int i = off; i < off + len; i++) {
                put(s.charAt(i));
            }
        }
    }

    @Override
    public void flush() {
        synchronized (lock) {
            super.flush();
        }
    }

    /** A high surrogate or a carriage return waits for the next character to know what it is. */
    private void put(char c) {
        if (pending != 0) {
            char p = pending;
            pending = 0;
            if (p == '\r' && c == '\n') {
                super.write('\r');
                super.write('\n');
                return;
            }
            if (Character.isHighSurrogate(p) && Character.isLowSurrogate(c)) {
                super.write(p);
                super.write(c);
                return;
            }
            emit(p);
        }
        if (c == '\r' || Character.isHighSurrogate(c)) {
            pending = c;
            return;
        }
        emit(c);
    }

    /** Writes a character that is not part of a pair. */
    private void emit(char c) {
        if (Character.isSurrogate(c)) {
            super.write('\uFFFD');
        } else if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
            String code = String.format(Locale.ROOT, "<U+%04X>", (int) c);
            super.write(code, 0, code.length());
        } else {
            super.write(c);
        }
    }

    /** Writes a waiting character for what it is, once nothing can pair with it. */
    private void settle() {
        if (pending != 0) {
            char p = pending;
            pending = 0;
            emit(p);
        }
    }
}
