package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.packs.PackReaderProblemsTest.CITE;
import static vn.smartvillage.packs.PackReaderProblemsTest.EID;
import static vn.smartvillage.packs.PackReaderProblemsTest.FIBRE;
import static vn.smartvillage.packs.PackReaderProblemsTest.NAME;
import static vn.smartvillage.packs.PackReaderProblemsTest.doc;
import static vn.smartvillage.packs.PackReaderProblemsTest.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.packs.testing.PackTestReport;

/** The test cases a pack carries: how they are read, and what a run reports when a result differs. */
class PackTestCasesTest {

    private static final String AT = "test.pack@1 (p.json) ";
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String RULES = "\"criteria\": [" + EID + ", " + FIBRE + "], \"targets\": ["
            + EID.substring(0, EID.length() - 1).replace("\"eid\"", "\"t\"") + ", \"deadline\": \"2025-12-31\"}], \"certifications\": [{\"id\": \"sv\", "
            + NAME + ", \"level\": \"village\", \"requirement\": {\"allOf\": [\"eid\", \"fibre\"]}, " + CITE + "}]";
    /** A village with 1,000 residents, 200 with electronic ID (20 %, 50 short of 25 %), and fibre unknown; its commune. */
    private static final String DATASET = "{\"asOf\": \"2024-01-01\", \"units\": [{\"id\": \"xa\", \"name\": \"Xã\", \"level\": \"commune\"}, "
            + "{\"id\": \"thon\", \"name\": \"Thôn\", \"level\": \"village\", \"parent\": \"xa\", "
            + "\"observations\": {\"residents\": 1000, \"residents.electronic-id\": 200}}]}";

    private static String withTest(String test) {
        return doc(RULES + ", \"tests\": [" + test + "]");
    }

    private static String test(String expect) {
        return "{\"name\": \"case\", \"asOf\": \"2024-01-01\", \"dataset\": " + DATASET + ", \"expect\": [" + expect + "]}";
    }

