package vn.smartvillage.internal.format;

import java.time.LocalDate;
import java.util.Optional;

import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.rules.Citation;

/**
 * A citation: an object {@code {document, date, article, url, source, verified}}, or the name of one under
 * the document's {@code citations}, or {@code {ref, …}} that takes a named one and changes some fields.
 */
final class CitationCodec {

    static final Field REF = Field.conditional("ref");
    static final Field DOCUMENT = Field.conditional("document");
    static final Field DATE = Field.optional("date");
    static final Field ARTICLE = Field.optional("article");
    static final Field URL = Field.optional("url");
    static final Field SOURCE = Field.optional("source");
    static final Field VERIFIED = Field.optional("verified");
    /** A citation object: {@code document} is required unless {@code ref} names a citation, whose fields it may change. */
    static final Shape SHAPE = Shape.of("citation", "/$defs/citationObject", REF, DOCUMENT, DATE, ARTICLE, URL, SOURCE, VERIFIED);

    private CitationCodec() {
    }

    /** Reads a citation, an object or a name under {@code citations}. */
    static Optional<Citation> read(Cursor c, Scope scope) {
        if (c.isString()) {
            String key = c.string().orElseThrow();
            Citation cited = scope.citations().get(key);
            if (cited == null) {
                c.refuse("packFile.citation.unknown", Suggestions.suggesting(key, scope.citations().keySet(), "citation", key));
            }
            return Optional.ofNullable(cited);
        }
        if (!c.object(SHAPE.names())) {
            return Optional.empty();
        }
        int before = c.diagnostics().size();
        Citation base = null;
        if (REF.in(c).present()) {
            base = read(REF.in(c), scope).orElse(null);
        } else {
            DOCUMENT.in(c).requiredString();
        }
        Optional<String> document = DOCUMENT.in(c).string();
        Optional<LocalDate> date = DATE.in(c).date();
        Optional<String> article = ARTICLE.in(c).string();
        Optional<String> url = URL.in(c).string();
        url.filter(u -> !u.startsWith("https://") && !u.startsWith("http://")).ifPresent(u -> URL.in(c).refuse("packFile.citation.url"));
        Optional<String> source = SOURCE.in(c).string();
        Optional<Citation.Verification> verified = VERIFIED.in(c).enumValue(Citation.Verification.class);
        if (c.diagnostics().size() != before) {
            return Optional.empty();
        }
        Citation out = base != null ? base : Citation.of(document.orElseThrow());
        Citation x = Citation.of(document.orElse(out.document()));
        x = date.or(out::date).map(x::withDate).orElse(x);
        x = article.or(out::article).map(x::withArticle).orElse(x);
        x = url.or(out::url).map(x::withUrl).orElse(x);
        x = source.or(out::source).map(x::withSource).orElse(x);
        return Optional.of(verified.or(out::verification).map(x::withVerification).orElse(x));
    }

    /** Writes {@code c} as an object, every field it has. */
    static JsonOut.Obj write(Citation c) {
        JsonOut.Obj o = JsonOut.object();
        o.put(DOCUMENT.name(), c.document());
        c.date().ifPresent(d -> o.put(DATE.name(), d.toString()));
        c.article().ifPresent(a -> o.put(ARTICLE.name(), a));
        c.url().ifPresent(u -> o.put(URL.name(), u));
        c.source().ifPresent(x -> o.put(SOURCE.name(), x));
        c.verification().ifPresent(v -> o.put(VERIFIED.name(), Cursor.enumName(v)));
        return o;
    }
}
