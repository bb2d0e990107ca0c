package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.Origin;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/** Each problem the pack reader can find in a rule, named at its JSON pointer; and what it accepts at each bound. */
class PackReaderProblemsTest {

    private static final String AT = "test.pack@1 (p.json) ";
    static final String CITE = "\"citation\": {\"document\": \"QĐ 1\"}";
    static final String NAME = "\"name\": {\"vi\": \"Tên\", \"en\": \"Name\"}";

    /** A pack document whose root holds {@code body} besides its header. */
    static String doc(String body) {
        return "{\"format\": 1, \"id\": \"test.pack\", \"version\": \"1\", \"title\": {\"vi\": \"Gói\", \"en\": \"Pack\"},"
                + " \"effective\": {\"from\": \"2023-01-01\"}" + (body.isEmpty() ? "" : ", " + body) + "}";
    }

    /** A village criterion with {@code fields} (id, name and citation given unless {@code fields} has its own). */
    static String criterion(String id, String fields) {
        return "{\"id\": \"" + id + "\", " + NAME + ", \"level\": \"village\", " + CITE + ", " + fields + "}";
    }

    static final String EID = criterion("eid", "\"measure\": {\"ratio\": {\"numerator\": \"residents.electronic-id\", \"denominator\": \"residents\"}},"
            + " \"threshold\": \">= 25 %\"");
    static final String FIBRE = criterion("fibre", "\"measure\": {\"flag\": \"village.fibre-and-mobile\"}");

    static RulePack read(String document) {
        return RulePackJson.read(PackSource.text("p.json", document), Metrics.all());
    }

    static List<String> problems(String document) {
        return problems(document, ReadLimits.DEFAULTS);
    }

