package vn.smartvillage.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import vn.smartvillage.evaluation.Assessment;

/** A report format the library writes ({@link ReportFormat#all()}): a name and the writer behind it. */
final class BuiltInFormat implements ReportFormat {

    /** A report writer to a {@link Writer}. */
    @FunctionalInterface
    interface Body {
        void write(Assessment assessment, Writer out) throws IOException;
    }

    /** A report writer to a stream of UTF-8 bytes, encoding as it writes. */
    @FunctionalInterface
    interface Bytes {
        void write(Assessment assessment, OutputStream out) throws IOException;
    }

    private final String name;
    private final Body body;
    /** Writes the same bytes as {@link #body} through a UTF-8 encoder, for a file; null when there is no such writer. */
    private final Bytes bytes;

    BuiltInFormat(String name, Body body) {
        this(name, body, null);
    }

    BuiltInFormat(String name, Body body, Bytes bytes) {
        this.name = name;
        this.body = body;
        this.bytes = bytes;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void write(Assessment assessment, Writer out) throws IOException {
        body.write(Objects.requireNonNull(assessment, "assessment"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes the file in UTF-8 through a buffer of 64 KiB, encoding each character once when the format can (the JSON
     * report): the same bytes as the interface's default.
     */
    @Override
    public void write(Assessment assessment, Path file) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        if (bytes == null) {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
                write(assessment, out);
            }
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            bytes.write(assessment, out);
        }
    }

    /** Returns the name. */
    @Override
    public String toString() {
        return name;
    }
}
