package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.rules.RulePack;

/** A JSON report is read back only with the pack that made it, and only as it was written. */
class JsonReportReadingTest {

    private static final RulePack PACK = PlansAndDrilldownsTest.PACK;
    private static final String JSON = ReportText.json(PlansAndDrilldownsTest.ASSESSMENT);

    /** What reading {@code json} with {@code pack} reports; fails if the report is read. */
    static List<String> problems(String json, RulePack pack) {
        try {
            ReportText.read(json, pack);
        } catch (SmartVillageException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the report was read");
    }

    @Test
    void aReportWithCertificationsCountingVillages_roundTrips() {
        assertThat(JSON).contains("\"3 village sv\"", "\"2 village sv\"");
        assertThat(ReportText.read(JSON, PACK)).isEqualTo(PlansAndDrilldownsTest.ASSESSMENT);
    }

    @Test
    void theVersionAndTheRulesOfThePack_mustBeThoseOfTheReport() {
        RulePack version2 = RulePack.builder(PACK.id(), "2").title(PACK.title()).build();
        assertThat(problems(JSON, version2)).contains("assessment /pack/version: the report is of version 1, not 2",
                "assessment /pack/contentHash: the pack's rules differ from the pack given");
        RulePack sameNameOtherRules = RulePack.builder(PACK.id(), PACK.version()).title(PACK.title()).build();
        assertThat(problems(JSON, sameNameOtherRules)).first().asString()
                .isEqualTo("assessment /pack/contentHash: the pack's rules differ from the pack given");
    }

    @Test
    void rulesThePackDoesNotHave_andRequirementsThatCannotBeRead_areNamed() {
        assertThat(problems(JSON.replace("\"id\" : \"eid-villages\"", "\"id\" : \"eid-village\""), PACK))
                .anySatisfy(p -> assertThat(p).endsWith(": the pack has no criterion eid-village"));
        assertThat(problems(JSON.replace("\"id\" : \"three\"", "\"id\" : \"seven\""), PACK))
                .anySatisfy(p -> assertThat(p).endsWith(": the pack has no certification seven"));
        assertThat(problems(JSON.replace("\"3 village sv\"", "\"3 hamlet sv\""), PACK))
                .anySatisfy(p -> assertThat(p).endsWith(": there is no level hamlet"));
        assertThat(problems(JSON.replace("\"3 village sv\"", "\"three villages\""), PACK))
                .anySatisfy(p -> assertThat(p).endsWith(": cannot read the requirement \"three villages\""));
        assertThat(problems(JSON.replace("\"3 village sv\"", "\"x village sv\""), PACK))
                .anySatisfy(p -> assertThat(p).endsWith(": cannot read the requirement \"x village sv\""));
    }

    @Test
    void anEditedFigure_isCaughtByTheDigest() {
        assertThat(problems(JSON.replace("\"numerator\" : 48", "\"numerator\" : 47"), PACK))
                .containsExactly("assessment /digest: the report was changed after it was written: its digest does not match its content");
        // An edit that also breaks a status is named as an edit first.
        assertThat(problems(JSON.replace("\"numerator\" : 48", "\"numerator\" : 50"), PACK)).containsExactly(
                "assessment /digest: the report was changed after it was written: its digest does not match its content",
                "assessment /units/5/criteria/0/status: the status not met does not follow from the value and the pack's threshold");
    }

    @Test
    void anEditWhoseDigestWasMadeAgain_isCaughtByWritingTheReportAgain() {
        // A roll-up that no longer counts what the units below say: the digest made again does not hide it.
        String edited = JSON.replaceFirst("\"met\" : ([0-9]+)", "\"met\" : 99");
        String forged = JsonReportEditsTest.withDigestMadeAgain(edited);
        assertThat(forged).isNotEqualTo(JSON);
        assertThat(problems(forged, PACK)).isNotEmpty().noneMatch(p -> p.contains("/digest"))
                .anyMatch(p -> p.contains("/rollUps"));
    }

    @Test
    void aTargetThePackDoesNotHave_isNamedInBothLanguages() {
        String json = ReportText.json(Sample.ASSESSMENT).replace("\"id\" : \"commune.smart-villages\"", "\"id\" : \"commune.smart\"");
        try {
            ReportText.read(json, Sample.PACK);
        } catch (SmartVillageException e) {
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.reason().en()).isEqualTo("the pack has no target commune.smart");
                assertThat(p.reason().vi()).isEqualTo("gói không có mục tiêu commune.smart");
            });
            return;
        }
        throw new AssertionError("read");
    }
}
