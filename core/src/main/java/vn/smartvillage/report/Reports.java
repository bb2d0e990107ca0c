package vn.smartvillage.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.internal.BoundedText;
import vn.smartvillage.internal.location.Places;

/** What the report writers share: a report as a bounded string, written through the streaming writer. */
final class Reports {

    /** A report writer to a {@link Writer}. */
    @FunctionalInterface
    interface Streamed {
        void write(Writer out) throws IOException;
    }

    private Reports() {
    }

    /**
     * Returns what {@code report} writes, as a string of at most {@link BoundedText#MAX_CHARS} characters.
     *
     * @throws SmartVillageException if the report would be longer, saying to write it to a file
     */
    static String toText(Streamed report) {
        return toText(report, BoundedText.MAX_CHARS);
    }

    /** As {@link #toText(Streamed)}, with the bound given. */
    static String toText(Streamed report, int max) {
        BoundedText text = new BoundedText(max);
        try {
            report.write(text);
        } catch (BoundedText.TooLarge e) {
            throw new SmartVillageException("the report is too large to return as a string", List.of(Problem.of("report.tooLarge",
                    Places.report(), "max", max)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
