package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.packs.PackReaderProblemsTest.CITE;
import static vn.smartvillage.packs.PackReaderProblemsTest.EID;
import static vn.smartvillage.packs.PackReaderProblemsTest.NAME;
import static vn.smartvillage.packs.PackReaderProblemsTest.doc;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.RulePack;

/**
 * An override acts on the rule of the kind it names: a criterion and a certification may share an id, and
 * dropping one leaves the other as it was. A threshold override of a rule not yet encoded is refused at its
 * place, never an exception.
 */
class OverridesByKindTest {

    /** A base pack with a criterion and a certification both named {@code sv}, and a rule not yet encoded. */
    private static RulePackRegistry.Builder family(String overrides) {
        String sv = EID.replace("\"eid\"", "\"sv\"");
        String later = "{\"id\": \"later\", " + NAME + ", \"level\": \"village\", " + CITE
                + ", \"measure\": {\"notEncoded\": {\"vi\": \"chưa rõ\", \"en\": \"not known\"}}}";
        String base = doc("\"criteria\": [" + sv + ", " + later + "], \"certifications\": [{\"id\": \"sv\", " + NAME
                + ", \"level\": \"village\", \"requirement\": \"sv\", " + CITE + "}]").replace("test.pack", "test.base");
        String child = doc("\"extends\": \"test.base\", \"overrides\": [" + overrides + "]").replace("test.pack", "test.child")
                .replace("2023-01-01", "2024-01-01");
        return RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.text("base.json", base)).add(PackSource.text("child.json", child));
    }

    @Test
    void droppingACertification_leavesTheCriterionOfTheSameIdAndItsOrigin() {
        RulePack child = family("{\"op\": \"drop\", \"certification\": \"sv\"}").build().pack("test.child", "1").orElseThrow();
        assertThat(child.certifications()).isEmpty();
        assertThat(child.criterion("sv")).isPresent();
        assertThat(child.origin("sv").orElseThrow().definedIn()).isEqualTo("test.base@1");
    }

    @Test
    void droppingACriterion_leavesTheCertificationOfTheSameId_whichThenNamesNothing() {
        List<String> problems = problems("{\"op\": \"drop\", \"criterion\": \"sv\"}");
        assertThat(problems).containsExactly("test.child@1 (inherited from test.base@1) certification sv: the criterion 'sv' is not in the pack");
    }

    @Test
    void aNewThresholdForARuleNotYetEncoded_isRefusedAtTheThreshold() {
        assertThat(problems("{\"op\": \"threshold\", \"criterion\": \"later\", \"threshold\": \">= 2\"}")).containsExactly(
                "test.child@1 (child.json) /overrides/0/threshold: the rule 'later' is not yet encoded, so it has no threshold to change; "
                        + "replace the whole rule ('op': 'replace')");
        SmartVillageException e = org.assertj.core.api.Assertions.catchThrowableOfType(SmartVillageException.class,
                () -> family("{\"op\": \"threshold\", \"criterion\": \"later\", \"threshold\": \">= 1\"}").build());
        assertThat(e.problems()).singleElement().extracting(p -> p.reason().vi()).asString()
                .isEqualTo("quy tắc 'later' chưa được mã hóa nên không có ngưỡng để thay; hãy thay cả quy tắc ('op': 'replace')");
    }

    private static List<String> problems(String overrides) {
        try {
            family(overrides).build();
        } catch (SmartVillageException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the child was accepted");
    }
}