    static List<String> problems(String document, ReadLimits limits) {
        try {
            RulePackRegistry.builder().vocabulary(Metrics.all()).limits(limits).add(PackSource.text("p.json", document)).build();
        } catch (SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the rule pack");
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the pack was accepted");
    }

    private static List<String> criterionProblems(String fields) {
        return problems(doc("\"criteria\": [" + criterion("c", fields) + "]"));
    }

    @Test
    void theRuleLimit_countsEveryKindOfRule_andAPackAtTheLimitIsRead() {
        String five = doc("\"metrics\": [1], \"criteria\": [1], \"certifications\": [1], \"targets\": [1], \"overrides\": [1]");
        assertThat(problems(five, ReadLimits.DEFAULTS.withMaxRules(4)))
                .containsExactly(AT + "/: the pack has 5 rules and metrics, more than the limit of 4");
        assertThat(problems(five, ReadLimits.DEFAULTS.withMaxRules(5))).as("at the limit, the rules themselves are read")
                .noneMatch(p -> p.contains("limit"));
        assertThat(read(doc("\"criteria\": [" + EID + "]"), ReadLimits.DEFAULTS.withMaxRules(1)).criteria()).hasSize(1);
    }

    private static RulePack read(String document, ReadLimits limits) {
        return RulePackRegistry.builder().vocabulary(Metrics.all()).limits(limits).add(PackSource.text("p.json", document)).build().packs().get(0);
    }

    @Test
    void anIdOrALevel_thatARuleCannotHave_isRefused() {
        assertThat(problems(doc("\"criteria\": [" + EID.replace("\"eid\"", "\"Bad Id\"") + "]")))
                .containsExactly(AT + "/criteria/0/id: an id is 1 to 100 lower-case letters, digits and . _ -, not 'Bad Id'");
        assertThat(problems(doc("\"criteria\": [" + EID.replace("\"village\"", "\"household\"") + "]")))
                .containsExactly(AT + "/criteria/0/level: rules apply to units, not households; count households with a village metric instead");
        assertThat(problems(doc("\"criteria\": [{\"id\": \"c\", " + NAME + ", " + CITE + "}]")))
                .containsExactly(AT + "/criteria/0/level: is required", AT + "/criteria/0/measure: is required",
                        AT + "/criteria/0/threshold: is required");
    }

    @Test
    void aThreshold_mustBeReadable_andWithinItsBound() {
        String ratio = "\"measure\": {\"ratio\": {\"numerator\": \"residents.electronic-id\", \"denominator\": \"residents\"}}, ";
        String count = "\"measure\": {\"count\": \"residents\"}, ";
        assertThat(criterionProblems(ratio + "\"threshold\": \"at least a quarter\"")).containsExactly(AT + "/criteria/0/threshold: "
                + "'at least a quarter' is not a threshold; write one such as \">= 25 %\" or \">= 1\" (at most 6 decimals)");
        assertThat(criterionProblems(count + "\"threshold\": \">= 1000000000001\""))
                .containsExactly(AT + "/criteria/0/threshold: an absolute threshold is at most 10^12");
        assertThat(criterionProblems(ratio + "\"threshold\": \">= 100.000001 %\""))
                .containsExactly(AT + "/criteria/0/threshold: a percentage is at most 100, not 100.000001");
        RulePack atBounds = read(doc("\"criteria\": [" + criterion("a", count + "\"threshold\": \"≤ 1000000000000\"") + ", "
                + criterion("b", ratio + "\"threshold\": \" = 100 % \"") + ", " + criterion("d", count + "\"threshold\": \"< 0.000001\"") + ", "
                + criterion("e", count + "\"threshold\": \"> 3\"") + ", " + criterion("f", count + "\"threshold\": \"≥ 3\"") + "]"));
        assertThat(atBounds.criterion("a").orElseThrow().threshold()).isEqualTo(Threshold.atMost(1_000_000_000_000L));
        assertThat(atBounds.criterion("b").orElseThrow().threshold().toString()).isEqualTo("= 100 %");
        assertThat(atBounds.criterion("d").orElseThrow().threshold().toString()).isEqualTo("< 0.000001");
        assertThat(atBounds.criterion("e").orElseThrow().threshold().toString()).isEqualTo("> 3");
        assertThat(atBounds.criterion("f").orElseThrow().threshold()).isEqualTo(Threshold.atLeast(3));
    }

    @Test
    void aFlag_mayHaveAThreshold_whichIsThenChecked_butARuleNotYetEncodedMayNot() {
        assertThat(criterionProblems("\"measure\": {\"flag\": \"village.fibre-and-mobile\"}, \"threshold\": \">= 5 %\"")).containsExactly(AT
                + "/criteria/0/threshold: the measure is a count or flag, so the threshold cannot be a percentage; write one such as \">= 1\"");
        assertThat(criterionProblems("\"measure\": {\"notEncoded\": {\"vi\": \"chưa\", \"en\": \"not yet\"}}, \"threshold\": \">= 1\""))
                .containsExactly(AT + "/criteria/0/threshold: a rule not yet encoded has no threshold; leave it out");
    }

    @Test
    void aMeasure_namesExactlyOneKind_ofMetricsThatFit() {
        assertThat(criterionProblems("\"measure\": {\"flag\": \"village.fibre-and-mobile\", \"count\": \"residents\"}")).containsExactly(AT
                + "/criteria/0/measure: needs exactly one of: childrenCertified, childrenMeeting, count, flag, flagsHeld, notEncoded, ratio");
        assertThat(criterionProblems("\"measure\": {\"flag\": \"households\"}"))
                .containsExactly(AT + "/criteria/0/measure/flag: 'households' is a count, here a yes/no flag is needed");
        assertThat(criterionProblems("\"measure\": {\"count\": \"village.fibre-and-mobile\"}, \"threshold\": \">= 1\""))
                .containsExactly(AT + "/criteria/0/measure/count: 'village.fibre-and-mobile' is a yes/no flag, here a count is needed");
        assertThat(criterionProblems("\"measure\": {\"flag\": \"household.fibre\"}")).containsExactly(AT + "/criteria/0/measure/flag: the metric "
                + "'household.fibre' describes a household and has no aggregation to a village; use a village metric that counts households");
        assertThat(read(doc("\"criteria\": [" + criterion("c", "\"measure\": {\"count\": \"residents\"}, \"threshold\": \">= 1\"")
                .replace("\"village\"", "\"province\"") + "]")).criteria()).as("residents add up to a province").hasSize(1);
    }

    @Test
    void flagsHeld_needsDistinctKnownFlags() {
        assertThat(criterionProblems("\"measure\": {\"flagsHeld\": []}, \"threshold\": \">= 1\""))
                .containsExactly(AT + "/criteria/0/measure/flagsHeld: needs at least one flag");
        assertThat(criterionProblems("\"measure\": {\"flagsHeld\": [\"village.fibre-and-mobile\", \"village.fibre-and-mobile\"]}, \"threshold\": \">= 1\""))
                .containsExactly(AT + "/criteria/0/measure/flagsHeld/1: the flag is named twice");
        assertThat(criterionProblems("\"measure\": {\"flagsHeld\": [\"village.fibre-and-mobile\", \"village.nothing\"]}, \"threshold\": \">= 1\""))
                .singleElement().asString().startsWith(AT + "/criteria/0/measure/flagsHeld/1: unknown metric 'village.nothing'");
        assertThat(read(doc("\"criteria\": [" + criterion("c", "\"measure\": {\"flagsHeld\": [\"village.fibre-and-mobile\", "
                + "\"village.cultural-house-wifi\"]}, \"threshold\": \">= 2\"") + "]")).criterion("c").orElseThrow().measure().metrics()).hasSize(2);
    }

    @Test
    void childrenMeasures_countUnitsBelow() {
        String commune = "{\"id\": \"c\", " + NAME + ", \"level\": \"commune\", " + CITE + ", \"threshold\": \">= 1\", \"measure\": ";
        assertThat(problems(doc("\"criteria\": [" + EID + ", " + commune
                + "{\"childrenMeeting\": {\"level\": \"commune\", \"criterion\": \"eid\", \"form\": \"count\"}}}]")))
                .containsExactly(AT + "/criteria/1/measure/childrenMeeting/level: a commune is not below a commune");
        assertThat(problems(doc("\"criteria\": [" + EID + ", " + commune + "{\"childrenMeeting\": {\"level\": \"village\", \"criterion\": \"eid\"}}}]")))
                .containsExactly(AT + "/criteria/1/measure/childrenMeeting/form: is required");
        assertThat(read(doc("\"criteria\": [" + EID + ", " + commune
                + "{\"childrenMeeting\": {\"level\": \"village\", \"criterion\": \"eid\", \"form\": \"count\"}}}]")).criteria()).hasSize(2);
    }

    @Test
    void aRuleThatCannotBeRead_hidesNoOtherProblem_butRaisesNoFalseBrokenReference() {
        String badEid = EID.replace(NAME + ", ", "");
        assertThat(problems(doc("\"criteria\": [" + badEid + "], \"certifications\": [{\"id\": \"sv\", " + NAME
                + ", \"level\": \"village\", \"requirement\": \"eid\", " + CITE + "}]")))
                .containsExactly(AT + "/criteria/0/name: is required");
        assertThat(problems(doc("\"criteria\": [" + EID + "], \"targets\": [{\"id\": \"t\"}], \"certifications\": [{\"id\": \"sv\", " + NAME
                + ", \"level\": \"village\", \"requirement\": \"eid\", " + CITE + "}]")))
                .allMatch(p -> p.startsWith(AT + "/targets/0/")).isNotEmpty();
        assertThat(problems(doc("\"criteria\": [" + EID + "], \"certifications\": [{\"id\": \"sv\"}, {\"id\": \"sc\", " + NAME
                + ", \"level\": \"commune\", \"requirement\": {\"childrenCertified\": {\"count\": 1, \"level\": \"village\", \"certification\": \"sv\"}}, "
                + CITE + "}]")))
                .allMatch(p -> p.startsWith(AT + "/certifications/0/")).isNotEmpty();
    }

    @Test
    void aRuleOrCertificationDefinedTwice_isRefusedWhereItIsGivenAgain() {
        String sv = "{\"id\": \"sv\", " + NAME + ", \"level\": \"village\", \"requirement\": \"eid\", " + CITE + "}";
        assertThat(problems(doc("\"criteria\": [" + EID + "], \"certifications\": [" + sv + ", " + sv + "]")))
                .containsExactly(AT + "/certifications/1/id: the certification 'sv' is already defined (inherited or declared earlier); change it with an override");
        assertThat(problems(doc("\"criteria\": [" + EID + "], \"targets\": [" + EID.substring(0, EID.length() - 1) + ", \"deadline\": \"2025-12-31\"}]")))
                .containsExactly(AT + "/targets/0/id: the target 'eid' is already defined (inherited or declared earlier); change it with an override");
    }

    @Test
    void aTargetsBaseline_isFromZeroToItsThresholdsBound_withAtMostSixDecimals() {
        String share = EID.substring(0, EID.length() - 1).replace("\"eid\"", "\"t\"") + ", \"deadline\": \"2025-12-31\", \"baseline\": ";
        String count = criterion("t", "\"measure\": {\"count\": \"residents\"}, \"threshold\": \">= 10\"");
        String countTarget = count.substring(0, count.length() - 1) + ", \"deadline\": \"2025-12-31\", \"baseline\": ";
        assertThat(read(doc("\"targets\": [" + share + "100}]")).target("t").orElseThrow().baseline()).isPresent();
        assertThat(read(doc("\"targets\": [" + share + "0.123456}]")).target("t")).isPresent();
        assertThat(read(doc("\"targets\": [" + countTarget + "1000000000000}]")).target("t")).isPresent();
        assertThat(read(doc("\"targets\": [" + countTarget + "0}]")).target("t")).isPresent();
        assertThat(problems(doc("\"targets\": [" + share + "100.5}]")))
                .containsExactly(AT + "/targets/0/baseline: the baseline is a percentage, at most 100");
        assertThat(problems(doc("\"targets\": [" + countTarget + "1000000000001}]")))
                .containsExactly(AT + "/targets/0/baseline: a baseline is at most 10^12");
        assertThat(problems(doc("\"targets\": [" + share + "-1}]"))).containsExactly(AT + "/targets/0/baseline: a baseline cannot be negative");
        assertThat(problems(doc("\"targets\": [" + share + "0.1234567}]")))
                .containsExactly(AT + "/targets/0/baseline: a baseline has at most 6 decimals");
    }

    @Test
    void aRequirement_isAnIdOrOneKindOfObject() {
        String cert = "{\"id\": \"sv\", " + NAME + ", \"level\": \"village\", " + CITE + ", \"requirement\": ";
        String pre = "\"criteria\": [" + EID + ", " + FIBRE + "], \"certifications\": [" + cert;
        assertThat(problems(doc(pre + "5}]"))).containsExactly(AT + "/certifications/0/requirement: must be a JSON object {…}, not 5");
        assertThat(problems(doc(pre + "{\"allOf\": [null]}}]"))).containsExactly(AT + "/certifications/0/requirement/allOf/0: is required");
        assertThat(problems(doc(pre + "{\"allOf\": []}}]"))).containsExactly(AT + "/certifications/0/requirement/allOf: needs at least one requirement");
        assertThat(problems(doc(pre + "{\"allOf\": [\"eid\"], \"anyOf\": [\"fibre\"]}}]"))).containsExactly(AT + "/certifications/0/requirement: "
                + "needs exactly one of: allOf, anyOf, atLeast with of, meets, childrenCertified");
        assertThat(problems(doc(pre + "{}}]"))).containsExactly(AT + "/certifications/0/requirement: "
                + "needs exactly one of: allOf, anyOf, atLeast with of, meets, childrenCertified");
        assertThat(problems(doc(pre + "{\"atLeast\": 1, \"of\": []}}]")))
                .containsExactly(AT + "/certifications/0/requirement/of: needs at least one requirement");
        assertThat(problems(doc(pre + "{\"atLeast\": 3, \"of\": [\"eid\", \"fibre\"]}}]")))
                .containsExactly(AT + "/certifications/0/requirement/atLeast: 3 of 2 requirements can never hold");
        assertThat(read(doc(pre + "{\"atLeast\": 2, \"of\": [\"eid\", {\"meets\": \"fibre\"}]}}]")).certification("sv")).isPresent();
        assertThat(read(doc(pre + "{\"anyOf\": [\"eid\", \"fibre\"]}}]")).certification("sv").orElseThrow().requirement().toString())
                .contains("eid", "fibre");
    }

    @Test
    void aMetricDeclared_isCheckedLikeABuiltInOne() {
        String m = "{\"id\": \"x\", " + NAME + ", ";
        assertThat(problems(doc("\"metrics\": [{\"id\": \"Bad\", " + NAME + ", \"level\": \"village\", \"type\": \"count\"}]")))
                .containsExactly(AT + "/metrics/0/id: a metric id is 1 to 80 lower-case letters, digits and . _ -");
        assertThat(problems(doc("\"metrics\": [" + m + "\"level\": \"village\", \"type\": \"flag\", \"aggregation\": \"sum\"}]")))
                .containsExactly(AT + "/metrics/0/aggregation: only a count aggregates");
        assertThat(problems(doc("\"metrics\": [" + m + "\"level\": \"commune\", \"type\": \"count\", \"aggregation\": \"households\"}]")))
                .containsExactly(AT + "/metrics/0/aggregation: households are counted at the village; the level must be 'village'");
        assertThat(problems(doc("\"metrics\": [" + m + "\"level\": \"village\", \"type\": \"count\", \"aggregation\": \"sums\"}]")))
                .containsExactly(AT + "/metrics/0/aggregation: 'sums' is not 'sum', 'households', {householdsWhere} or {householdsSum} (did you mean 'sum'?)");
        assertThat(problems(doc("\"metrics\": [" + m + "\"level\": \"village\", \"type\": \"count\", \"aggregation\": "
                + "{\"householdsWhere\": \"household.fibre\", \"householdsSum\": \"household.members\"}}]")))
                .containsExactly(AT + "/metrics/0/aggregation: needs exactly one of: householdsWhere, householdsSum");
        assertThat(problems(doc("\"metrics\": [" + m + "\"level\": \"commune\", \"type\": \"count\", \"aggregation\": {\"householdsWhere\": \"household.fibre\"}}]")))
                .containsExactly(AT + "/metrics/0/aggregation: households are counted at the village; the level must be 'village'");
        assertThat(problems(doc("\"metrics\": [" + m + "\"level\": \"village\", \"type\": \"count\", \"aggregation\": {\"householdsWhere\": \"household.members\"}}]")))
                .containsExactly(AT + "/metrics/0/aggregation/householdsWhere: 'household.members' must be a household flag");
        assertThat(problems(doc("\"metrics\": [" + m + "\"level\": \"village\", \"type\": \"count\", \"aggregation\": {\"householdsSum\": \"household.fibre\"}}]")))
                .containsExactly(AT + "/metrics/0/aggregation/householdsSum: 'household.fibre' must be a household count");
        assertThat(problems(doc("\"metrics\": [" + m + "\"level\": \"village\", \"type\": \"count\", \"aggregation\": {\"householdsSum\": \"nothing\"}}]")))
                .singleElement().asString().startsWith(AT + "/metrics/0/aggregation/householdsSum: unknown metric 'nothing'");
        assertThat(problems(doc("\"metrics\": [{\"id\": \"residents\", " + NAME + ", \"level\": \"village\", \"type\": \"count\"}]")))
                .containsExactly(AT + "/metrics/0/id: the metric id 'residents' is already used by a different metric");
        RulePack p = read(doc("\"metrics\": [" + m + "\"level\": \"village\", \"type\": \"count\", \"aggregation\": \"sum\"}, "
                + "{\"id\": \"y\", " + NAME + ", \"level\": \"village\", \"type\": \"count\", \"aggregation\": {\"householdsSum\": \"household.members\"}, "
                + "\"partOf\": \"residents\"}, {\"id\": \"z\", " + NAME + ", \"level\": \"village\", \"type\": \"count\", \"aggregation\": \"households\"}]"));
        assertThat(p.metrics()).extracting(x -> x.id()).contains("x", "y", "z");
        assertThat(p.metrics().stream().filter(x -> x.id().equals("x")).findFirst().orElseThrow().aggregation()).isPresent();
    }

    @Test
    void citations_areObjectsOrKeysOfTheCitationsGiven() {
        assertThat(problems(doc("\"criteria\": [" + EID.replace(CITE, "\"citation\": \"qd\"") + "]"))).containsExactly(AT
                + "/criteria/0/citation: there is no citation 'qd' under 'citations'");
        assertThat(problems(doc("\"citations\": {\"qd\": \"QĐ 1\"}, \"criteria\": [" + EID + "]")))
                .containsExactly(AT + "/citations/qd: a citation here must be an object {document, …}");
        assertThat(read(doc("\"citations\": {\"qd\": {\"document\": \"QĐ 1\", \"date\": \"2022-08-02\"}}, \"criteria\": ["
                + EID.replace(CITE, "\"citation\": {\"ref\": \"qd\", \"article\": \"Điều 2\"}") + "]")).criterion("eid").orElseThrow().citation().article())
                .contains("Điều 2");
    }

    @Test
    void overrides_needAPackToExtend_andNameExactlyOneRule() {
        assertThat(problems(doc("\"criteria\": [" + EID + "], \"overrides\": [{\"op\": \"drop\", \"criterion\": \"eid\"}]")))
                .containsExactly(AT + "/overrides: the pack extends no other pack, so there is nothing to override");
    }

    @Test
    void extends_namesAPackIdAndPerhapsAVersion() {
        assertThat(problems(doc("\"extends\": \"Base\""))).containsExactly("test.pack@1 (p.json) /extends: must be 'pack-id' or 'pack-id@version'");
        assertThat(problems(doc("\"extends\": \"base@ \""))).containsExactly("test.pack@1 (p.json) /extends: must be 'pack-id' or 'pack-id@version'");
    }

    /** A base pack with a criterion, a target and a certification, and a child that overrides it with {@code overrides}. */
    static RulePackRegistry.Builder family(String overrides) {
        String base = doc("\"criteria\": [" + EID + ", " + FIBRE + "], \"targets\": [" + EID.substring(0, EID.length() - 1).replace("\"eid\"", "\"t\"")
                + ", \"deadline\": \"2025-12-31\"}], \"certifications\": [{\"id\": \"sv\", " + NAME + ", \"level\": \"village\", \"requirement\": \"eid\", "
                + CITE + "}]").replace("test.pack", "test.base");
        String child = doc("\"extends\": \"test.base\", \"overrides\": [" + overrides + "]").replace("test.pack", "test.child")
                .replace("2023-01-01", "2024-01-01");
        return RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.text("base.json", base)).add(PackSource.text("child.json", child));
    }

