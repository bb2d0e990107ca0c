package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/**
 * Plans and drill-downs over certifications that count certified villages: one village certified, two
 * short by a few residents with electronic ID, one whose fibre and wifi are not known.
 */
class PlansAndDrilldownsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
    private static final Citation C = Citation.of("test");

    private static Certification communeCert(String id, int villages) {
        return new Certification(id, Text.of("xã " + id, "commune " + id), AdminLevel.COMMUNE,
                Requirement.childrenCertified(villages, AdminLevel.VILLAGE, "sv"), C);
    }

    static final RulePack PACK = RulePack.builder("test.children", "1").title("Con", "Children")
            .criterion(Criterion.builder("eid").name("Định danh", "Electronic ID").level(AdminLevel.VILLAGE)
                    .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS), Threshold.atLeastPercent("50"))
                    .citation(C).build())
            .criterion(Criterion.builder("fibre").name("Cáp quang", "Fibre").level(AdminLevel.VILLAGE)
                    .flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(C).build())
            .criterion(Criterion.builder("wifi").name("Wifi", "Wifi").level(AdminLevel.VILLAGE)
                    .flag(Metrics.WIFI_AT_CULTURAL_HOUSE).citation(C).build())
            .criterion(Criterion.builder("eid-villages").name("Thôn có định danh", "Villages with electronic ID").level(AdminLevel.COMMUNE)
                    .measure(Measure.countMeeting(AdminLevel.VILLAGE, "eid"), Threshold.atLeast(3)).citation(C).build())
            .criterion(Criterion.builder("smart-villages").name("Thôn thông minh", "Smart villages").level(AdminLevel.COMMUNE)
                    .measure(Measure.countCertified(AdminLevel.VILLAGE, "sv"), Threshold.atLeast(2)).citation(C).build())
            .certification(new Certification("sv", Text.of("thôn thông minh", "smart village"), AdminLevel.VILLAGE,
                    Requirement.allOf(Requirement.meets("eid"), Requirement.anyOf(Requirement.meets("fibre"), Requirement.meets("wifi"))), C))
            .criterion(Criterion.builder("eid60").name("Định danh 60", "Electronic ID 60").level(AdminLevel.VILLAGE)
                    .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS), Threshold.atLeastPercent("60"))
                    .citation(C).build())
            .certification(new Certification("strict", Text.of("chặt", "strict"), AdminLevel.VILLAGE,
                    Requirement.allOf(Requirement.meets("eid60"), Requirement.meets("eid")), C))
            .certification(new Certification("two-of", Text.of("hai trong ba", "two of three"), AdminLevel.VILLAGE,
                    Requirement.atLeast(2, Requirement.meets("eid60"), Requirement.meets("fibre"), Requirement.meets("wifi")), C))
            .certification(new Certification("mixed", Text.of("hỗn hợp", "mixed"), AdminLevel.COMMUNE,
                    Requirement.allOf(Requirement.childrenCertified(1, AdminLevel.VILLAGE, "sv"), Requirement.meets("eid-villages")), C))
            .certification(communeCert("four", 4))
            .certification(communeCert("two", 2))
            .certification(communeCert("three", 3))
            .certification(communeCert("five", 5))
            .certification(new Certification("province", Text.of("tỉnh", "province"), AdminLevel.PROVINCE,
                    Requirement.childrenCertified(2, AdminLevel.VILLAGE, "sv"), C))
            .build();

    static final Assessment ASSESSMENT = Evaluator.create().evaluate(data(), PACK, DAY);

    private static Dataset data() {
        DatasetBuilder b = Dataset.builder(DAY).province("p", "Tỉnh").commune("xa", "Xã", "p");
        village(b, "v1", 60L, true, null);   // certified
        village(b, "v2", 40L, true, null);   // 10 short
        village(b, "v3", 70L, null, null);   // fibre and wifi unknown
        village(b, "v4", 48L, false, true);  // 2 short
        return b.build();
    }

    private static void village(DatasetBuilder b, String id, long eid, Boolean fibre, Boolean wifi) {
        b.village(id, "Thôn " + id, "xa").observe(id, Metrics.RESIDENTS, 100L).observe(id, Metrics.RESIDENTS_WITH_ELECTRONIC_ID, eid);
        if (fibre != null) {
            b.observe(id, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, fibre);
        }
        if (wifi != null) {
            b.observe(id, Metrics.WIFI_AT_CULTURAL_HOUSE, wifi);
        }
    }

    private static GapPlan plan(String unitId, String certificationId) {
        return GapPlan.of(ASSESSMENT, unitId, certificationId);
    }

    @Test
    void oneMoreCertifiedVillage_isTheClosestOne() {
        GapPlan plan = plan("xa", "two");
        assertThat(plan.isSufficient()).isTrue();
        assertThat(plan.steps()).singleElement().satisfies(s -> {
            assertThat(s.unitId()).isEqualTo("v4");
            assertThat(s.criterion().id()).isEqualTo("eid");
            assertThat(s.gap().orElseThrow().amount()).isEqualTo(2);
        });
        assertThat(plan.total()).isEqualTo(2);
    }

    @Test
    void twoMore_areTheTwoClosest_smallestFirst_passingOverTheVillageWithoutData() {
        GapPlan plan = plan("xa", "three");
        assertThat(plan.isSufficient()).isTrue();
        assertThat(plan.steps()).extracting(CriterionResult::unitId).containsExactly("v4", "v2");
        assertThat(plan.total()).isEqualTo(12);
    }

    @Test
    void moreThanCanStillBeCertified_isABlocker_afterEveryCandidatesPlan() {
        GapPlan plan = plan("xa", "five");
        assertThat(plan.isSufficient()).isFalse();
        assertThat(plan.steps()).extracting(CriterionResult::unitId).containsExactly("v4", "v2");
        assertThat(plan.blockers()).extracting(GapPlan.Blocker::unitId).containsExactly("v3", "xa");
        assertThat(plan.blockers().get(1).what().en()).isEqualTo("at least 5 villages certified \"smart village\"");
        assertThat(plan.blockers().get(1).why().en()).isEqualTo("only 3 villages below could still be certified; 4 more are needed");
    }

    @Test
    void villagesAreFoundBelowEveryLevelBetween() {
        GapPlan plan = plan("p", "province");
        assertThat(plan.steps()).extracting(CriterionResult::unitId).containsExactly("v4");
        assertThat(new GapPlanner(ASSESSMENT).below("p", AdminLevel.VILLAGE)).extracting(u -> u.unit().id()).containsExactly("v1", "v2", "v3", "v4");
        assertThat(new GapPlanner(ASSESSMENT).below("p", AdminLevel.COMMUNE)).extracting(u -> u.unit().id()).containsExactly("xa");
        assertThat(new GapPlanner(ASSESSMENT).below("v1", AdminLevel.VILLAGE)).isEmpty();
    }

    @Test
    void aVillagesOwnPlan_passesOverTheOptionItAlreadyMeets() {
        assertThat(plan("v1", "sv").steps()).isEmpty();
        assertThat(plan("v2", "sv").steps()).extracting(s -> s.gap().orElseThrow().amount()).containsExactly(10L);
        GapPlan v3 = plan("v3", "sv");
        assertThat(v3.isSufficient()).isFalse();
        assertThat(v3.steps()).isEmpty();
        assertThat(v3.blockers()).singleElement().satisfies(b -> assertThat(b.what().en()).isIn("Fibre", "Wifi"));
        assertThat(plan("v4", "sv").steps()).extracting(s -> s.gap().orElseThrow().amount()).containsExactly(2L);
        assertThatThrownBy(() -> plan("ghost", "sv")).isInstanceOf(IllegalArgumentException.class).hasMessage("no unit 'ghost'");
        assertThatThrownBy(() -> plan("v1", "none")).isInstanceOf(IllegalArgumentException.class).hasMessage("no certification 'none'");
    }

    @Test
    void aCertificationNotMet_explainsWhichOfItsCriteriaAreMet_inTreeOrder() {
        var v2 = ASSESSMENT.unit("v2").orElseThrow().certification("sv").orElseThrow();
        assertThat(v2.status()).isEqualTo(Status.NOT_MET);
        assertThat(ASSESSMENT.explain(v2).en()).isEqualTo("Thôn v2 is not certified \"smart village\"; met: Fibre; not met: Electronic ID. Source: test.");
        var v4 = ASSESSMENT.unit("v4").orElseThrow().certification("sv").orElseThrow();
        assertThat(ASSESSMENT.explain(v4).en()).startsWith("Thôn v4 is not certified \"smart village\"; met: Wifi; not met: Electronic ID");
        var xa = ASSESSMENT.unit("xa").orElseThrow().certification("three").orElseThrow();
        assertThat(ASSESSMENT.explain(xa).en())
                .isEqualTo("Xã is not certified \"commune three\"; met: —; not met: at least 3 villages certified \"smart village\". Source: test.");
        var v3 = ASSESSMENT.unit("v3").orElseThrow().certification("sv").orElseThrow();
        assertThat(ASSESSMENT.explain(v3).en()).startsWith("Thôn v3 cannot yet be certified \"smart village\": data is missing for ");
    }

    @Test
    void aDrilldownOverVillagesMeetingACriterion_namesHowFewAreNeeded() {
        Drilldown r = Drilldown.of(ASSESSMENT, "xa", "eid-villages");
        assertThat(r.parent().status()).isEqualTo(Status.NOT_MET);
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.children()).extracting(Drilldown.Child::unitId).containsExactly("v4", "v2");
        assertThat(r.children()).extracting(c -> c.gap().getAsLong()).containsExactly(2L, 10L);
        assertThat(r.summary().en()).startsWith("2 of 4 villages do not yet count towards \"Villages with electronic ID\". "
                + "1 more villages are needed; the 1 closest need at most 2 each (");
    }

    @Test
    void aDrilldownOverCertifiedVillages_givesEachItsPlan_closestFirst_andRefusesOtherRules() {
        Drilldown r = Drilldown.of(ASSESSMENT, "xa", "smart-villages");
        assertThat(r.level()).isEqualTo(AdminLevel.VILLAGE);
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.children()).extracting(Drilldown.Child::unitId).containsExactly("v4", "v2", "v3");
        assertThat(r.children().get(0).gap()).hasValue(2);
        assertThat(r.children().get(1).gap()).hasValue(10);
        assertThat(r.children().get(2).gap()).as("no change of figures certifies it").isEmpty();
        assertThat(r.children().get(2).status()).isEqualTo(Status.MISSING_DATA);
        assertThatThrownBy(() -> Drilldown.of(ASSESSMENT, "v1", "eid")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'eid' is not measured over the units below");
        assertThatThrownBy(() -> Drilldown.of(ASSESSMENT, "xa", "eid")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'eid' is not a criterion or target of xa");
        assertThatThrownBy(() -> Drilldown.of(ASSESSMENT, "ghost", "eid")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no unit 'ghost'");
    }

    @Test
    void aPlansSteps_areSmallestFirst_whateverTheOrderOfTheRequirements() {
        // v2 has 40 of 100: 20 short of 60 %, 10 short of 50 %.
        assertThat(plan("v2", "strict").steps()).extracting(s -> s.criterion().id()).containsExactly("eid", "eid60");
        assertThat(plan("v2", "strict").steps()).extracting(s -> s.gap().orElseThrow().amount()).containsExactly(10L, 20L);
    }

    @Test
    void atLeastNOf_takesTheNCheapest() {
        // v4 holds wifi; of eid60 (12 residents short) and fibre (one flag to set), fibre is the cheaper.
        GapPlan plan = plan("v4", "two-of");
        assertThat(plan.steps()).extracting(s -> s.criterion().id()).containsExactly("fibre");
        assertThat(plan.total()).isEqualTo(1);
        assertThat(plan.isSufficient()).isTrue();
    }

    @Test
    void villagesCertifiedEnough_needNothingMore_whileTheRestOfTheRequirementStillCounts() {
        GapPlan plan = plan("xa", "mixed");
        assertThat(plan.steps()).extracting(CriterionResult::unitId, s -> s.criterion().id()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("xa", "eid-villages"));
        assertThat(plan.blockers()).isEmpty();
    }

    @Test
    void exactlyAsManyCandidatesAsNeeded_isNoBlockerOfItsOwn() {
        GapPlan plan = plan("xa", "four");
        assertThat(plan.blockers()).extracting(GapPlan.Blocker::unitId).containsExactly("v3");
    }
}
