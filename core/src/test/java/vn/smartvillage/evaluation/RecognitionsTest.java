package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.PROVINCE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Fraction;
import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.report.ReportText;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;

/**
 * Official recognitions as data: the dataset's checks, the counting of recognised, computed or either units at
 * the boundary of "at least 20 smart villages", the disagreements both ways, and the round trips.
 */
class RecognitionsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 31);

    /** A village is a smart village when it has fibre; the province counts them three ways, each "≥ 20". */
    private static RulePack pack() {
        return RulePack.builder("test.recognitions", "1").title("Công nhận (thử)", "Recognitions (test)")
                .criterion(Criterion.builder("fibre").name("Hạ tầng cáp quang đến thôn", "Fibre to the village")
                        .level(VILLAGE).flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(Packs.SEED_001).build())
                .certification(new Certification("smart-village", Text.of("thôn thông minh", "smart village"), VILLAGE,
                        Requirement.meetsAll("fibre"), Packs.SEED_001))
                .target(target("computed", Measure.countCertified(VILLAGE, "smart-village")))
                .target(target("recognised", Measure.countRecognised(VILLAGE, "smart-village")))
                .target(target("either", Measure.countCertifiedOrRecognised(VILLAGE, "smart-village")))
                .criterion(Criterion.builder("share-recognised").name("Tỷ lệ thôn được công nhận", "Share of villages recognised")
                        .level(PROVINCE).measure(Measure.shareRecognised(VILLAGE, "smart-village"), Threshold.atLeastPercent("50"))
                        .citation(Packs.SEED_001).build())
                .criterion(Criterion.builder("share-either").name("Tỷ lệ thôn được công nhận hoặc đạt", "Share recognised or certified")
                        .level(PROVINCE).measure(Measure.shareCertifiedOrRecognised(VILLAGE, "smart-village"),
                                Threshold.atLeastPercent("50"))
                        .citation(Packs.SEED_001).build())
                .build();
    }

    private static Target target(String id, Measure m) {
        return new Target(Criterion.builder(id).name("Ít nhất 20 thôn thông minh (" + id + ")", "At least 20 smart villages (" + id + ")")
                .level(PROVINCE).measure(m, Threshold.atLeast(20)).citation(Packs.SEED_001).build(), DAY);
    }

    /**
     * A province of one commune and 40 villages: villages 1…{@code recognised} are recognised, villages
     * {@code metFrom}…{@code metTo} have fibre, village {@code unknown} (if any) has no figure, the rest none.
     */
    private static Dataset province(int recognised, int metFrom, int metTo, int unknown) {
        DatasetBuilder b = Dataset.builder(DAY).province("tinh", "Tỉnh").commune("xa", "Xã", "tinh");
        for (int i = 1; i <= 40; i++) {
            String id = "thon-" + i;
            b.village(id, "Thôn " + i, "xa");
            if (i != unknown) {
                b.observe(id, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, i >= metFrom && i <= metTo);
            }
            if (i <= recognised) {
                b.recognition(Recognition.of(id, "smart-village"));
            }
        }
        return b.build();
    }

    private static TargetResult target(Assessment a, String id) {
        return a.unit("tinh").orElseThrow().targets().stream().filter(t -> t.target().id().equals(id)).findFirst().orElseThrow();
    }

    private static CriterionResult criterion(Assessment a, String id) {
        return a.unit("tinh").orElseThrow().criteria().stream().filter(c -> c.criterion().id().equals(id)).findFirst().orElseThrow();
    }

    private static Assessment evaluate(Dataset d) {
        return Evaluator.create().evaluate(d, pack());
    }

    @Test
    void recognised_countsOnlyRecognitions_19IsNotMet_20IsMet() {
        Assessment nineteen = evaluate(province(19, 0, -1, 0));
        assertThat(target(nineteen, "recognised").status()).isEqualTo(Status.NOT_MET);
        assertThat(target(nineteen, "recognised").result().value()).contains(Fraction.of(19, 1));
        assertThat(target(nineteen, "recognised").result().gap()).isPresent();
        assertThat(target(nineteen, "computed").status()).isEqualTo(Status.NOT_MET);
        Assessment twenty = evaluate(province(20, 0, -1, 0));
        assertThat(target(twenty, "recognised").status()).isEqualTo(Status.MET);
        assertThat(target(twenty, "recognised").result().value()).contains(Fraction.of(20, 1));
        // The pack certifies none of them: computed stays where it was.
        assertThat(target(twenty, "computed").status()).isEqualTo(Status.NOT_MET);
        assertThat(target(twenty, "computed").result().value()).contains(Fraction.of(0, 1));
        assertThat(criterion(twenty, "share-recognised").value()).contains(Fraction.of(20, 40));
        assertThat(criterion(twenty, "share-recognised").status()).isEqualTo(Status.MET);
    }

    @Test
    void computed_ignoresRecognitions_19IsNotMet_20IsMet() {
        assertThat(target(evaluate(province(40, 1, 19, 0)), "computed").status()).isEqualTo(Status.NOT_MET);
        assertThat(target(evaluate(province(0, 1, 20, 0)), "computed").status()).isEqualTo(Status.MET);
        assertThat(target(evaluate(province(0, 1, 20, 0)), "recognised").status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void either_countsEachUnitOnce_recognisedOrComputed() {
        // 10 recognised (1…10) and 10 others certified (11…20): 20.
        Assessment twenty = evaluate(province(10, 11, 20, 0));
        assertThat(target(twenty, "either").status()).isEqualTo(Status.MET);
        assertThat(target(twenty, "either").result().value()).contains(Fraction.of(20, 1));
        // 10 recognised, 15 certified of which 6 are also recognised (5…19): 19, never 25.
        Assessment nineteen = evaluate(province(10, 5, 19, 0));
        assertThat(target(nineteen, "either").status()).isEqualTo(Status.NOT_MET);
        assertThat(target(nineteen, "either").result().value()).contains(Fraction.of(19, 1));
        assertThat(criterion(nineteen, "share-either").value()).contains(Fraction.of(19, 40));
    }

    @Test
    void either_anUndecidedVillageIsUndecidedUnlessRecognised() {
        // 19 recognised, village 20 lacks its figure: 19 or 20, so undecided.
        assertThat(target(evaluate(province(19, 0, -1, 20)), "either").status()).isEqualTo(Status.MISSING_DATA);
        // Recognised, the village without its figure counts: 20.
        assertThat(target(evaluate(province(20, 0, -1, 20)), "either").status()).isEqualTo(Status.MET);
        // Counting recognitions alone, a missing figure changes nothing.
        assertThat(target(evaluate(province(19, 0, -1, 20)), "recognised").status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aRecognitionCountsFromItsDate() {
        DatasetBuilder b = Dataset.builder(DAY).province("tinh", "Tỉnh").commune("xa", "Xã", "tinh");
        for (int i = 1; i <= 20; i++) {
            b.village("thon-" + i, "Thôn " + i, "xa").observe("thon-" + i, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, false);
            Recognition r = Recognition.of("thon-" + i, "smart-village");
            b.recognition(i == 20 ? r.withDate(LocalDate.of(2025, 10, 1)) : r);
        }
        Dataset d = b.build();
        assertThat(target(Evaluator.create().evaluate(d, pack()), "recognised").status()).isEqualTo(Status.MET);
        Assessment before = Evaluator.create().evaluate(d, pack(), LocalDate.of(2025, 9, 30));
        assertThat(target(before, "recognised").result().value()).contains(Fraction.of(19, 1));
        assertThat(before.recognitions("thon-20")).isEmpty();
        assertThat(before.recognitions("thon-19")).hasSize(1);
    }

    @Test
    void disagreements_areListedBothWays_withTheFailingRules() {
        // Villages 1…3 recognised; 1 has fibre (agrees), 2 has none (recognised, not met), 3 has no figure (undecided,
        // not a disagreement); 4 has fibre and is not recognised.
        Dataset d = Dataset.builder(DAY).province("tinh", "Tỉnh").commune("xa", "Xã", "tinh")
                .village("thon-1", "Thôn 1", "xa").observe("thon-1", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, true)
                .village("thon-2", "Thôn 2", "xa").observe("thon-2", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, false)
                .village("thon-3", "Thôn 3", "xa")
                .village("thon-4", "Thôn 4", "xa").observe("thon-4", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, true)
                .recognition(Recognition.of("thon-1", "smart-village"))
                .recognition(Recognition.of("thon-2", "smart-village").withDecision("12/QĐ-UBND"))
                .recognition(Recognition.of("thon-3", "smart-village"))
                .recognition(Recognition.titled("xa", "xã NTM kiểu mẫu", "model new-rural commune"))
                .build();
        Assessment a = evaluate(d);
        assertThat(a.recognisedButNotMet()).extracting(CertificationResult::unitId).containsExactly("thon-2");
        assertThat(a.recognisedButNotMet().get(0).unmet()).containsExactly(Requirement.meets("fibre"));
        assertThat(a.metButNotRecognised()).extracting(CertificationResult::unitId).containsExactly("thon-4");
        assertThat(a.recognitions()).isEqualTo(d.recognitions());
        assertThat(a.recognitions("xa")).extracting(r -> r.title().orElseThrow().en()).containsExactly("model new-rural commune");
    }

    @Test
    void withoutAnyRecognition_nothingIsKnownToBeMissing() {
        Assessment a = evaluate(province(0, 1, 40, 0));
        assertThat(a.recognisedButNotMet()).isEmpty();
        assertThat(a.metButNotRecognised()).isEmpty();
        assertThat(a.recognitions()).isEmpty();
    }

    @Test
    void theDatasetRefusesBadRecognitions_locatedWithCodes() {
        DatasetBuilder b = Dataset.builder(DAY).province("tinh", "Tỉnh").village("thon", "Thôn", "tinh")
                .recognition(Recognition.of("nowhere", "smart-village"))
                .recognition(Recognition.of("thon", "Smart Village"))
                .recognition(Recognition.of("thon", "smart-village").withDate(DAY.plusDays(1)))
                .recognition(Recognition.titled("thon", "thôn văn hóa", "cultural village"))
                .recognition(Recognition.titled("thon", "thôn văn hóa", "cultural village"));
        List<Problem> problems = catchThrowableOfType(SmartVillageException.class, b::build).problems();
        assertThat(problems).extracting(Problem::code).containsExactly("dataset.recognition.unitUnknown",
                "dataset.recognition.certificationId", "dataset.recognition.afterDate", "dataset.recognition.twice");
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "unit nowhere, field recognitions: the recognised unit 'nowhere' is not in the dataset",
                "unit thon, field recognitions: the certification id 'Smart Village' is not an id: lower-case letters, digits and . _ -,"
                        + " starting with a letter or digit, at most 100 characters",
                "unit thon, field recognitions: the recognition is dated 2026-01-01, after the dataset's date 2025-12-31",
                "unit thon, field recognitions: the unit is recognised twice as 'thôn văn hóa'");
    }

    @Test
    void aRecognitionNeedsItsUnitAndWhatItGrants_andLeavesTheRestNotStated() {
        Recognition r = Recognition.of("thon", "smart-village");
        assertThat(r.date()).isEmpty();
        assertThat(r.decision()).isEmpty();
        assertThat(r.issuer()).isEmpty();
        assertThat(r.source()).isEmpty();
        assertThat(r.title()).isEmpty();
        assertThat(r.grants("smart-village", DAY)).isTrue();
        assertThat(r.withDate(DAY).grants("smart-village", DAY.minusDays(1))).isFalse();
        assertThat(r.grants("other", DAY)).isFalse();
        assertThatThrownBy(() -> Recognition.of(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.withDecision("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recognition.titled("thon", "x", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theJsonDataset_roundTripsRecognitions() {
        Dataset d = Dataset.builder(DAY).province("tinh", "Tỉnh").commune("xa", "Xã", "tinh").village("thon", "Thôn", "xa")
                .recognition(Recognition.of("thon", "smart-village").withDate(LocalDate.of(2025, 3, 1)).withDecision("12/QĐ-UBND")
                        .withIssuer("UBND tỉnh").withSource("the decision"))
                .recognition(Recognition.titled("xa", "xã NTM kiểu mẫu", "model new-rural commune"))
                .build();
        String json = DatasetJson.write(d);
        Dataset back = DatasetJson.read(json, "d.json", Metrics.all());
        assertThat(back.recognitions()).isEqualTo(d.recognitions());
        assertThat(DatasetJson.write(back)).isEqualTo(json);
        assertThat(DatasetJson.read(DatasetJson.writeWithoutSources(d), "d.json", Metrics.all()).recognitions().get(0).source()).isEmpty();
        assertThat(json).contains("\"recognitions\"").contains("\"certification\" : \"smart-village\"");
    }

    @Test
    void theJsonDataset_refusesARecognitionWithBothOrNeitherOfCertificationAndTitle() {
        String both = "{ \"asOf\": \"2025-12-31\", \"units\": [ { \"id\": \"thon\", \"name\": \"Thôn\", \"level\": \"village\" } ],"
                + " \"recognitions\": [ { \"unit\": \"thon\", \"certification\": \"a\", \"title\": { \"vi\": \"x\", \"en\": \"x\" } },"
                + " { \"unit\": \"thon\" }, { \"unit\": \"thon\", \"certification\": \"a\", \"decision\": \" \" } ] }";
        List<Problem> problems = catchThrowableOfType(SmartVillageException.class,
                () -> DatasetJson.read(both, "d.json", Metrics.all())).problems();
        assertThat(problems).extracting(Problem::code).containsExactly("datasetJson.recognition.exactlyOne",
                "datasetJson.recognition.exactlyOne", "json.blank");
    }

    @Test
    void thePackFormat_writesCountsOnlyWhenNotComputed_andReadsItBack() {
        RulePack pack = pack();
        String json = RulePackJson.write(pack);
        assertThat(json).contains("\"counts\" : \"recognised\"").contains("\"counts\" : \"either\"");
        assertThat(json.split("\"counts\"", -1)).hasSize(5);
        RulePack back = RulePackJson.read(PackSource.text("p.json", json));
        assertThat(RulePackJson.write(back)).isEqualTo(json);
        for (String id : List.of("computed", "recognised", "either")) {
            assertThat(back.target(id).orElseThrow().indicator().measure()).isEqualTo(pack.target(id).orElseThrow().indicator().measure());
        }
        assertThat(back.target("recognised").orElseThrow().indicator().measure().countsComputed()).isFalse();
        assertThat(back.target("either").orElseThrow().indicator().measure().countsRecognised()).isTrue();
        assertThat(Measure.countCertified(VILLAGE, "x").countsRecognised()).isFalse();
        assertThat(Measure.countRecognised(VILLAGE, "x")).isNotEqualTo(Measure.countCertified(VILLAGE, "x"));
        String bad = json.replace("\"counts\" : \"either\"", "\"counts\" : \"sometimes\"");
        assertThatThrownBy(() -> RulePackJson.read(PackSource.text("p.json", bad), Metrics.all()))
                .isInstanceOf(SmartVillageException.class);
    }

    @Test
    void theJsonReport_carriesRecognitions_andItsReaderRederivesRecognisedCounts() {
        Assessment a = evaluate(province(20, 18, 25, 0));
        String json = ReportText.json(a);
        assertThat(json).contains("\"recognitions\"");
        Assessment back = ReportText.read(json, pack());
        assertThat(back).isEqualTo(a);
        assertThat(back.metButNotRecognised()).isEqualTo(a.metButNotRecognised());
        // Dropping one recognition makes the report's recognised count disagree with what it says below.
        String edited = json.replaceFirst("\\{\\s*\"unit\"\\s*:\\s*\"thon-1\",\\s*\"certification\"\\s*:\\s*\"smart-village\"\\s*},?", "");
        assertThat(edited).isNotEqualTo(json);
        assertThatThrownBy(() -> ReportText.read(edited, pack())).isInstanceOf(SmartVillageException.class);
    }

    @Test
    void theCountingModesRespectTheCountOfChildren_asTheOtherChildMeasures() {
        BiFunction<AdminLevel, String, Measure> f = Measure::countRecognised;
        assertThat(f.apply(COMMUNE, "x").childLevel()).contains(COMMUNE);
        assertThat(Measure.shareRecognised(VILLAGE, "x").isShare()).isTrue();
        assertThat(Measure.countCertifiedOrRecognised(VILLAGE, "x").isShare()).isFalse();
    }

    @Test
    void theTextReports_listRecognitionsAndDisagreements_onlyWhenTheDataRecordsSome() {
        Dataset d = Dataset.builder(DAY).province("tinh", "Tỉnh").commune("xa", "Xã", "tinh")
                .village("thon-2", "Thôn 2", "xa").observe("thon-2", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, false)
                .village("thon-4", "Thôn 4", "xa").observe("thon-4", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, true)
                .recognition(Recognition.of("thon-2", "smart-village").withDecision("12/QĐ-UBND").withDate(LocalDate.of(2025, 3, 1)))
                .build();
        Assessment a = evaluate(d);
        String en = ReportText.markdown(a, java.util.Locale.ENGLISH);
        assertThat(en).contains("## Official recognitions\n\n- Thôn 2 \\[thon-2\\]: recognised as \"smart village\" (decision: 12/QĐ-UBND;"
                + " date: 2025-03-01; issuer: not stated). Computed by the pack: not met.")
                .contains("## Recognised, but the figures do not meet it\n\n- Thôn 2 \\[thon-2\\]: \"smart village\"; not met: Fibre to the village")
                .contains("## Met by the figures, but no recognition recorded\n\n- Thôn 4 \\[thon-4\\]: \"smart village\"");
        assertThat(ReportText.markdown(a, java.util.Locale.forLanguageTag("vi"))).contains("## Quyết định công nhận")
                .contains("## Đã được công nhận nhưng số liệu chưa đạt");
        assertThat(ReportText.csv(a, false)).contains("thon-2,Thôn 2,village,tinh,Tỉnh,,,xa,Xã,recognition,smart-village,thôn thông minh,"
                + "smart village,not-met,");
        Assessment without = evaluate(province(0, 1, 40, 0));
        assertThat(ReportText.markdown(without, java.util.Locale.ENGLISH)).doesNotContain("## Official recognitions");
        assertThat(ReportText.csv(without, false)).doesNotContain(",recognition,");
        assertThat(ReportText.json(without)).doesNotContain("\"recognitions\"");
    }

    /** The snippets of docs/datasets.md, docs/rule-packs.md and docs/reports.md. */
    @Test
    void theDocsSnippets() {
        Dataset data = Dataset.builder(LocalDate.of(2025, 12, 31))
                .province("tinh", "Tỉnh")
                .commune("xa", "Xã", "tinh")
                .village("thon-1", "Thôn 1", "xa")
                .recognition(Recognition.of("thon-1", "smart-village")
                        .withDate(LocalDate.of(2025, 3, 1))
                        .withDecision("12/QĐ-UBND"))
                .build();
        Measure twenty = Measure.countCertifiedOrRecognised(AdminLevel.VILLAGE, "smart-village");
        assertThat(twenty.countsRecognised() && twenty.countsComputed()).isTrue();
        Assessment assessment = evaluate(data);
        List<CertificationResult> recognisedNotMet = assessment.recognisedButNotMet();
        List<CertificationResult> metNotRecognised = assessment.metButNotRecognised();
        // thon-1 has no fibre figure: undecided, so neither list holds it.
        assertThat(recognisedNotMet).isEmpty();
        assertThat(metNotRecognised).isEmpty();
        assertThat(data.recognitions("thon-1")).hasSize(1);
    }
}
