package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.internal.Sha256Writer;
import vn.smartvillage.internal.json.JsonFormats;
import vn.smartvillage.internal.json.Node;
import vn.smartvillage.rules.RulePack;

/**
 * Every value of a JSON report changed in turn, to values of every kind, with the digest left as it was
 * and with a digest made again for the edit: the reader refuses each edit with located problems, and
 * nothing else leaves it.
 */
class JsonReportEditsTest {

    private static final RulePack PACK = Sample.PACK;
    private static final String JSON = ReportText.json(Sample.ASSESSMENT);
    /** A member's value written by {@link JsonReport#write}: a string, a number, true, false or null. */
    private static final Pattern VALUE = Pattern.compile("(\" : )(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null)");
    /** The name of the member whose value it is. */
    private static final Pattern KEY = Pattern.compile("\"([^\"]*)\"$");
    private static final List<String> REPLACEMENTS = List.of("-1", "0", "1", "1e999999999", "1e-999999999", "9223372036854775808",
            "\"x\"", "\"\"", "null", "true", "[]", "{}", "\"Kh\\ud800\"", "2.5",
            // a word of another enum at every string: a roll-up of a target, say, is refused as well
            "\"target\"");

    @Test
    void everyValueChangedInTurn_isRefusedWithLocatedProblems_andNothingElseLeavesTheReader() {
        Matcher m = VALUE.matcher(JSON);
        int edits = 0;
        List<String> acceptedWithOldDigest = new ArrayList<>();
        List<String> acceptedWithNewDigest = new ArrayList<>();
        List<String> escaped = new ArrayList<>();
        while (m.find()) {
            if (JSON.startsWith("\"digest\"", m.start() - "\"digest\"".length())) {
                continue;
            }
            Matcher key = KEY.matcher(JSON.substring(Math.max(0, m.start() - 200), m.start() + 1));
            String field = key.find() ? key.group(1) : "?";
            for (String r : REPLACEMENTS) {
                if (r.equals(m.group(2))) {
                    continue;
                }
                String edited = JSON.substring(0, m.start(2)) + r + JSON.substring(m.end(2));
                String remade = withDigestMadeAgain(edited);
                for (String doc : List.of(edited, remade)) {
                    edits++;
                    try {
                        ReportText.read(doc, PACK);
                        (doc == edited ? acceptedWithOldDigest : acceptedWithNewDigest).add(field);
                    } catch (SmartVillageException e) {
                        assertThat(e.problems()).as(r + " at " + m.start(2)).isNotEmpty().allSatisfy(p -> {
                            assertThat(p.location().toString()).startsWith("assessment");
                            assertThat(p.reason().vi()).isNotBlank();
                            assertThat(p.reason().en()).isNotBlank();
                        });
                    } catch (RuntimeException | Error e) {
                        escaped.add(e + ": " + r + " at " + m.start(2));
                    }
                }
            }
        }
        assertThat(escaped).isEmpty();
        assertThat(edits).isGreaterThan(5000);
        assertThat(acceptedWithOldDigest).as("the digest catches every edit").isEmpty();
        // With a digest made again, an edit that keeps the report true to itself cannot be told from a report of other
        // data: a unit's name, a leaf unit's id, the words naming what a gap counts, the lower end of a value still
        // missing data; and, since format 2 no longer repeats them in explanations and percentages, a gap's amount and a
        // progress's fraction. Every other figure, every status, date and roll-up is checked against the rest.
        assertThat(acceptedWithNewDigest).allSatisfy(f -> assertThat(f).isIn("name", "id", "vi", "en", "numerator", "denominator",
                "amount"));
    }

