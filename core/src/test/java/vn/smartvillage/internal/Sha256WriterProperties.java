package vn.smartvillage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The digest a {@link Sha256Writer} keeps is the SHA-256 of the UTF-8 bytes of what passed through it,
 * however the text was cut into writes: a surrogate pair split across two writes is still one character.
 */
class Sha256WriterProperties {

    /** One to four UTF-8 bytes each: ASCII, Latin and Vietnamese letters, CJK, and characters beyond the BMP. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> ascii = Arbitraries.chars().range('\u0000', '\u007F').map(String::valueOf);
        Arbitrary<String> twoBytes = Arbitraries.chars().range('\u0080', '\u07FF').map(String::valueOf);
        Arbitrary<String> threeBytes = Arbitraries.chars().range('\u0800', '\uD7FF').map(String::valueOf);
        Arbitrary<String> afterSurrogates = Arbitraries.chars().range('\uE000', '\uFFFF').map(String::valueOf);
        Arbitrary<String> fourBytes = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        Arbitrary<String> edges = Arbitraries.of("\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", "\uD800\uDC00", "\uDBFF\uDFFF", "ệ");
        return Arbitraries.oneOf(ascii, twoBytes, threeBytes, afterSurrogates, fourBytes, edges).list().ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 200).list().ofMaxSize(12);
    }

    @Property(tries = 300)
    void digest_isSha256OfTheUtf8Bytes_howeverTheTextIsCutIntoWrites(@ForAll("texts") String text, @ForAll("cuts") List<Integer> cuts,
            @ForAll("texts") String suffix) throws IOException {
        StringWriter out = new StringWriter();
        Sha256Writer w = new Sha256Writer(out);
        int at = 0;
        int write = 0;
        for (int cut : cuts) {
            int end = Math.min(text.length(), at + cut % 7);
            piece(w, text, at, end, write++);
            at = end;
        }
        piece(w, text, at, text.length(), write);
        assertThat(out.toString()).isEqualTo(text);
        assertThat(w.hexWith(suffix)).isEqualTo(sha256(text + suffix));
    }

    /** Writes {@code text[from, to)} one of three ways: a char array, a string, or char by char. */
    private static void piece(Sha256Writer w, String text, int from, int to, int how) throws IOException {
        switch (how % 3) {
            case 0 -> {
                char[] padded = ("##" + text + "##").toCharArray();
                w.write(padded, from + 2, to - from);
            }
            case 1 -> w.write("##" + text, from + 2, to - from);
            default -> {
                for (int i = from; i < to; i++) {
                    w.write(text.charAt(i));
                }
            }
        }
    }

    @Example
    void anUnpairedSurrogate_isDigestedAsTheReplacementCharacter() throws IOException {
        for (String bad : new String[] {"a\uD800b", "a\uDC00b", "\uD800\uD800\uDC00", "\uDC00\uD800\uDC00"}) {
            Sha256Writer w = new Sha256Writer(new StringWriter());
            w.write(bad);
            assertThat(w.hexWith("")).as(bad).isEqualTo(sha256(Strings.wellFormed(bad)));
        }
    }

    @Example
    void hexWith_leavesTheRunningDigestAsItWas() throws IOException {
        Sha256Writer w = new Sha256Writer(new StringWriter());
        w.write("thôn ");
        assertThat(w.hexWith("x")).isEqualTo(sha256("thôn x"));
        w.write("thông minh");
        assertThat(w.hexWith("")).isEqualTo(sha256("thôn thông minh"));
    }

    @Example
    void flushAndClose_reachTheWriterUnderneath() throws IOException {
        boolean[] seen = new boolean[2];
        StringWriter under = new StringWriter() {
            @Override
            public void flush() {
                seen[0] = true;
            }

            @Override
            public void close() {
                seen[1] = true;
            }
        };
        Sha256Writer w = new Sha256Writer(under);
        w.flush();
        assertThat(seen).containsExactly(true, false);
        w.close();
        assertThat(seen).containsExactly(true, true);
    }

    private static String sha256(String s) {
        return HexFormat.of().formatHex(Sha256Writer.sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
