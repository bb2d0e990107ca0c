package vn.smartvillage.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule comes from: the legal document and, where known, its date, article and address, and the
 * source the project read it in.
 *
 * @param document the document's number and type, such as {@code "QĐ 924/QĐ-TTg"}; never blank
 * @param date     the date of the document, or {@code null} if not known
 * @param article  the article, annex or indicator, such as {@code "Phụ lục I, tiêu chí 8"}, or {@code null}
 * @param url      the public address of the document, or {@code null}
 * @param source   where the project read it, such as {@code "Công báo tỉnh, 24/01/2023"}, or {@code null}
 * @param verified how well the rule's content was checked against its source, or {@code null} when not stated
 */
public record Citation(String document, LocalDate date, String article, String url, String source, Verification verified) {

    /** How well a rule's content was checked against its source. */
    public enum Verification {
        /** Read in the document itself or confirmed by more than one source (✔). */
        CONFIRMED,
        /** Read in one secondary source only, such as a news article quoting the document (◐). */
        ONE_SOURCE
    }

    /**
     * Checks that the document is named.
     *
     * @param document the document's number and type, such as {@code "QĐ 924/QĐ-TTg"}; not null and not blank
     * @param date     the date of the document, or {@code null} if not known
     * @param article  the article, annex or indicator, such as {@code "Phụ lục I, tiêu chí 8"}, or {@code null}
     * @param url      the public address of the document, or {@code null}
     * @param source   where the project read it, such as {@code "Công báo tỉnh, 24/01/2023"}, or
     *                 {@code null}
     * @param verified how well the rule's content was checked against its source, or {@code null} when not
     *                 stated
     * @throws IllegalArgumentException if the document is blank
     */
    public Citation {
        Objects.requireNonNull(document, "document");
        if (document.isBlank()) {
            throw new IllegalArgumentException("a citation names its document");
        }
    }

    /**
     * {@return a citation of {@code document} with nothing else known yet}
     *
     * @param document the document's number and type, such as {@code "QĐ 924/QĐ-TTg"}; not null and not blank
     * @throws IllegalArgumentException if the document is blank
     */
    public static Citation of(String document) {
        return new Citation(document, null, null, null, null, null);
    }

    /**
     * {@return a copy dated {@code date}}
     *
     * @param date the date the document was issued, or {@code null} if not known
     */
    public Citation dated(LocalDate date) {
        return new Citation(document, date, article, url, source, verified);
    }

    /**
     * {@return a copy pointing at {@code article}}
     *
     * @param article the article, annex or indicator, such as {@code "Phụ lục I, tiêu chí 8"}, or {@code null}
     */
    public Citation article(String article) {
        return new Citation(document, date, article, url, source, verified);
    }

    /**
     * {@return a copy with the public address {@code url}}
     *
     * @param url where the document can be read, or {@code null}
     */
    public Citation url(String url) {
        return new Citation(document, date, article, url, source, verified);
    }

    /**
     * {@return a copy naming the source the project read it in}
     *
     * @param source the article or report the rule was read in, such as
     *               {@code "Công báo tỉnh, 24/01/2023"}, or {@code null}
     */
    public Citation source(String source) {
        return new Citation(document, date, article, url, source, verified);
    }

    /**
     * {@return a copy stating how well the rule's content was checked}
     *
     * @param verified confirmed, or read in one secondary source only; {@code null} when not stated
     */
    public Citation verified(Verification verified) {
        return new Citation(document, date, article, url, source, verified);
    }

    /** {@return how well the rule's content was checked, if stated} */
    public Optional<Verification> verification() {
        return Optional.ofNullable(verified);
    }

    /** {@return the document's date, if known} */
    public Optional<LocalDate> knownDate() {
        return Optional.ofNullable(date);
    }

    /** Returns the citation as one line: document, date, article and source where known. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(document);
        if (date != null) {
            s.append(" (").append(date).append(')');
        }
        if (article != null) {
            s.append(", ").append(article);
        }
        if (source != null) {
            s.append(" [").append(source).append(']');
        }
        return s.toString();
    }
}
