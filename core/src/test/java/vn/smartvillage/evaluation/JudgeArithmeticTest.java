package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.evaluation.Packs.SEED_001;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Fraction;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.Comparison;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/** Verdicts, gaps and progress for every comparison, with unknown parts and with numbers too big for longs. */
class JudgeArithmeticTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static CriterionResult ratio(Comparison cmp, String percent, long n, long d) {
        Criterion c = Criterion.builder("r").name("r", "r").level(VILLAGE)
                .measure(Measure.ratio(Metrics.HOUSEHOLDS_WITH_FIBRE, Metrics.HOUSEHOLDS), Threshold.ofPercent(cmp, new BigDecimal(percent)))
                .citation(SEED_001).build();
        Dataset data = Dataset.builder(DAY).unit("v", "V", VILLAGE).observe("v", Metrics.HOUSEHOLDS, d)
                .observe("v", Metrics.HOUSEHOLDS_WITH_FIBRE, n).build();
        return Evaluator.create().evaluate(data, Packs.of(c), DAY).unit("v").orElseThrow().criterion("r").orElseThrow();
    }

    private static CriterionResult flags(Comparison cmp, long k, Boolean... values) {
        List<vn.smartvillage.metric.Metric<Boolean>> group = Metrics.IT_MODEL_FIELDS.subList(0, values.length);
        Criterion c = Criterion.builder("f").name("f", "f").level(VILLAGE)
                .measure(Measure.flagsHeld(group), Threshold.of(cmp, BigDecimal.valueOf(k))).citation(SEED_001).build();
        DatasetBuilder b = Dataset.builder(DAY).unit("v", "V", VILLAGE);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                b.observe("v", group.get(i), values[i]);
            }
        }
        return Evaluator.create().evaluate(b.build(), Packs.of(c), DAY).unit("v").orElseThrow().criterion("f").orElseThrow();
    }

    @Test
    void progress_towardsACeiling_isThresholdOverValue() {
        CriterionResult r = ratio(Comparison.AT_MOST, "10", 20, 100);
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.progress()).contains(Fraction.of(1, 2));
        assertThat(r.gap()).hasValueSatisfying(g -> {
            assertThat(g.amount()).isEqualTo(10);
            assertThat(g.isRemoval()).isTrue();
        });
        assertThat(ratio(Comparison.AT_MOST, "10", 10, 100).gap()).hasValueSatisfying(g -> {
            assertThat(g.amount()).isZero();
            assertThat(g.isRemoval()).as("a met ceiling has nothing left to remove").isTrue();
        });
        CriterionResult strict = ratio(Comparison.LESS_THAN, "5", 10, 100);
        assertThat(strict.progress()).contains(Fraction.of(1, 2));
        assertThat(strict.gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(6));
    }

    @Test
    void progress_forEqualTo_comesFromWhicheverSideTheValueIs() {
        CriterionResult above = ratio(Comparison.EQUAL_TO, "50", 60, 100);
        assertThat(above.status()).isEqualTo(Status.NOT_MET);
        assertThat(above.progress()).contains(Fraction.of(5, 6));
        assertThat(above.gap()).hasValueSatisfying(g -> assertThat(g.isRemoval()).isTrue());
        CriterionResult below = ratio(Comparison.EQUAL_TO, "50", 40, 100);
        assertThat(below.progress()).contains(Fraction.of(4, 5));
        assertThat(below.gap()).hasValueSatisfying(g -> {
            assertThat(g.amount()).isEqualTo(10);
            assertThat(g.isRemoval()).isFalse();
        });
        // 33 % of 4 households is not a whole number: no number of households can equal it.
        CriterionResult unreachable = ratio(Comparison.EQUAL_TO, "33", 1, 4);
        assertThat(unreachable.status()).isEqualTo(Status.NOT_MET);
        assertThat(unreachable.gap()).isEmpty();
    }

    @Test
    void progress_towardsAThreshold_isValueOverThreshold_reduced() {
        assertThat(ratio(Comparison.AT_LEAST, "80", 30, 100).progress()).contains(Fraction.of(3, 8));
        assertThat(ratio(Comparison.MORE_THAN, "80", 80, 100).progress()).contains(Fraction.ONE);
        assertThat(ratio(Comparison.MORE_THAN, "80", 80, 100).gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(1));
        assertThat(ratio(Comparison.MORE_THAN, "100", 100, 100).gap()).as("nothing is more than all").isEmpty();
        assertThat(ratio(Comparison.LESS_THAN, "0", 0, 100).gap()).as("nothing is less than none").isEmpty();
    }

    @Test
    void progress_withProductsBeyond63Bits_isExactOrRoundedDownToABillionth() {
        Criterion c = Criterion.builder("n").name("n", "n").level(COMMUNE).measure(Measure.count(Metrics.COOPERATIVES),
                Threshold.atLeast(900_000_000_000L)).citation(SEED_001).build();
        Dataset data = Dataset.builder(DAY).unit("c", "C", COMMUNE).observe("c", Metrics.COOPERATIVES, 300_000_000_000L).build();
        CriterionResult r = Evaluator.create().evaluate(data, Packs.of(c), DAY).unit("c").orElseThrow().criterion("n").orElseThrow();
        assertThat(r.progress()).contains(Fraction.of(1, 3));

        // 250,000,000,001 / 999,999,999,989 over 99.999999 %: the reduced fraction needs 67 bits, so it is
        // rounded down to a billionth.
        CriterionResult big = ratio(Comparison.AT_LEAST, "99.999999", 250_000_000_001L, 999_999_999_989L);
        assertThat(big.progress()).contains(Fraction.of(250_000_002L, 1_000_000_000L));
        // 250,000,000,001 / 10^12 over the same threshold reduces to 38/40 bits: exact.
        CriterionResult exact = ratio(Comparison.AT_LEAST, "99.999999", 250_000_000_001L, 1_000_000_000_000L);
        assertThat(exact.progress()).contains(Fraction.of(250_000_000_001L, 999_999_990_000L));
    }

    @Test
    void unknownFlags_decideOnlyWhenBothEndsAgree() {
        assertThat(flags(Comparison.AT_LEAST, 2, true, false, null).status()).isEqualTo(Status.MISSING_DATA);
        assertThat(flags(Comparison.AT_LEAST, 2, false, false, null).status()).isEqualTo(Status.NOT_MET);
        assertThat(flags(Comparison.AT_LEAST, 1, true, null, null).status()).isEqualTo(Status.MET);
        assertThat(flags(Comparison.AT_MOST, 1, true, null).status()).isEqualTo(Status.MISSING_DATA);
        assertThat(flags(Comparison.AT_MOST, 1, false, null).status()).isEqualTo(Status.MET);
        assertThat(flags(Comparison.AT_MOST, 0, true, null).status()).isEqualTo(Status.NOT_MET);
        assertThat(flags(Comparison.EQUAL_TO, 2, true, null, false).status()).isEqualTo(Status.MISSING_DATA);
        assertThat(flags(Comparison.EQUAL_TO, 3, true, null, false).status()).isEqualTo(Status.NOT_MET);
        assertThat(flags(Comparison.EQUAL_TO, 0, true, null).status()).isEqualTo(Status.NOT_MET);
        assertThat(flags(Comparison.EQUAL_TO, 1, true, null).status()).as("exactly one if the unknown is false").isEqualTo(Status.MISSING_DATA);
        CriterionResult undecided = flags(Comparison.AT_LEAST, 2, true, null, null);
        assertThat(undecided.gap()).isEmpty();
        assertThat(undecided.progress()).isEmpty();
        assertThat(undecided.reason().en()).isEqualTo("1 of 3, 2 unknown (required ≥ 2): missing data");
    }

    @Test
    void theMeasuresCheckTheTypesOfTheirMetrics() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Measure.ratio(Metrics.RESIDENTS, asCount(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE)))
                .hasMessageContaining("denominator 'village.fibre-and-mobile' must be a COUNT");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Measure.ratio(asCount(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE), Metrics.RESIDENTS))
                .hasMessageContaining("numerator");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Measure.count(asCount(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE)))
                .hasMessageContaining("must be a COUNT");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Measure.flag(asFlag(Metrics.RESIDENTS)))
                .hasMessageContaining("must be a FLAG");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Measure.flagsHeld(List.of(asFlag(Metrics.RESIDENTS))))
                .hasMessageContaining("must be a FLAG");
        assertThat(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS).metrics())
                .containsExactly(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS);
        assertThat(Measure.flagsHeld(Metrics.IT_MODEL_FIELDS).metrics()).containsExactlyElementsOf(Metrics.IT_MODEL_FIELDS);
    }

    @SuppressWarnings("unchecked")
    private static vn.smartvillage.metric.Metric<Long> asCount(vn.smartvillage.metric.Metric<?> m) {
        return (vn.smartvillage.metric.Metric<Long>) m;
    }

    @SuppressWarnings("unchecked")
    private static vn.smartvillage.metric.Metric<Boolean> asFlag(vn.smartvillage.metric.Metric<?> m) {
        return (vn.smartvillage.metric.Metric<Boolean>) m;
    }

    @Test
    void equalTo_gapsReachTheWhole_orNothing() {
        CriterionResult all = ratio(Comparison.EQUAL_TO, "100", 3, 4);
        assertThat(all.gap()).hasValueSatisfying(g -> {
            assertThat(g.amount()).isEqualTo(1);
            assertThat(g.isRemoval()).isFalse();
        });
        CriterionResult none = ratio(Comparison.EQUAL_TO, "0", 2, 4);
        assertThat(none.gap()).hasValueSatisfying(g -> {
            assertThat(g.amount()).isEqualTo(2);
            assertThat(g.isRemoval()).isTrue();
        });
        assertThat(none.progress()).contains(Fraction.ZERO);
        assertThat(ratio(Comparison.EQUAL_TO, "25", 3, 4).gap()).hasValueSatisfying(g -> {
            assertThat(g.amount()).isEqualTo(2);
            assertThat(g.isRemoval()).isTrue();
        });
        // "> 0" with 0: nothing of the way is done.
        CriterionResult anything = ratio(Comparison.MORE_THAN, "0", 0, 4);
        assertThat(anything.status()).isEqualTo(Status.NOT_MET);
        assertThat(anything.progress()).contains(Fraction.ZERO);
        assertThat(anything.gap()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(1));
    }

    @Test
    void aRuleMetDespiteUnknownParts_hasNoGapLeft() {
        CriterionResult r = flags(Comparison.AT_LEAST, 1, true, null, null);
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.gap()).hasValueSatisfying(g -> assertThat(g.amount()).isZero());
        assertThat(r.progress()).contains(Fraction.ONE);
    }

    @Test
    void countsOfChildren_sayTheirValue() {
        Criterion eid = Packs.electronicId(Threshold.atLeastPercent("25"));
        RulePack p = RulePack.builder("t", "1").title("t", "t").criterion(eid)
                .criterion(Criterion.builder("n").name("n", "n").level(COMMUNE).measure(Measure.countMeeting(VILLAGE, "eid"),
                        Threshold.atLeast(2)).citation(SEED_001).build())
                .criterion(Criterion.builder("s").name("s", "s").level(COMMUNE).measure(Measure.shareMeeting(VILLAGE, "eid"),
                        Threshold.atLeastPercent("50")).citation(SEED_001).build())
                .criterion(Criterion.builder("k").name("k", "k").level(COMMUNE).measure(Measure.count(Metrics.COOPERATIVES),
                        Threshold.atLeast(1)).citation(SEED_001).build())
                .build();
        Dataset data = Dataset.builder(DAY).unit("c", "C", COMMUNE).village("a", "A", "c").village("b", "B", "c")
                .observe("a", Metrics.RESIDENTS, 100L).observe("a", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 30L)
                .observe("b", Metrics.RESIDENTS, 100L).observe("b", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 10L)
                .observe("c", Metrics.COOPERATIVES, 3L).build();
        UnitAssessment c = Evaluator.create().evaluate(data, p, DAY).unit("c").orElseThrow();
        assertThat(c.criterion("n").orElseThrow().reason().en()).startsWith("1 (required ≥ 2): not met; 1 more needed");
        assertThat(c.criterion("s").orElseThrow().reason().en()).isEqualTo("1/2 = 50 % (required ≥ 50 %): met");
        assertThat(c.criterion("k").orElseThrow().reason().en()).isEqualTo("3 (required ≥ 1): met");

        // A village where the criterion does not apply (0 of 0 residents) is no village "missing" from the data.
        Dataset other = Dataset.builder(DAY).unit("c", "C", COMMUNE).village("a", "A", "c").village("z", "Z", "c")
                .observe("a", Metrics.RESIDENTS, 100L).observe("a", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 30L)
                .observe("z", Metrics.RESIDENTS, 0L).observe("z", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 0L).build();
        UnitAssessment c2 = Evaluator.create().evaluate(other, p, DAY).unit("c").orElseThrow();
        assertThat(c2.criterion("n").orElseThrow().reason().en()).startsWith("1 (required ≥ 2): not met");
    }

    @Test
    void flagsSayYesOrNo_andChildrenMayBeCountedAgainstATarget() {
        Criterion fibre = Criterion.builder("fibre").name("f", "f").level(VILLAGE).flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE)
                .citation(SEED_001).build();
        vn.smartvillage.rules.Target eid = new vn.smartvillage.rules.Target(Packs.electronicId(Threshold.atLeastPercent("25")),
                LocalDate.of(2025, 12, 31));
        RulePack p = RulePack.builder("t", "1").title("t", "t").criterion(fibre).target(eid)
                .criterion(Criterion.builder("n").name("n", "n").level(COMMUNE).measure(Measure.countMeeting(VILLAGE, "eid"),
                        Threshold.atLeast(1)).citation(SEED_001).build())
                .build();
        Dataset data = Dataset.builder(DAY).unit("c", "C", COMMUNE).village("a", "A", "c").village("b", "B", "c")
                .observe("a", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, true).observe("b", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, false)
                .observe("a", Metrics.RESIDENTS, 100L).observe("a", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 30L).build();
        Assessment a = Evaluator.create().evaluate(data, p, DAY);
        assertThat(a.unit("a").orElseThrow().criterion("fibre").orElseThrow().reason().en()).isEqualTo("yes (required: yes): met");
        assertThat(a.unit("b").orElseThrow().criterion("fibre").orElseThrow().reason().en()).startsWith("no (required: yes): not met");
        assertThat(a.unit("c").orElseThrow().criterion("n").orElseThrow().status()).isEqualTo(Status.MET);
    }

    @Test
    void aPackUsingNothingButThisCriterion_evaluatesWithoutOtherRules() {
        RulePack p = Packs.of(Criterion.builder("x").name("x", "x").level(VILLAGE).flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE)
                .citation(SEED_001).build());
        assertThat(p.criteria()).hasSize(1);
    }
}