    @Test
    void aStatusThatDoesNotFollowFromItsValue_isRefusedEvenWhenTheWholeReportIsRemadeAround_it() {
        CriterionResult met = Sample.ASSESSMENT.units().stream().flatMap(u -> u.criteria().stream())
                .filter(r -> r.status() == Status.MET && r.value().isPresent()).findFirst().orElseThrow();
        // The same result with its status flipped, written out by the library itself, so that the digest and every
        // explanation agree with the forged status.
        Assessment forged = replacing(u -> !u.unit().id().equals(met.unitId()) ? u
                : Forge.unit(u.unit(), u.criteria().stream().map(r -> r != met ? r
                        : Forge.criterion(r.criterion(), r.unitId(), Status.NOT_MET, r.value(), java.util.Optional.empty(), r.progress(),
                                r.missing(), r.reason())).toList(), u.certifications(), u.targets(), u.rollUps()));
        assertThat(problemsOfForged(forged)).anySatisfy(p -> assertThat(p)
                .endsWith("/status: the status not met does not follow from the value and the pack's threshold"));
    }

    /** Writes {@code forged} with the library itself, so that the digest and the explanations agree, and returns what reading it says. */
    private static List<String> problemsOfForged(Assessment forged) {
        return JsonReportReadingTest.problems(ReportText.json(forged), PACK);
    }

    private static Assessment replacing(java.util.function.UnaryOperator<vn.smartvillage.evaluation.UnitAssessment> change) {
        Assessment a = Sample.ASSESSMENT;
        return Forge.assessment(a.pack(), a.packRef(), a.asOf(), a.dataAsOf(), a.units().stream().map(change).toList(), a.warnings());
    }

    @Test
    void aValueBesideNotApplicable_isRefused() {
        CriterionResult withValue = Sample.ASSESSMENT.units().stream().flatMap(u -> u.criteria().stream())
                .filter(r -> r.value().isPresent() && r.status() == Status.NOT_MET).findFirst().orElseThrow();
        Assessment forged = replacing(u -> !u.unit().id().equals(withValue.unitId()) ? u
                : Forge.unit(u.unit(), u.criteria().stream().map(r -> r != withValue ? r
                        : Forge.criterion(r.criterion(), r.unitId(), Status.NOT_APPLICABLE, r.value(), java.util.Optional.empty(),
                                java.util.Optional.empty(), r.missing(), r.reason())).toList(), u.certifications(), u.targets(), u.rollUps()));
        assertThat(problemsOfForged(forged)).anySatisfy(p -> assertThat(p)
                .endsWith("/status: the status not applicable does not follow from the value and the pack's threshold"));
    }

    @Test
    void aParentThatIsNotAtAHigherLevel_isRefused() {
        List<vn.smartvillage.model.Unit> villages = Sample.ASSESSMENT.units().stream().map(u -> u.unit())
                .filter(u -> u.level() == vn.smartvillage.model.AdminLevel.VILLAGE).toList();
        vn.smartvillage.model.Unit moved = villages.get(1);
        String sibling = villages.get(0).id();
        Assessment forged = replacing(u -> !u.unit().equals(moved) ? u
                : Forge.unit(new vn.smartvillage.model.Unit(moved.id(), moved.name(), moved.level(), sibling),
                        u.criteria(), u.certifications(), u.targets(), u.rollUps()));
        assertThat(problemsOfForged(forged)).anySatisfy(p -> assertThat(p)
                .endsWith("/parent: the parent unit " + sibling + " is not at a higher level"));
    }

    @Test
    void aCertificationThatDoesNotFollowFromItsRequirement_isRefused() {
        vn.smartvillage.evaluation.CertificationResult notHeld = Sample.ASSESSMENT.units().stream().flatMap(u -> u.certifications().stream())
                .filter(c -> c.status() == Status.NOT_MET).findFirst().orElseThrow();
        Assessment forged = replacing(u -> !u.unit().id().equals(notHeld.unitId()) ? u
                : Forge.unit(u.unit(), u.criteria(), u.certifications().stream().map(c -> c != notHeld ? c
                        : Forge.certification(c.certification(), c.unitId(), Status.MET, List.of())).toList(),
                        u.targets(), u.rollUps()));
        assertThat(problemsOfForged(forged)).anySatisfy(p -> assertThat(p)
                .endsWith(": the certification " + notHeld.certification().id() + " does not follow from the results in the report"));
    }

