package vn.smartvillage.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

import vn.smartvillage.evaluation.Assessment;

/** A report format the library writes ({@link ReportFormat#all()}): a name and the writer behind it. */
final class BuiltInFormat implements ReportFormat {

    /** A report writer to a {@link Writer}. */
    @FunctionalInterface
    interface Body {
        void write(Assessment assessment, Writer out) throws IOException;
    }

    private final String name;
    private final Body body;

    BuiltInFormat(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void write(Assessment assessment, Writer out) throws IOException {
        body.write(Objects.requireNonNull(assessment, "assessment"), Objects.requireNonNull(out, "out"));
    }

    /** Returns the name. */
    @Override
    public String toString() {
        return name;
    }
}
