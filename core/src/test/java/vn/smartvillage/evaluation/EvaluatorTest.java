package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.smartvillage.evaluation.Packs.DAY;
import static vn.smartvillage.evaluation.Packs.SEED_001;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.PROVINCE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Fraction;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.EffectivePeriod;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;
import vn.smartvillage.rules.WhenEmpty;

class EvaluatorTest {

    private static final Evaluator EVALUATOR = Evaluator.create();

    private static DatasetBuilder commune() {
        return Dataset.builder(DAY)
                .province("bg", "Bắc Giang")
                .commune("quang-minh", "Quảng Minh", "bg")
                .village("kha-ly-thuong", "Khả Lý Thượng", "quang-minh");
    }

    private static CriterionResult village(RulePack pack, UnaryOperator<DatasetBuilder> data, String criterionId) {
        Assessment a = EVALUATOR.evaluate(data.apply(commune()).build(), pack, DAY);
        return a.unit("kha-ly-thuong").orElseThrow().criterion(criterionId).orElseThrow();
    }

    private static UnaryOperator<DatasetBuilder> eid(long withId, long residents) {
        return b -> b.observe("kha-ly-thuong", Metrics.RESIDENTS, residents)
                .observe("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, withId);
    }

    // --- ratio ------------------------------------------------------------------------------------

    @Test
    void ratio_1000of4000_meets25Percent_and999_missesByExactlyOne() {
        RulePack pack = Packs.of(Packs.electronicId(Threshold.atLeastPercent("25")));

        CriterionResult atThreshold = village(pack, eid(1000, 4000), "eid");
        assertThat(atThreshold.status()).isEqualTo(Status.MET);
        assertThat(atThreshold.value()).contains(Fraction.of(1000, 4000));
        assertThat(atThreshold.gap()).hasValueSatisfying(g -> assertThat(g.amount()).isZero());
        assertThat(atThreshold.progress()).contains(Fraction.ONE);

        CriterionResult below = village(pack, eid(999, 4000), "eid");
        assertThat(below.status()).isEqualTo(Status.NOT_MET);
        assertThat(below.gap()).hasValueSatisfying(g -> {
            assertThat(g.amount()).isEqualTo(1);
            assertThat(g.isRemoval()).isFalse();
            assertThat(g.of()).isEqualTo(Metrics.RESIDENTS_WITH_ELECTRONIC_ID.name());
        });
        assertThat(below.percent()).contains(new BigDecimal("24.98"));
        assertThat(below.progress()).contains(Fraction.of(999, 1000));
    }

    @Test
    void ratio_reasonIsWrittenInBothLanguages_withEachLanguagesNumbers() {
        CriterionResult r = village(Packs.of(Packs.electronicId(Threshold.atLeastPercent("27.6"))), eid(1100, 4000), "eid");
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.reason().vi()).isEqualTo("1.100/4.000 = 27,5 % (yêu cầu ≥ 27,6 %): chưa đạt; cần thêm 4 "
                + Metrics.RESIDENTS_WITH_ELECTRONIC_ID.name().vi());
        assertThat(r.reason().en()).isEqualTo("1,100/4,000 = 27.5 % (required ≥ 27.6 %): not met; 4 more needed ("
                + Metrics.RESIDENTS_WITH_ELECTRONIC_ID.name().en() + ")");
    }

    @Test
    void ratio_missingNumerator_isMissingData_neverZero() {
        CriterionResult r = village(Packs.of(Packs.electronicId(Threshold.atLeastPercent("0"))),
                b -> b.observe("kha-ly-thuong", Metrics.RESIDENTS, 4000L), "eid");
        assertThat(r.status()).isEqualTo(Status.MISSING_DATA);
        assertThat(r.missing()).containsExactly("residents.electronic-id");
        assertThat(r.value()).isEmpty();
        assertThat(r.gap()).isEmpty();
    }

