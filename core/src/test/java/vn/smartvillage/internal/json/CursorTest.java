package vn.smartvillage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.model.AdminLevel;

/** Each accessor of a cursor records one problem, at its pointer, for a value of the wrong shape, and none for absent or right ones. */
class CursorTest {

    private static final String DOC = """
            {"obj": {"a": 1}, "arr": [true, "x"], "str": "thôn", "blank": "  ", "num": 12, "frac": 2.50, "neg": -3,
             "big": 1e401, "t": true, "f": false, "nul": null, "date": "2024-06-30", "badDate": "30/06/2024",
             "long": "%s", "level": "Commune", "underscored": "VILLAGE", "typo": "comune", "numStr": " 27.5 ", "hugeStr": "1e999"}
            """.formatted("x".repeat(60));

    private final Diagnostics d = new Diagnostics();
    private final Cursor root = Cursor.root(tree(DOC), d);

    private static Node tree(String json) {
        try {
            return JsonFormats.parse(json.getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.JSON, ReadLimits.DEFAULTS);
        } catch (JsonFormats.SyntaxError e) {
            throw new AssertionError(e);
        }
    }

    private List<String> problems() {
        return d.toProblems(Places.document("doc")).stream().map(Problem::toString).toList();
    }

    @Test
    void presence_andShape() {
        assertThat(root.present()).isTrue();
        assertThat(root.isObject()).isTrue();
        assertThat(root.isString()).isFalse();
        assertThat(root.get("str").isString()).isTrue();
        assertThat(root.get("str").isObject()).isFalse();
        assertThat(root.get("nul").present()).as("null counts as absent").isFalse();
        assertThat(root.get("none").present()).isFalse();
        assertThat(root.get("str").get("x").present()).as("a field of a non-object is absent").isFalse();
        assertThat(root.get("arr").arraySize()).isEqualTo(2);
        assertThat(root.get("obj").arraySize()).isZero();
        assertThat(root.get("obj").fieldNames()).containsExactly("a");
        assertThat(root.get("arr").fieldNames()).isEmpty();
        assertThat(root.pointer()).isEmpty();
        assertThat(root.get("obj").get("a").pointer()).isEqualTo("/obj/a");
        assertThat(root.diagnostics()).isSameAs(d);
        assertThat(d.isEmpty()).isTrue();
    }

    @Test
    void theWrongShape_isNamedByWhatIsThere() {
        for (String field : List.of("obj", "arr", "str", "num", "t", "f", "long")) {
            root.get(field).bool();
        }
        root.get("str").elements();
        root.get("arr").string();
        assertThat(problems()).containsExactly(
                "doc /obj: must be true or false, not {…}",
                "doc /arr: must be true or false, not […]",
                "doc /str: must be true or false, not \"thôn\"",
                "doc /num: must be true or false, not 12",
                "doc /long: must be true or false, not \"" + "x".repeat(37) + "…\"",
                "doc /str: must be a JSON array […], not \"thôn\"",
                "doc /arr: must be a string, not […]");
        assertThat(d.size()).isEqualTo(7);
        assertThat(root.get("t").bool()).contains(true);
        assertThat(root.get("f").bool()).contains(false);
        assertThat(root.get("none").bool()).isEmpty();
        assertThat(d.size()).isEqualTo(7);
    }

    @Test
    void object_checksFieldsAgainstTheAllowed_withAHint() {
        assertThat(root.get("none").object(Set.of())).isFalse();
        assertThat(root.get("str").object(Set.of())).isFalse();
        assertThat(root.get("obj").object(Set.of("a"))).isTrue();
        assertThat(d.size()).isEqualTo(1);
        assertThat(Cursor.root(tree("{\"levle\": 1, \"zz\": 2}"), d).object(Set.of("level"))).isTrue();
        assertThat(problems()).containsExactly("doc /str: must be a JSON object {…}, not \"thôn\"",
                "doc /levle: unknown field 'levle' (did you mean 'level'?)", "doc /zz: unknown field 'zz'");
        assertThat(d.toProblems(Places.document("doc")).get(1).reason().vi()).isEqualTo("trường 'levle' không có trong định dạng (có phải 'level'?)");
    }

    @Test
    void required_recordsOnlyWhatIsMissing() {
        assertThat(root.get("str").required()).isTrue();
        assertThat(root.get("nul").required()).isFalse();
        assertThat(root.get("none").required()).isFalse();
        assertThat(problems()).containsExactly("doc /nul: is required", "doc /none: is required");
    }

    @Test
    void elements_haveTheirIndexInThePointer() {
        List<Cursor> items = root.get("arr").elements();
        assertThat(items).extracting(Cursor::pointer).containsExactly("/arr/0", "/arr/1");
        assertThat(items.get(0).bool()).contains(true);
        assertThat(items.get(1).string()).contains("x");
        assertThat(root.get("none").elements()).isEmpty();
        assertThat(d.isEmpty()).isTrue();
    }