    private static PackTestReport run(String expect) {
        RulePackRegistry.Entry entry = RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.text("p.json", withTest(test(expect)))).build().entries().get(0);
        return PackTestReport.run(entry.pack(), entry.tests());
    }

    private static List<String> differences(String expect) {
        return run(expect).cases().get(0).differences().stream().map(Text::en).toList();
    }

    @Test
    void expectationsThatHold_pass() {
        PackTestReport r = run("{\"unit\": \"thon\", \"criterion\": \"eid\", \"status\": \"not-met\", \"gap\": 50}, "
                + "{\"unit\": \"thon\", \"target\": \"t\", \"gap\": 50}, {\"unit\": \"thon\", \"certification\": \"sv\", \"status\": \"not-met\"}");
        assertThat(r.passed()).as(r.toString()).isTrue();
        assertThat(r.failures()).isZero();
        assertThat(r.toString()).isEqualTo("PASS  case\ntest.pack@1: 1 of 1 cases passed\n");
        assertThat(r.render(VI)).isEqualTo("ĐẠT   case\ntest.pack@1: 1/1 trường hợp đạt\n");
        // Only the language is read: Vietnamese for any vi locale, English for every other.
        assertThat(r.render(Locale.forLanguageTag("vi-VN"))).isEqualTo(r.render(VI));
        assertThat(r.render(Locale.FRENCH)).isEqualTo(r.render(Locale.ENGLISH)).isEqualTo(r.toString());
    }

    @Test
    void aStatusOrGapThatDiffers_isReportedWithTheReason() {
        assertThat(differences("{\"unit\": \"thon\", \"criterion\": \"eid\", \"status\": \"met\"}")).containsExactly("unit thon, criterion eid: "
                + "expected met, got not met (200/1,000 = 20 % (required ≥ 25 %): not met; 50 more needed (residents with electronic ID))");
        assertThat(differences("{\"unit\": \"thon\", \"target\": \"t\", \"gap\": 49}")).singleElement().asString()
                .startsWith("unit thon, target t: expected a gap of 49, got 50 (200/1,000 = 20 %");
        // Electronic ID is not met, so the certification is not met, whatever the fibre.
        assertThat(differences("{\"unit\": \"thon\", \"certification\": \"sv\", \"status\": \"met\"}"))
                .containsExactly("unit thon, certification sv: expected met, got not met");
        assertThat(differences("{\"unit\": \"thon\", \"criterion\": \"fibre\", \"gap\": 0}"))
                .containsExactly("unit thon, criterion fibre: expected a gap of 0, got none (missing data: fibre and 3G/4G reach the village)");
        PackTestReport r = run("{\"unit\": \"thon\", \"criterion\": \"eid\", \"status\": \"met\"}");
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).isEqualTo(1);
        assertThat(r.toString()).startsWith("FAIL  case\n      - unit thon, criterion eid: expected met").endsWith("test.pack@1: 0 of 1 cases passed\n");
        assertThat(r.render(VI)).startsWith("LỖI   case\n      - đơn vị thon, tiêu chí eid: mong đợi đạt, nhận chưa đạt (");
    }

    @Test
    void aUnitOrResultThatIsNotThere_isReported() {
        assertThat(differences("{\"unit\": \"ghost\", \"criterion\": \"eid\", \"status\": \"met\"}"))
                .containsExactly("unit ghost, criterion eid: the dataset has no such unit");
        assertThat(differences("{\"unit\": \"xa\", \"criterion\": \"eid\", \"status\": \"met\"}"))
                .containsExactly("unit xa, criterion eid: no result (the rule does not apply at this unit's level)");
        assertThat(differences("{\"unit\": \"xa\", \"certification\": \"sv\", \"status\": \"met\"}"))
                .containsExactly("unit xa, certification sv: no result (the rule does not apply at this unit's level)");
        assertThat(differences("{\"unit\": \"xa\", \"target\": \"t\", \"status\": \"met\"}"))
                .containsExactly("unit xa, target t: no result (the rule does not apply at this unit's level)");
        assertThat(run("{\"unit\": \"ghost\", \"target\": \"t\", \"gap\": 1}").render(VI)).contains("đơn vị ghost, chỉ tiêu t: dữ liệu không có đơn vị này");
        assertThat(run("{\"unit\": \"ghost\", \"certification\": \"sv\", \"status\": \"met\"}").render(VI)).contains("đơn vị ghost, danh hiệu sv:");
    }

    @Test
    void aTestCaseOfTheWrongShape_isRefusedAtItsPointer() {
        assertThat(problems(withTest("{\"name\": \"x\", \"asOf\": \"2024-01-01\", \"dataset\": " + DATASET + ", \"datasetFile\": \"d.json\", "
                + "\"expect\": [{\"unit\": \"thon\", \"criterion\": \"eid\", \"status\": \"met\"}]}")))
                .containsExactly(AT + "/tests/0: needs exactly one of: dataset, datasetFile");
        assertThat(problems(withTest("{\"name\": \"x\", \"asOf\": \"2024-01-01\", \"datasetFile\": \"d.json\", "
                + "\"expect\": [{\"unit\": \"thon\", \"criterion\": \"eid\", \"status\": \"met\"}]}")))
                .containsExactly(AT + "/tests/0/datasetFile: a pack given as text cannot name other files; put the dataset inline under 'dataset'");
        assertThat(problems(withTest(test("")))).containsExactly(AT + "/tests/0/expect: a test case expects at least one result");
        assertThat(problems(withTest(test("{\"unit\": \"thon\", \"criterion\": \"eid\"}"))))
                .containsExactly(AT + "/tests/0/expect/0: needs a 'status', a 'gap' or both");
        assertThat(problems(withTest(test("{\"unit\": \"thon\", \"certification\": \"sv\", \"gap\": 1}"))))
                .containsExactly(AT + "/tests/0/expect/0/gap: a certification has no gap; check the gap of each criterion instead");
        assertThat(problems(withTest(test("{\"unit\": \"thon\", \"certification\": \"sx\", \"status\": \"met\"}"))))
                .containsExactly(AT + "/tests/0/expect/0/certification: the pack has no certification 'sx' (did you mean 'sv'?)");
        assertThat(problems(withTest(test("{\"unit\": \"thon\", \"target\": \"tt\", \"status\": \"met\"}"))))
                .containsExactly(AT + "/tests/0/expect/0/target: the pack has no target 'tt' (did you mean 't'?)");
        assertThat(problems(withTest(test("{\"unit\": \"thon\", \"criterion\": \"eidd\", \"status\": \"met\"}"))))
                .containsExactly(AT + "/tests/0/expect/0/criterion: the pack has no criterion 'eidd' (did you mean 'eid'?)");
        assertThat(problems(withTest(test("{\"unit\": \"thon\", \"criterion\": \"eid\", \"target\": \"t\", \"status\": \"met\"}"))))
                .containsExactly(AT + "/tests/0/expect/0: needs exactly one of: certification, criterion, target");
        assertThat(problems(withTest(test("{\"unit\": \"thon\", \"criterion\": \"eid\", \"status\": \"met\"}").replace("\"residents\": 1000", "\"residents\": -1"))))
                .containsExactly(AT + "/tests/0/dataset: unit thon, metric residents: a count cannot be negative (got -1)");
    }

    @Test
    void aDatasetFileBesideThePack_isRead_andItsProblemsAreNamedByItsFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("case.json"), DATASET);
        Files.writeString(dir.resolve("bad.json"), DATASET.replace("\"residents\": 1000", "\"residents\": \"many\""));
        Files.writeString(dir.resolve("broken.json"), "{");
        String file = "{\"name\": \"case\", \"asOf\": \"2024-01-01\", \"datasetFile\": \"%s\", "
                + "\"expect\": [{\"unit\": \"thon\", \"criterion\": \"eid\", \"status\": \"not-met\", \"gap\": 50}]}";
        Path ok = Files.writeString(dir.resolve("ok.json"), withTest(file.formatted("case.json")));
        RulePackRegistry.Entry entry = RulePackRegistry.builder().vocabulary(Metrics.all()).addFile(ok).build().entries().get(0);
        assertThat(PackTestReport.run(entry.pack(), entry.tests()).passed()).isTrue();
        String where = "test.pack@1 (";
        assertThat(fileProblems(dir, file.formatted("bad.json"))).containsExactly("dataset bad.json /units/1/observations/residents: "
                + "must be a whole number, not \"many\"");
        assertThat(fileProblems(dir, file.formatted("broken.json"))).singleElement().asString().startsWith("dataset " + dir.resolve("broken.json"));
        assertThat(fileProblems(dir, file.formatted("none.json"))).singleElement().asString()
                .startsWith(where).endsWith("/tests/0/datasetFile: the file 'none.json' is not read: there is no such file");
        assertThat(fileProblems(dir, file.formatted("../case.json"))).singleElement().asString().endsWith("/tests/0/datasetFile: "
                + "'../case.json' must be a relative path inside the pack's folder (no '..', not starting with '/')");
    }

    private static List<String> fileProblems(Path dir, String test) throws IOException {
        Path pack = Files.writeString(dir.resolve("p.json"), withTest(test));
        try {
            RulePackRegistry.builder().vocabulary(Metrics.all()).addFile(pack).build();
        } catch (vn.smartvillage.SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the rule pack");
            return e.problems().stream().map(vn.smartvillage.Problem::toString).toList();
        }
        throw new AssertionError("accepted");
    }
}
