package vn.smartvillage;

import static org.apiguardian.api.API.Status.STABLE;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.internal.Strings;

/**
 * A user-facing text in Vietnamese and English.
 *
 * <p>Every name, label and reason the library shows a person exists in both languages. Both strings
 * are stored in Unicode normalisation form NFC, so that "Khả Lý Thượng" typed on a keyboard that
 * composes accents and the same name pasted from a decomposed source compare equal. An unpaired
 * surrogate, which is not a character and which no writer can encode, is replaced by U+FFFD: the loaders
 * refuse such text with its location, so this only repairs text built in Java, for display.
 *
 * @param vi the Vietnamese text, never blank
 * @param en the English text, never blank
 */
@API(status = STABLE, since = "0.1")
public record Text(String vi, String en) {

    /**
     * Checks both texts and normalises them to NFC.
     *
     * @param vi the Vietnamese text, not null and not blank
     * @param en the English text, not null and not blank
     * @throws IllegalArgumentException if either text is blank
     */
    public Text {
        vi = nfc(Strings.wellFormed(Objects.requireNonNull(vi, "vi")));
        en = nfc(Strings.wellFormed(Objects.requireNonNull(en, "en")));
        if (vi.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both a Vietnamese and an English version, got vi='"
                    + vi + "', en='" + en + "'");
        }
    }

    /**
     * {@return a text with the given Vietnamese and English versions, both normalised to NFC}
     *
     * @param vi the Vietnamese text, not null and not blank
     * @param en the English text, not null and not blank
     * @throws IllegalArgumentException if either text is blank
     */
    public static Text of(String vi, String en) {
        return new Text(vi, en);
    }

    /**
     * {@return the version for the given locale: Vietnamese for any locale whose language is {@code vi},
     * English otherwise}
     *
     * @param locale the reader's locale, not null; only its language is read
     */
    public String in(Locale locale) {
        return "vi".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? vi : en;
    }

    /**
     * {@return {@code s} in Unicode normalisation form NFC}
     *
     * @param s any string, not null; returned as it is when it is already in NFC
     */
    public static String nfc(String s) {
        // Below U+0300 (the first combining mark) every character is its own NFC and none composes with the one before.
        boolean below = true;
        for (int i = 0; i < s.length() && below; i++) {
            below = s.charAt(i) < '\u0300';
        }
        if (below) {
            return s;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Returns {@code s} as it may be printed on a terminal or in a plain-text file: an unpaired
     * surrogate becomes U+FFFD, a line break a space, and a control or bidirectional-override character
     * (ESC, U+202E …), which could rewrite what a reader sees, is shown as its code, such as
     * {@code <U+202E>}.
     *
     * @param s text from a pack or a dataset, such as a unit's name
     * @return the text, safe to print on one line
     */
    public static String printable(String s) {
        return Strings.printable(Objects.requireNonNull(s, "s"), false);
    }

    /** Returns the English version followed by the Vietnamese one, for logs and exception messages. */
    @Override
    public String toString() {
        return en + " / " + vi;
    }
}
