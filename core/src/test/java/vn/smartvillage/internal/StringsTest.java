package vn.smartvillage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringsTest {

    private static final String GRIN = "\uD83D\uDE00"; // 😀, one character in two UTF-16 units

    @Test
    void unpairedSurrogate_isTheIndexOfTheFirstUnitThatIsNotPartOfAPair() {
        assertThat(Strings.unpairedSurrogate("")).isEqualTo(-1);
        assertThat(Strings.unpairedSurrogate("thôn " + GRIN + " ệ")).isEqualTo(-1);
        assertThat(Strings.unpairedSurrogate("\uDC00")).isZero();
        assertThat(Strings.unpairedSurrogate("ab\uD800c")).isEqualTo(2);
        assertThat(Strings.unpairedSurrogate("ab\uD800")).as("a high surrogate at the end has no pair").isEqualTo(2);
        assertThat(Strings.unpairedSurrogate(GRIN + "\uDE00")).as("a low surrogate after a whole pair").isEqualTo(2);
        assertThat(Strings.unpairedSurrogate("\uD800\uD800\uDC00")).isZero();
    }

    @Test
    void wellFormed_replacesOnlyUnpairedSurrogates() {
        String fine = "Thôn " + GRIN;
        assertThat(Strings.wellFormed(fine)).isSameAs(fine);
        assertThat(Strings.wellFormed("a\uD800b" + GRIN + "\uDC00")).isEqualTo("a\uFFFDb" + GRIN + "\uFFFD");
        assertThat(Strings.wellFormed("\uD800\uD800\uDC00")).isEqualTo("\uFFFD\uD800\uDC00");
        assertThat(Strings.wellFormed("x\uD800")).isEqualTo("x\uFFFD");
    }

    @Test
    void escaped_writesASurrogateAsAJavaEscape() {
        assertThat(Strings.escaped('\uD800')).isEqualTo("\\ud800");
        assertThat(Strings.escaped('\uDFFF')).isEqualTo("\\udfff");
    }

    @Test
    void cut_keepsTextUpToTheBound_andOtherwiseEndsInAnEllipsis() {
        assertThat(Strings.cut("abcdef", 6)).isEqualTo("abcdef");
        assertThat(Strings.cut("abcdefg", 6)).isEqualTo("abc…");
        assertThat(Strings.cut("abcdefg", 7)).isEqualTo("abcdefg");
    }

    @Test
    void cut_neverSplitsASurrogatePair() {
        // "ab😀defg": cutting at 3 would keep only the pair's high half.
        assertThat(Strings.cut("ab" + GRIN + "defg", 6)).isEqualTo("ab…");
        assertThat(Strings.cut("a" + GRIN + "cdefg", 6)).isEqualTo("a" + GRIN + "…");
    }

    @Test
    void isHidden_coversControlsAndBidiFormattingButNotTabLineFeedOrText() {
        for (char c : new char[] {'\u0000', '\u001F', '\r', '\u007F', '\u0080', '\u009F', '\u061C', '\u200E', '\u200F', '\u202A',
            '\u202E', '\u2066', '\u2069'}) {
            assertThat(Strings.isHidden(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : new char[] {'\t', '\n', ' ', '~', '\u00A0', 'ệ', '\u061B', '\u061D', '\u200D', '\u2010', '\u2029', '\u202F',
            '\u2065', '\u206A'}) {
            assertThat(Strings.isHidden(c)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void printable_namesHiddenCharacters_andJoinsLinesUnlessAsked() {
        String plain = "Xã A\tthôn 1";
        assertThat(Strings.printable(plain, false)).isSameAs(plain);
        assertThat(Strings.printable("txt\u202Eexe", false)).isEqualTo("txt<U+202E>exe");
        assertThat(Strings.printable("a\nb\u0007c", false)).isEqualTo("a b<U+0007>c");
        assertThat(Strings.printable("a\nb\u0007c", true)).isEqualTo("a\nb<U+0007>c");
        assertThat(Strings.printable("\u0001x\ny", true)).isEqualTo("<U+0001>x\ny");
        assertThat(Strings.printable("a\uD800", true)).isEqualTo("a\uFFFD");
    }
}