    @Test
    void aCountOfUnitsBelowThatDoesNotMatchThem_isRefused() {
        CriterionResult count = Sample.ASSESSMENT.units().stream().flatMap(u -> java.util.stream.Stream.concat(u.criteria().stream(),
                u.targets().stream().map(t -> t.result()))).filter(r -> r.value().isPresent()
                        && r.criterion().measure().childLevel().isPresent())
                .findFirst().orElseThrow();
        vn.smartvillage.Fraction v = count.value().orElseThrow();
        vn.smartvillage.Fraction more = vn.smartvillage.Fraction.of(v.numerator() + 1, Math.max(v.denominator(), v.numerator() + 1));
        java.util.function.UnaryOperator<CriterionResult> change = r -> r != count ? r
                : Forge.criterion(r.criterion(), r.unitId(), r.status(), java.util.Optional.of(more), java.util.Optional.empty(),
                        java.util.Optional.empty(), r.missing(), r.reason());
        Assessment forged = replacing(u -> !u.unit().id().equals(count.unitId()) ? u
                : Forge.unit(u.unit(), u.criteria().stream().map(change).toList(), u.certifications(),
                        u.targets().stream().map(t -> t.result() != count ? t
                                : Forge.target(t.target(), change.apply(t.result()), t.deadlinePassed())).toList(),
                        u.rollUps()));
        assertThat(problemsOfForged(forged)).anySatisfy(p -> assertThat(p)
                .endsWith(": the value of " + count.criterion().id() + " does not match the units below it in the report"));
    }

    @Test
    void aParentThatIsNotInTheReport_andAMissingDigest_areRefused() {
        vn.smartvillage.model.Unit village = Sample.ASSESSMENT.units().stream().map(u -> u.unit())
                .filter(u -> u.level() == vn.smartvillage.model.AdminLevel.VILLAGE).findFirst().orElseThrow();
        Assessment forged = replacing(u -> !u.unit().equals(village) ? u
                : Forge.unit(new vn.smartvillage.model.Unit(village.id(), village.name(), village.level(),
                        "xa-khong-co"), u.criteria(), u.certifications(), u.targets(), u.rollUps()));
        assertThat(problemsOfForged(forged)).anySatisfy(p -> assertThat(p).endsWith("/parent: the parent unit xa-khong-co is not in the report"));
        String withoutDigest = JSON.replaceFirst(",\\s*\"digest\" : \"sha256:[0-9a-f]{64}\"", "");
        assertThat(withoutDigest).isNotEqualTo(JSON);
        assertThat(JsonReportReadingTest.problems(withoutDigest, PACK)).contains("assessment /digest: is required");
    }

    @Test
    void aRollUpOfATarget_isRefusedAsAWordNotKnownThere() {
        assertThat(JSON).contains("\"kind\" : \"criterion\"");
        String edited = withDigestMadeAgain(JSON.replaceFirst("\"kind\" : \"criterion\"", "\"kind\" : \"target\""));
        assertThat(JsonReportReadingTest.problems(edited, PACK)).anySatisfy(p -> assertThat(p)
                .contains("/kind: ").contains("'target'").contains("criterion, certification"));
    }

    /** {@code edited} with its digest made again, as a forger would; a document that does not parse is left as it is. */
    static String withDigestMadeAgain(String edited) {
        Node tree;
        try {
            tree = JsonFormats.parse(edited.getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.JSON, ReadLimits.DEFAULTS);
        } catch (JsonFormats.SyntaxError e) {
            return edited;
        }
        String canonical = JsonFormats.writeLines(((Node.ObjectNode) tree).without("digest"));
        String digest = "sha256:" + HexFormat.of().formatHex(Sha256Writer.sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
        return edited.replaceFirst("\"digest\" : \"sha256:[0-9a-f]{64}\"", "\"digest\" : \"" + digest + "\"");
    }
}
