package vn.smartvillage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.ReadLimits;
import vn.smartvillage.internal.location.Places;

class SuggestionsTest {

    @Test
    void closeWordsAreSuggestedFarOnesAreNot() {
        List<String> fields = List.of("threshold", "measure", "citation", "level");
        assertThat(Suggestions.closest("threshhold", fields)).contains("threshold");
        assertThat(Suggestions.closest("Treshold", fields)).contains("threshold");
        assertThat(Suggestions.closest("cittaion", fields)).contains("citation");
        assertThat(Suggestions.closest("lvl", fields)).isEmpty();
        assertThat(Suggestions.closest("deadline", fields)).isEmpty();
    }

    @Test
    void aTranspositionIsOneEdit() {
        assertThat(Suggestions.distance("meaure", "measure")).isEqualTo(1);
        assertThat(Suggestions.distance("leevl", "level")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void aTie_goesToTheCandidateThatComesFirst() {
        assertThat(Suggestions.closest("abcd", List.of("abce", "abcf"))).contains("abce");
        assertThat(Suggestions.closest("abcd", List.of("abcf", "abce"))).contains("abcf");
    }

    @Test
    void theDistanceToNothing_isTheLength() {
        assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "abc")).isZero();
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void pointersEscapeSlashAndTilde() throws Exception {
        Diagnostics d = new Diagnostics();
        Cursor root = Cursor.root(tree("{\"a/b\": {\"m~n\": [1, 2]}}"), d);
        Cursor two = root.get("a/b").get("m~n").elements().get(1);
        assertThat(two.pointer()).isEqualTo("/a~1b/m~0n/1");
        two.string();
        assertThat(d.toProblems(Places.document("x"))).singleElement()
                .satisfies(p -> assertThat(p.toString()).isEqualTo("x /a~1b/m~0n/1: must be a string, not 2"));
    }

    @Test
    void wholeNumbersAreExactAndBounded() throws Exception {
        Diagnostics d = new Diagnostics();
        Cursor root = Cursor.root(tree("{\"a\": 1e2, \"b\": 2.5, \"c\": 99999999999999999999, \"d\": \"7\"}"), d);
        assertThat(root.get("a").integer(0, 1000)).contains(100L);
        assertThat(root.get("b").integer(0, 1000)).isEmpty();
        assertThat(root.get("c").integer(0, Long.MAX_VALUE)).isEmpty();
        assertThat(root.get("d").integer(0, 1000)).isEmpty();
        assertThat(d.toProblems(Places.document("x"))).extracting(p -> p.reason().en()).containsExactly("must be a whole number, not 2.5",
                "must be from 0 to 9223372036854775807, not 99999999999999999999", "must be a whole number, not \"7\"");
    }

    private static Node tree(String json) throws JsonFormats.SyntaxError {
        return JsonFormats.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), JsonFormats.Syntax.JSON, ReadLimits.DEFAULTS);
    }
}
