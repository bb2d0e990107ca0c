package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.text.Messages;

/**
 * Where a rule comes from: the legal document and, where known, its date, article and address, and the
 * source the project read it in.
 *
 * <p>Make one with {@link #of(String)} and add what is known with the {@code with…} methods; a part not
 * known is empty ({@link Optional}), never {@code null}. Instances are immutable; two citations are equal
 * when all their parts are.
 *
 * <pre>{@code
 * Citation c = Citation.of("QĐ 924/QĐ-TTg").withDate(LocalDate.of(2022, 8, 2)).withArticle("Phụ lục I, tiêu chí 8");
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class Citation {

    /** How well a rule's content was checked against its source. */
    @API(status = STABLE, since = "0.1")
    public enum Verification {
        /** Read in the document itself or confirmed by more than one source (✔). */
        CONFIRMED,
        /** Read in one secondary source only, such as a news article quoting the document (◐). */
        ONE_SOURCE
    }

    private final String document;
    private final LocalDate date;
    private final String article;
    private final String url;
    private final String source;
    private final Verification verification;

    private Citation(String document, LocalDate date, String article, String url, String source, Verification verification) {
        this.document = document;
        this.date = date;
        this.article = article;
        this.url = url;
        this.source = source;
        this.verification = verification;
    }

    /**
     * {@return a citation of {@code document} with nothing else known yet}
     *
     * @param document the document's number and type, such as {@code "QĐ 924/QĐ-TTg"}; not null and not blank
     * @throws IllegalArgumentException if the document is blank
     */
    public static Citation of(String document) {
        Objects.requireNonNull(document, "document");
        if (document.isBlank()) {
            throw new IllegalArgumentException("a citation names its document");
        }
        return new Citation(document, null, null, null, null, null);
    }

    /**
     * {@return a copy dated {@code date}}
     *
     * @param date the date the document was issued, not null
     */
    public Citation withDate(LocalDate date) {
        return new Citation(document, Objects.requireNonNull(date, "date"), article, url, source, verification);
    }

    /**
     * {@return a copy pointing at {@code article}}
     *
     * @param article the article, annex or indicator, such as {@code "Phụ lục I, tiêu chí 8"}; not null
     */
    public Citation withArticle(String article) {
        return new Citation(document, date, Objects.requireNonNull(article, "article"), url, source, verification);
    }

    /**
     * {@return a copy with the public address {@code url}}
     *
     * @param url where the document can be read, not null
     */
    public Citation withUrl(String url) {
        return new Citation(document, date, article, Objects.requireNonNull(url, "url"), source, verification);
    }

    /**
     * {@return a copy naming the source the project read it in}
     *
     * @param source the article or report the rule was read in, such as {@code "Công báo tỉnh, 24/01/2023"};
     *               not null
     */
    public Citation withSource(String source) {
        return new Citation(document, date, article, url, Objects.requireNonNull(source, "source"), verification);
    }

    /**
     * {@return a copy stating how well the rule's content was checked}
     *
     * @param verification confirmed, or read in one secondary source only; not null
     */
    public Citation withVerification(Verification verification) {
        return new Citation(document, date, article, url, source, Objects.requireNonNull(verification, "verification"));
    }

    /** {@return the document's number and type, such as {@code "QĐ 924/QĐ-TTg"}; never blank} */
    public String document() {
        return document;
    }

    /** {@return the date of the document, or empty if not known} */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** {@return the article, annex or indicator, such as {@code "Phụ lục I, tiêu chí 8"}, or empty} */
    public Optional<String> article() {
        return Optional.ofNullable(article);
    }

    /** {@return the public address of the document, or empty} */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** {@return where the project read it, such as {@code "Công báo tỉnh, 24/01/2023"}, or empty} */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** {@return how well the rule's content was checked against its source, or empty when not stated} */
    public Optional<Verification> verification() {
        return Optional.ofNullable(verification);
    }

    /**
     * {@return the citation as its reader looks it up, in both languages: the document, its date as each
     * language writes dates, the article, and a note when the rule was read in one secondary source only}
     * Where the project read it ({@link #source()}) is not the reader's concern and is left out, as are
     * the address and any internal note; reports and explanations write this, the JSON report keeps every part.
     * For example {@code "Quyết định 318/QĐ-TTg (08/03/2022), Phụ lục I, chỉ tiêu 8.3"}.
     */
    public Text text() {
        String rest = article == null ? "" : ", " + article;
        String vi = document + (date == null ? "" : " (" + Messages.format(date, true) + ")") + rest;
        String en = document + (date == null ? "" : " (" + Messages.format(date, false) + ")") + rest;
        if (verification == Verification.ONE_SOURCE) {
            Text one = Messages.label("citation.oneSource");
            vi += " (" + one.vi() + ")";
            en += " (" + one.en() + ")";
        }
        return Text.of(vi, en);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c && document.equals(c.document) && Objects.equals(date, c.date)
                && Objects.equals(article, c.article) && Objects.equals(url, c.url) && Objects.equals(source, c.source)
                && verification == c.verification;
    }

    @Override
    public int hashCode() {
        int h = document.hashCode();
        h = 31 * h + Objects.hashCode(date);
        h = 31 * h + Objects.hashCode(article);
        h = 31 * h + Objects.hashCode(url);
        h = 31 * h + Objects.hashCode(source);
        return 31 * h + Objects.hashCode(verification);
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