    @Test
    void ratio_zeroOfZero_isNotApplicable_unlessTheCriterionSaysOtherwise() {
        Criterion naByDefault = Packs.electronicId(Threshold.atLeastPercent("25"));
        assertThat(village(Packs.of(naByDefault), eid(0, 0), "eid").status()).isEqualTo(Status.NOT_APPLICABLE);

        Criterion metWhenEmpty = Criterion.builder("eid").name("a", "a").level(VILLAGE)
                .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS), Threshold.atLeastPercent("25"))
                .citation(SEED_001).whenEmpty(WhenEmpty.MET).build();
        assertThat(village(Packs.of(metWhenEmpty), eid(0, 0), "eid").status()).isEqualTo(Status.MET);
    }

    @Test
    void ratio_overHouseholdRecords() {
        Criterion fibre = Criterion.builder("fibre-households").name("Hộ có cáp quang", "Fibre households").level(VILLAGE)
                .measure(Measure.ratio(Metrics.HOUSEHOLDS_WITH_FIBRE, Metrics.HOUSEHOLDS), Threshold.atLeastPercent("80"))
                .citation(Packs.SEED_001).build();
        UnaryOperator<DatasetBuilder> households = b -> {
            for (int i = 0; i < 10; i++) {
                boolean hasFibre = i < 7;
                b.household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, hasFibre));
            }
            return b;
        };
        CriterionResult r = village(Packs.of(fibre), households, "fibre-households");
        assertThat(r.value()).contains(Fraction.of(7, 10));
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(1));
    }

    @Test
    void lowerIsBetter_gapIsHowManyToRemove() {
        Criterion atMost = Criterion.builder("late").name("Hồ sơ trễ hạn", "Late dossiers").level(VILLAGE)
                .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS), Threshold.atMostPercent("10"))
                .citation(SEED_001).build();
        CriterionResult r = village(Packs.of(atMost), eid(15, 100), "late");
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.gap()).hasValueSatisfying(g -> {
            assertThat(g.amount()).isEqualTo(5);
            assertThat(g.isRemoval()).isTrue();
        });
        assertThat(r.progress()).contains(Fraction.of(2, 3));
    }

    @Test
    void moreThan_isStrict() {
        RulePack pack = Packs.of(Packs.electronicId(Threshold.moreThanPercent("50")));
        assertThat(village(pack, eid(50, 100), "eid").status()).isEqualTo(Status.NOT_MET);
        assertThat(village(pack, eid(50, 100), "eid").gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(1));
        assertThat(village(pack, eid(51, 100), "eid").status()).isEqualTo(Status.MET);
    }

    @Test
    void lessThan_isStrict_andItsGapRemovesDownToOneBelow() {
        Criterion lessThan = Criterion.builder("late").name("trễ", "late").level(VILLAGE)
                .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS),
                        Threshold.ofPercent(vn.smartvillage.rules.Comparison.LESS_THAN, new BigDecimal("10")))
                .citation(SEED_001).build();
        CriterionResult at = village(Packs.of(lessThan), eid(10, 100), "late");
        assertThat(at.status()).isEqualTo(Status.NOT_MET);
        assertThat(at.gap()).hasValueSatisfying(g -> {
            assertThat(g.amount()).isEqualTo(1);
            assertThat(g.isRemoval()).isTrue();
        });
        assertThat(village(Packs.of(lessThan), eid(9, 100), "late").status()).isEqualTo(Status.MET);
    }

    @Test
    void equalTo_hasAGapOnlyWhenTheExactValueIsReachable() {
        Criterion all = Criterion.builder("all").name("tất cả", "all").level(VILLAGE)
                .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS),
                        Threshold.ofPercent(vn.smartvillage.rules.Comparison.EQUAL_TO, new BigDecimal("100")))
                .citation(SEED_001).build();
        assertThat(village(Packs.of(all), eid(2092, 2092), "all").status()).isEqualTo(Status.MET);
        CriterionResult short1 = village(Packs.of(all), eid(2091, 2092), "all");
        assertThat(short1.status()).isEqualTo(Status.NOT_MET);
        assertThat(short1.gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(1));

        Criterion third = Criterion.builder("third").name("một phần ba", "a third").level(VILLAGE)
                .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS),
                        Threshold.ofPercent(vn.smartvillage.rules.Comparison.EQUAL_TO, new BigDecimal("50")))
                .citation(SEED_001).build();
        // Half of 7 residents is not a whole number of people: no change meets it, so no gap is claimed.
        CriterionResult odd = village(Packs.of(third), eid(3, 7), "third");
        assertThat(odd.status()).isEqualTo(Status.NOT_MET);
        assertThat(odd.gap()).isEmpty();
        assertThat(odd.reason().en()).contains("cannot be met by changing");
    }

    // --- count, flag, group -----------------------------------------------------------------------

    @Test
    void count_isComparedAsAWholeNumber() {
        Criterion coops = Criterion.builder("coops").name("Có HTX", "Has a cooperative").level(COMMUNE)
                .measure(Measure.count(Metrics.COOPERATIVES), Threshold.atLeast(2)).citation(SEED_001).build();
        Assessment a = EVALUATOR.evaluate(commune().observe("quang-minh", Metrics.COOPERATIVES, 1L).build(), Packs.of(coops), DAY);
        CriterionResult r = a.unit("quang-minh").orElseThrow().criterion("coops").orElseThrow();
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.value()).contains(Fraction.whole(1));
        assertThat(r.gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(1));
        assertThat(r.percent()).isEmpty();
    }

    @Test
    void flag_metNotMetAndMissing() {
        RulePack pack = Packs.smartVillage();
        assertThat(village(pack, b -> b.observe("kha-ly-thuong", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, true), "fibre").status())
                .isEqualTo(Status.MET);
        CriterionResult no = village(pack, b -> b.observe("kha-ly-thuong", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, false), "fibre");
        assertThat(no.status()).isEqualTo(Status.NOT_MET);
        assertThat(no.gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(1));
        assertThat(no.reason().en()).startsWith("no (required: yes): not met");
        assertThat(village(pack, b -> b, "fibre").status()).isEqualTo(Status.MISSING_DATA);
    }

    @Test
    void flagsHeld_atLeastOneOf_isMetByOneEvenWhenOthersAreUnknown() {
        RulePack pack = Packs.smartVillage();
        CriterionResult oneKnown = village(pack, b -> b.observe("kha-ly-thuong", Metrics.IT_MODEL_PRODUCTION_BUSINESS, true), "it-model");
        assertThat(oneKnown.status()).isEqualTo(Status.MET);
        assertThat(oneKnown.progress()).contains(Fraction.ONE);
        assertThat(oneKnown.gap()).hasValueSatisfying(g -> assertThat(g.isClosed()).isTrue());

        CriterionResult noneKnown = village(pack, b -> b.observe("kha-ly-thuong", Metrics.IT_MODEL_HEALTH, false), "it-model");
        assertThat(noneKnown.status()).isEqualTo(Status.MISSING_DATA);
        assertThat(noneKnown.progress()).isEmpty();
        assertThat(noneKnown.gap()).isEmpty();
        assertThat(noneKnown.missing()).hasSize(Metrics.IT_MODEL_FIELDS.size() - 1).doesNotContain(Metrics.IT_MODEL_HEALTH.id());

        UnaryOperator<DatasetBuilder> allNo = b -> {
            Metrics.IT_MODEL_FIELDS.forEach(f -> b.observe("kha-ly-thuong", f, false));
            return b;
        };
        CriterionResult none = village(pack, allNo, "it-model");
        assertThat(none.status()).isEqualTo(Status.NOT_MET);
        assertThat(none.gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(1));
    }

    // --- children, certifications, roll-ups -------------------------------------------------------

    private static DatasetBuilder smartVillageData(DatasetBuilder b, String village, boolean fibre, long eid) {
        return b.observe(village, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, fibre)
                .observe(village, Metrics.IT_MODEL_PRODUCTION_BUSINESS, true)
                .observe(village, Metrics.RESIDENTS, 4000L)
                .observe(village, Metrics.RESIDENTS_WITH_ELECTRONIC_ID, eid);
    }

    @Test
    void certification_listsTheRequirementsStandingInTheWay() {
        Assessment a = EVALUATOR.evaluate(smartVillageData(commune(), "kha-ly-thuong", false, 999L).build(), Packs.smartVillage(), DAY);
        CertificationResult r = a.unit("kha-ly-thuong").orElseThrow().certification("smart-village").orElseThrow();
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.unmet()).containsExactly(Requirement.meets("fibre"), Requirement.meets("eid"));

        Assessment ok = EVALUATOR.evaluate(smartVillageData(commune(), "kha-ly-thuong", true, 1100L).build(), Packs.smartVillage(), DAY);
        assertThat(ok.unit("kha-ly-thuong").orElseThrow().certification("smart-village").orElseThrow().isCertified()).isTrue();
    }

    @Test
    void commune_countsAndSharesItsVillages_andRollsThemUp() {
        DatasetBuilder b = commune().village("v2", "Thôn hai", "quang-minh").village("v3", "Thôn ba", "quang-minh");
        smartVillageData(b, "kha-ly-thuong", true, 1100L);
        smartVillageData(b, "v2", true, 500L);
        b.observe("v3", Metrics.RESIDENTS, 100L); // v3: e-ID unknown
        Assessment a = EVALUATOR.evaluate(b.build(), Packs.smartVillage(), DAY);
        UnitAssessment commune = a.unit("quang-minh").orElseThrow();

        assertThat(commune.criterion("has-smart-village").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(commune.certification("model-commune").orElseThrow().isCertified()).isTrue();
        // 1 of 3 villages meets e-ID, v3 undecided: 1/3 < 50 % but 2/3 would pass, so the share is undecided.
        CriterionResult share = commune.criterion("share-eid").orElseThrow();
        assertThat(share.status()).isEqualTo(Status.MISSING_DATA);
        assertThat(share.value()).contains(Fraction.of(1, 3));
        assertThat(share.reason().en()).contains("1 unknown");

        RollUp eid = commune.rollUp(RuleKind.CRITERION, "eid").orElseThrow();
        assertThat(List.of(eid.met(), eid.notMet(), eid.missingData(), eid.notApplicable())).containsExactly(1L, 1L, 1L, 0L);
        assertThat(eid.share()).contains(Fraction.of(1, 3));
        RollUp certified = a.unit("bg").orElseThrow().rollUp(RuleKind.CERTIFICATION, "smart-village").orElseThrow();
        assertThat(certified.level()).isEqualTo(VILLAGE);
        assertThat(certified.met()).isEqualTo(1);
        assertThat(a.unit("bg").orElseThrow().rollUp(RuleKind.CERTIFICATION, "model-commune").orElseThrow().met()).isEqualTo(1);
    }

    @Test
    void shareCertified_isComparedWithAPercentage() {
        Criterion half = Criterion.builder("half-smart").name("nửa số thôn", "half the villages").level(COMMUNE)
                .measure(Measure.shareCertified(VILLAGE, "smart-village"), Threshold.atLeastPercent("50")).citation(SEED_001)
                .build();
        RulePack base = Packs.smartVillage();
        RulePack.Builder b = RulePack.builder("t", "1").title("t", "t").criterion(half);
        base.criteria().forEach(b::criterion);
        base.certifications().forEach(b::certification);
        DatasetBuilder data = commune().village("v2", "Thôn hai", "quang-minh").village("v3", "Thôn ba", "quang-minh");
        smartVillageData(data, "kha-ly-thuong", true, 1100L);
        smartVillageData(data, "v2", false, 1100L);
        smartVillageData(data, "v3", false, 1100L);
        CriterionResult r = EVALUATOR.evaluate(data.build(), b.build(), DAY).unit("quang-minh").orElseThrow()
                .criterion("half-smart").orElseThrow();
        assertThat(r.value()).contains(Fraction.of(1, 3));
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(1));
        assertThat(r.reason().en()).contains("1 more needed (villages certified \"smart village\")");
    }

    @Test
    void aCommuneWhoseVillagesAreNotInTheData_isNotSaidToHaveNoSmartVillage_andItsShareDoesNotApply() {
        Dataset data = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p").build();
        UnitAssessment c = EVALUATOR.evaluate(data, Packs.smartVillage(), DAY).unit("c").orElseThrow();
        CriterionResult count = c.criterion("has-smart-village").orElseThrow();
        assertThat(count.status()).isEqualTo(Status.MISSING_DATA);
        assertThat(count.gap()).isEmpty();
        assertThat(count.reason().en()).isEqualTo("missing data: the data has no villages below this unit");
        assertThat(c.certification("model-commune").orElseThrow().status()).isEqualTo(Status.MISSING_DATA);
        assertThat(c.criterion("share-eid").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aCommuneWithVillagesNoneOfThemSmart_hasNoSmartVillage() {
        Dataset data = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p").village("v", "V", "c")
                .observe("v", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, false).build();
        UnitAssessment c = EVALUATOR.evaluate(data, Packs.smartVillage(), DAY).unit("c").orElseThrow();
        assertThat(c.criterion("has-smart-village").orElseThrow().status()).isEqualTo(Status.NOT_MET);
        assertThat(c.certification("model-commune").orElseThrow().status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void anyOfAndAtLeast_combineVerdicts() {
        RulePack pack = RulePack.builder("t", "1").title("t", "t")
                .criterion(Criterion.builder("wifi").name("w", "w").level(VILLAGE).flag(Metrics.WIFI_AT_CULTURAL_HOUSE)
                        .citation(SEED_001).build())
                .criterion(Criterion.builder("cams").name("c", "c").level(VILLAGE).flag(Metrics.SECURITY_CAMERAS)
                        .citation(SEED_001).build())
                .criterion(Criterion.builder("team").name("t", "t").level(VILLAGE).flag(Metrics.COMMUNITY_DIGITAL_TEAM)
                        .citation(SEED_001).build())
                .certification(new Certification("any", Text.of("bất kỳ", "any"), VILLAGE,
                        Requirement.anyOf(Requirement.meets("wifi"), Requirement.meets("cams")), SEED_001))
                .certification(new Certification("two", Text.of("hai", "two"), VILLAGE,
                        Requirement.atLeast(2, Requirement.meets("wifi"), Requirement.meets("cams"), Requirement.meets("team")),
                        SEED_001))
                .build();
        Dataset data = commune().observe("kha-ly-thuong", Metrics.WIFI_AT_CULTURAL_HOUSE, false)
                .observe("kha-ly-thuong", Metrics.SECURITY_CAMERAS, true).build();
        UnitAssessment v = EVALUATOR.evaluate(data, pack, DAY).unit("kha-ly-thuong").orElseThrow();
        assertThat(v.certification("any").orElseThrow().status()).isEqualTo(Status.MET);
        // 1 met, 1 not, 1 unknown: two of three is still possible.
        CertificationResult two = v.certification("two").orElseThrow();
        assertThat(two.status()).isEqualTo(Status.MISSING_DATA);
        assertThat(two.unmet()).containsExactly(Requirement.meets("wifi"), Requirement.meets("team"));
    }

    // --- dates and targets ------------------------------------------------------------------------

    @Test
    void target_reportsProgressAndWhetherTheDeadlinePassed() {
        Criterion indicator = Criterion.builder("province-smart-villages").name("Số thôn thông minh", "Smart villages")
                .level(PROVINCE).measure(Measure.countCertified(VILLAGE, "smart-village"), Threshold.atLeast(20))
                .citation(SEED_001).build();
        RulePack base = Packs.smartVillage();
        RulePack.Builder b = RulePack.builder("t", "1").title("t", "t");
        base.criteria().forEach(b::criterion);
        base.certifications().forEach(b::certification);
        RulePack pack = b.target(new Target(indicator, LocalDate.of(2025, 12, 31), BigDecimal.ZERO)).build();

        Dataset data = smartVillageData(commune(), "kha-ly-thuong", true, 1100L).build();
        TargetResult r = EVALUATOR.evaluate(data, pack, DAY).unit("bg").orElseThrow().target("province-smart-villages").orElseThrow();
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.deadlinePassed()).isFalse();
        assertThat(r.result().progress()).contains(Fraction.of(1, 20));
        // Only one village exists, so 19 more smart villages cannot come from this dataset: no gap is claimed.
        assertThat(r.result().gap()).isEmpty();
        assertThat(EVALUATOR.evaluate(data, pack, LocalDate.of(2026, 1, 1)).unit("bg").orElseThrow()
                .target("province-smart-villages").orElseThrow().deadlinePassed()).isTrue();
    }

    @Test
    void criterionNotInForce_isNotApplicable() {
        Criterion later = Criterion.builder("eid").name("a", "a").level(VILLAGE)
                .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS), Threshold.atLeastPercent("25"))
                .citation(SEED_001).effective(EffectivePeriod.startingOn(LocalDate.of(2024, 1, 1))).build();
        CriterionResult r = village(Packs.of(later), eid(2000, 4000), "eid");
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(r.reason().en()).contains("not in force on 2023-01-24");
    }

    @Test
    void packNotYetInForce_isAnError_andAPastPack_warns() {
        RulePack future = RulePack.builder("future", "1").title("f", "f")
                .effective(EffectivePeriod.startingOn(LocalDate.of(2026, 2, 15))).build();
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class,
                () -> EVALUATOR.evaluate(commune().build(), future, DAY));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason().en()).contains("2026-02-15"));

        RulePack past = RulePack.builder("past", "1").title("p", "p")
                .effective(EffectivePeriod.between(LocalDate.of(2022, 8, 2), LocalDate.of(2025, 12, 31))).build();
        Assessment a = EVALUATOR.evaluate(commune().build(), past, LocalDate.of(2026, 3, 1));
        assertThat(a.warnings()).singleElement().satisfies(w -> assertThat(w.en()).contains("ended on 2025-12-31"));
    }

    // --- determinism ------------------------------------------------------------------------------

    @Test
    void sameInput_givesAnEqualAssessment_onEveryThread() {
        DatasetBuilder b = commune().village("v2", "Thôn hai", "quang-minh");
        smartVillageData(b, "kha-ly-thuong", true, 1100L);
        smartVillageData(b, "v2", false, 900L);
        Dataset data = b.build();
        RulePack pack = Packs.smartVillage();
        Assessment first = EVALUATOR.evaluate(data, pack, DAY);
        List<Assessment> parallel = IntStream.range(0, 64).parallel().mapToObj(i -> EVALUATOR.evaluate(data, pack, DAY)).toList();
        assertThat(parallel).allSatisfy(a -> assertThat(a).isEqualTo(first));
        assertThat(first.units()).extracting(u -> u.unit().id()).containsExactly("bg", "quang-minh", "kha-ly-thuong", "v2");
    }
}