    static RulePack child(String overrides) {
        return family(overrides).build().pack("test.child", "1").orElseThrow();
    }

    static List<String> childProblems(String overrides) {
        try {
            family(overrides).build();
        } catch (SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the rule pack");
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the child was accepted");
    }

    @Test
    void replacingATargetOrACertification_changesItAndRecordsTheChange() {
        String newTarget = EID.substring(0, EID.length() - 1).replace("\"eid\"", "\"t\"").replace(">= 25 %", ">= 40 %")
                + ", \"deadline\": \"2026-12-31\"}";
        RulePack child = child("{\"op\": \"replace\", \"target\": " + newTarget + "}, {\"op\": \"replace\", \"certification\": {\"id\": \"sv\", "
                + NAME + ", \"level\": \"village\", \"requirement\": {\"allOf\": [\"eid\", \"fibre\"]}, " + CITE + "}}, "
                + "{\"op\": \"replace\", \"criterion\": " + FIBRE.replace("Name", "Fibre") + "}");
        assertThat(child.target("t").orElseThrow().indicator().threshold()).isEqualTo(Threshold.atLeastPercent("40"));
        assertThat(child.origin("t").orElseThrow().lastChange()).hasValueSatisfying(c -> {
            assertThat(c.isReplacement()).isTrue();
            assertThat(c.before()).isEqualTo(Threshold.atLeastPercent("25"));
        });
        assertThat(child.origin("fibre").orElseThrow().lastChange()).hasValueSatisfying(c -> assertThat(c.isReplacement()).isTrue());
        assertThat(child.criterion("fibre").orElseThrow().name().en()).isEqualTo("Fibre");
        assertThat(child.certification("sv").orElseThrow().requirement().toString()).contains("fibre");
    }

    @Test
    void overridingWhatTheParentDoesNotHave_isRefusedWithAHint() {
        String newTarget = EID.substring(0, EID.length() - 1).replace("\"eid\"", "\"tt\"") + ", \"deadline\": \"2026-12-31\"}";
        String at = "test.child@1 (child.json) /overrides/";
        assertThat(childProblems("{\"op\": \"replace\", \"target\": " + newTarget + "}"))
                .containsExactly(at + "0/target/id: cannot override: the parent pack has no target 'tt' (did you mean 't'?)");
        assertThat(childProblems("{\"op\": \"replace\", \"certification\": {\"id\": \"sc\", " + NAME + ", \"level\": \"village\", \"requirement\": \"eid\", "
                + CITE + "}}")).containsExactly(at + "0/certification/id: cannot override: the parent pack has no certification 'sc' (did you mean 'sv'?)");
        assertThat(childProblems("{\"op\": \"replace\", \"criterion\": " + FIBRE.replace("\"fibre\"", "\"fiber\"") + "}"))
                .containsExactly(at + "0/criterion/id: cannot override: the parent pack has no criterion 'fiber' (did you mean 'fibre'?)");
        assertThat(childProblems("{\"op\": \"drop\", \"certification\": \"sx\"}"))
                .containsExactly(at + "0/certification: cannot override: the parent pack has no certification 'sx' (did you mean 'sv'?)");
        assertThat(childProblems("{\"op\": \"threshold\", \"target\": \"tt\", \"threshold\": \">= 30 %\"}"))
                .containsExactly(at + "0/target: cannot override: the parent pack has no target 'tt' (did you mean 't'?)");
        assertThat(childProblems("{\"op\": \"drop\", \"criterion\": \"eid\", \"target\": \"t\"}"))
                .containsExactly(at + "0: needs exactly one of: certification, criterion, target");
        assertThat(childProblems("1")).containsExactly(at + "0: must be a JSON object {…}, not 1");
        assertThat(childProblems("{\"op\": \"threshold\", \"target\": \"t\", \"threshold\": \">= 30\"}"))
                .containsExactly(at + "0/threshold: the old threshold is a percentage (≥ 25 %), so the new one must be too");
        RulePack child = child("{\"op\": \"threshold\", \"target\": \"t\", \"threshold\": \">= 30 %\"}");
        assertThat(child.target("t").orElseThrow().indicator().threshold()).isEqualTo(Threshold.atLeastPercent("30"));
        assertThat(child.target("t").orElseThrow().deadline()).hasToString("2025-12-31");
        RulePack dropped = child("{\"op\": \"drop\", \"certification\": \"sv\"}, {\"op\": \"drop\", \"target\": \"t\"}");
        assertThat(dropped.certifications()).isEmpty();
        assertThat(dropped.targets()).isEmpty();
        assertThat(dropped.origin("t")).isEmpty();
    }

    static List<String> viProblems(String document) {
        try {
            RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.text("p.json", document)).build();
        } catch (SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the rule pack");
            return e.problems().stream().map(p -> p.reason().vi()).toList();
        }
        throw new AssertionError("the pack was accepted");
    }