    @Test
    void strings_areNfc_andARequiredOneIsNotBlank() {
        Cursor decomposed = Cursor.root(tree("{\"s\": \"tho\\u0302n\"}"), d);
        assertThat(decomposed.get("s").string()).contains("thôn");
        assertThat(root.get("none").string()).isEmpty();
        assertThat(root.get("str").requiredString()).contains("thôn");
        assertThat(root.get("blank").requiredString()).isEmpty();
        assertThat(root.get("none").requiredString()).isEmpty();
        assertThat(root.get("num").requiredString()).isEmpty();
        assertThat(problems()).containsExactly("doc /blank: must not be blank", "doc /none: is required", "doc /num: must be a string, not 12");
    }

    @Test
    void dates_areWrittenYearMonthDay() {
        assertThat(root.get("date").date()).contains(LocalDate.of(2024, 6, 30));
        assertThat(root.get("none").date()).isEmpty();
        assertThat(root.get("badDate").date()).isEmpty();
        assertThat(problems()).containsExactly("doc /badDate: '30/06/2024' is not a date written yyyy-mm-dd");
    }

    @Test
    void integers_areWhole_andWithinTheirBoundsInclusive() {
        assertThat(root.get("num").integer(12, 12)).contains(12L);
        assertThat(root.get("neg").integer(-3, 0)).contains(-3L);
        assertThat(root.get("none").integer(0, 1)).isEmpty();
        assertThat(d.isEmpty()).isTrue();
        assertThat(root.get("num").integer(13, 20)).isEmpty();
        assertThat(root.get("num").integer(0, 11)).isEmpty();
        assertThat(root.get("frac").integer(0, 10)).isEmpty();
        assertThat(root.get("big").integer(0, 10)).isEmpty();
        assertThat(root.get("str").integer(0, 10)).isEmpty();
        assertThat(problems()).containsExactly("doc /num: must be from 13 to 20, not 12", "doc /num: must be from 0 to 11, not 12",
                "doc /frac: must be a whole number, not 2.50", "doc /big: must be from 0 to 10, not 1e401",
                "doc /str: must be a whole number, not \"thôn\"");
    }

    @Test
    void aWholeNumberWrittenWithZeroDecimals_isWhole() {
        Cursor c = Cursor.root(tree("{\"a\": 3.00, \"z\": 0.0, \"e\": 25e-1}"), d);
        assertThat(c.get("a").integer(0, 10)).contains(3L);
        assertThat(c.get("z").integer(0, 10)).contains(0L);
        assertThat(c.get("e").integer(0, 10)).isEmpty();
        assertThat(problems()).containsExactly("doc /e: must be a whole number, not 25e-1");
    }

    @Test
    void decimals_areJsonNumbersOrStringsOfDigits() {
        assertThat(root.get("frac").decimal()).contains(new BigDecimal("2.50"));
        assertThat(root.get("numStr").decimal()).contains(new BigDecimal("27.5"));
        assertThat(root.get("none").decimal()).isEmpty();
        assertThat(d.isEmpty()).isTrue();
        assertThat(root.get("big").decimal()).isEmpty();
        assertThat(root.get("str").decimal()).isEmpty();
        assertThat(root.get("hugeStr").decimal()).isEmpty();
        assertThat(root.get("t").decimal()).isEmpty();
        assertThat(problems()).containsExactly("doc /big: the number 1e401 is too large or too small",
                "doc /str: must be a number, not \"thôn\"", "doc /hugeStr: must be a number, not \"1e999\"", "doc /t: must be a number, not true");
    }

    @Test
    void enumValues_areLowerCaseWordsJoinedByHyphens() {
        assertThat(root.get("level").enumValue(AdminLevel.class)).contains(AdminLevel.COMMUNE);
        assertThat(root.get("underscored").enumValue(AdminLevel.class)).contains(AdminLevel.VILLAGE);
        assertThat(root.get("none").enumValue(AdminLevel.class)).isEmpty();
        assertThat(d.isEmpty()).isTrue();
        assertThat(root.get("typo").enumValue(AdminLevel.class)).isEmpty();
        assertThat(problems()).containsExactly(
                "doc /typo: 'comune' is not one of: province, district, commune, village, household (did you mean 'commune'?)");
        assertThat(Cursor.enumName(vn.smartvillage.model.Pillar.DIGITAL_SOCIETY)).isEqualTo("digital-society");
    }

    @Test
    void problemsAreRecordedWhereTheCursorIs_theRootAsASlash() {
        root.refuse("json.required");
        root.get("obj").refuse("json.blank");
        assertThat(problems()).containsExactly("doc /: is required", "doc /obj: must not be blank");
        assertThat(d.toProblems(Places.document("doc")).get(0).reason().vi()).isEqualTo("bắt buộc phải có");
    }
}
