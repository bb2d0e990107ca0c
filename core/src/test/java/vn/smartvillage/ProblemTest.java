package vn.smartvillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.smartvillage.internal.location.Places;

/** A problem is a code, a location and arguments; its reason is the code's sentence in both languages. */
class ProblemTest {

    private static final Location FIGURE = Places.figure("thon", "residents");

    @Test
    void theReasonIsTheCodesSentence_filledWithTheArgumentsAsTheInputWroteThem() {
        Problem p = Problem.of("dataset.count.tooLarge", FIGURE, "value", 1_000_000_000_001L, "max", 1_000_000_000_000L);
        assertThat(p.code()).isEqualTo("dataset.count.tooLarge");
        assertThat(p.location()).isEqualTo(FIGURE);
        assertThat(p.arguments()).containsExactly(Map.entry("max", 1_000_000_000_000L), Map.entry("value", 1_000_000_000_001L));
        assertThat(p.reason()).isEqualTo(Text.of("số đếm quá lớn (1000000000001 > 1000000000000), có thể nhập nhầm",
                "the count is implausibly large (1000000000001 > 1000000000000); check for a typing error"));
        assertThat(p).hasToString("unit thon, metric residents: the count is implausibly large (1000000000001 > 1000000000000); "
                + "check for a typing error");
        assertThat(Problem.of("dataset.amount.negative", FIGURE, "value", new BigDecimal("-1E+3")).reason().en())
                .isEqualTo("an amount cannot be negative (got -1000)");
    }

    @Test
    void aTextOrLocationArgument_givesEachLanguageItsOwn() {
        Problem p = Problem.of("pack.requirement.levelNotBelow", Places.pack("p"), "level", Text.of("xã", "commune"),
                "owner", Text.of("thôn", "village"));
        assertThat(p.reason()).isEqualTo(Text.of("cấp xã không thấp hơn thôn", "the level commune is not below village"));
    }

    @Test
    void aPositionStartsTheReason_andASuggestionEndsIt() {
        Location doc = Places.document("a.json");
        assertThat(Problem.of("syntax.duplicateKey", doc, "key", "id", "line", 3, "column", 7).reason())
                .isEqualTo(Text.of("dòng 3, cột 7: khóa 'id' có hai lần", "line 3, column 7: the key 'id' appears twice"));
        assertThat(Problem.of("json.unknownField", doc, "field", "levl", "suggestion", "level").reason())
                .isEqualTo(Text.of("trường 'levl' không có trong định dạng (có phải 'level'?)", "unknown field 'levl' (did you mean 'level'?)"));
    }

    @Test
    void aProblemElsewhere_isTheSameProblem() {
        Problem p = Problem.of("dataset.count.negative", FIGURE, "value", -1L);
        Location read = Places.figure("thon", "residents", Places.row("units.csv", 4));
        Problem moved = p.withLocation(read);
        assertThat(moved.code()).isEqualTo(p.code());
        assertThat(moved.reason()).isEqualTo(p.reason());
        assertThat(moved).hasToString("units.csv row 4 (unit thon, metric residents): a count cannot be negative (got -1)")
                .isNotEqualTo(p).isEqualTo(Problem.of("dataset.count.negative", read, "value", -1L))
                .hasSameHashCodeAs(Problem.of("dataset.count.negative", read, "value", -1L));
    }

    @Test
    void anUnknownCode_orAMissingArgument_isAProgrammingError() {
        assertThatThrownBy(() -> Problem.of("no.such.code", FIGURE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no problem code 'no.such.code'");
        assertThatThrownBy(() -> Problem.of("dataset.count.negative", FIGURE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs {value}");
        assertThatThrownBy(() -> Problem.of("dataset.count.negative", FIGURE, "value")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExceptionListsItsProblemsInEnglish() {
        SmartVillageException e = new SmartVillageException("the dataset has 1 problem", List.of(Problem.of("dataset.count.negative", FIGURE,
                "value", -2L)));
        assertThat(e.getMessage()).isEqualTo("the dataset has 1 problem\n  - unit thon, metric residents: a count cannot be negative (got -2)");
    }
}