    @Test
    void problemsWithMeasuresAndBaselines_areWrittenInVietnameseToo() {
        String ratio = "\"measure\": {\"ratio\": {\"numerator\": \"residents.electronic-id\", \"denominator\": \"residents\"}}, ";
        assertThat(viProblems(doc("\"criteria\": [" + criterion("c", ratio + "\"threshold\": \">= 25\"") + "]")))
                .containsExactly("đo một tỷ lệ nên ngưỡng phải là phần trăm, ví dụ \">= 25 %\"");
        assertThat(viProblems(doc("\"criteria\": [" + criterion("c", "\"measure\": {\"count\": \"residents\"}, \"threshold\": \">= 25 %\"") + "]")))
                .containsExactly("đo một số đếm hoặc cờ nên ngưỡng không phải phần trăm, ví dụ \">= 1\"");
        assertThat(viProblems(doc("\"criteria\": [" + criterion("c", "\"measure\": {\"flag\": \"households\"}") + "]")))
                .containsExactly("'households' là số đếm, ở đây cần cờ có/không");
        assertThat(viProblems(doc("\"criteria\": [" + criterion("c", "\"measure\": {\"count\": \"budget\"}, \"threshold\": \">= 1\"") + "], "
                + "\"metrics\": [{\"id\": \"budget\", " + NAME + ", \"level\": \"village\", \"type\": \"amount\"}]")))
                .containsExactly("'budget' là số lượng thập phân, ở đây cần số đếm");
        assertThat(viProblems(doc("\"criteria\": [" + criterion("c", "\"measure\": {\"flag\": \"household.fibre\"}") + "]")))
                .containsExactly("chỉ số 'household.fibre' mô tả hộ và không được cộng dồn lên thôn; hãy dùng một chỉ số của thôn đếm các hộ");
        assertThat(viProblems(doc("\"criteria\": [" + criterion("c", "\"measure\": {\"count\": \"work-records\"}, \"threshold\": \">= 1\"") + "]")))
                .containsExactly("chỉ số 'work-records' mô tả xã và không được cộng dồn lên thôn");
        String count = criterion("t", "\"measure\": {\"count\": \"residents\"}, \"threshold\": \">= 10\"");
        String countTarget = count.substring(0, count.length() - 1) + ", \"deadline\": \"2025-12-31\", \"baseline\": ";
        String share = EID.substring(0, EID.length() - 1).replace("\"eid\"", "\"t\"") + ", \"deadline\": \"2025-12-31\", \"baseline\": ";
        assertThat(viProblems(doc("\"targets\": [" + countTarget + "1000000000001}]"))).containsExactly("mức xuất phát tối đa 10^12");
        assertThat(viProblems(doc("\"targets\": [" + share + "101}]"))).containsExactly("mức xuất phát là một tỷ lệ, tối đa 100 %");
    }

    @Test
    void aPercentageCannotReplaceAnAbsoluteThreshold() {
        List<String> p = childProblems("{\"op\": \"threshold\", \"criterion\": \"fibre\", \"threshold\": \">= 5 %\"}");
        assertThat(p).singleElement().asString().endsWith("so the new one cannot be a percentage").contains("the old threshold is absolute (");
        SmartVillageException e = org.assertj.core.api.Assertions.catchThrowableOfType(SmartVillageException.class,
                () -> family("{\"op\": \"threshold\", \"criterion\": \"fibre\", \"threshold\": \">= 5 %\"}").build());
        assertThat(e.problems().get(0).reason().vi()).startsWith("ngưỡng cũ là số tuyệt đối (").endsWith("ngưỡng mới không được là phần trăm");
    }
}
