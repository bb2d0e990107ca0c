package vn.smartvillage.cli;

import java.util.Locale;

import vn.smartvillage.Text;

/** The language of the output: Vietnamese, English, or both when not chosen. */
enum Lang {
    /** Vietnamese. */
    vi,
    /** English. */
    en;

    static Locale[] locales(Lang lang) {
        return lang == null ? new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("vi")}
                : new Locale[] {lang == vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH};
    }

    /** The text in the language, or both languages (English, then Vietnamese) when not chosen. */
    static String of(Lang lang, Text t) {
        // Each language on one line: a line break inside a name from a pack or a dataset could fake lines of output.
        String en = Text.printable(t.en());
        String vi = Text.printable(t.vi());
        return lang == null ? en + "\n  " + vi : lang == Lang.vi ? vi : en;
    }
}
