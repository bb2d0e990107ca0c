package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.evaluation.Packs.DAY;
import static vn.smartvillage.evaluation.Packs.SEED_001;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import vn.smartvillage.Fraction;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.Comparison;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/** The laws of evaluation: exact boundaries, minimal gaps, monotonicity, consistent roll-ups, missing data. */
class EvaluatorProperties {

    private static final Evaluator EVALUATOR = Evaluator.create();

    /** A village's e-ID figures; {@code null} means not reported. */
    record Village(Long withId, Long residents) {
    }

    @Provide
    Arbitrary<Threshold> percentThresholds() {
        Arbitrary<BigDecimal> percent = Arbitraries.integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 2));
        return Combinators.combine(Arbitraries.of(Comparison.class), percent).as((c, p) -> Threshold.ofPercent(c, p));
    }

    @Provide
    Arbitrary<Village> villages() {
        Arbitrary<Long> residents = Arbitraries.longs().between(0, 5_000);
        return residents.flatMap(r -> Combinators.combine(
                Arbitraries.longs().between(0, r).injectNull(0.15),
                Arbitraries.just(r).injectNull(0.1)).as(Village::new));
    }

    private static CriterionResult evaluateVillage(Threshold t, long withId, long residents) {
        Dataset data = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p").village("v", "V", "c")
                .observe("v", Metrics.RESIDENTS, residents)
                .observe("v", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, withId)
                .build();
        return EVALUATOR.evaluate(data, Packs.of(Packs.electronicId(t)), DAY).unit("v").orElseThrow().criterion("eid").orElseThrow();
    }

    /** The oracle: BigInteger cross-multiplication, independent of Fraction and Exact. */
    private static boolean meets(Threshold t, long num, long den) {
        BigInteger lhs = BigInteger.valueOf(num).multiply(BigInteger.valueOf(100)).multiply(BigInteger.TEN.pow(t.value().scale()));
        BigInteger rhs = t.value().unscaledValue().multiply(BigInteger.valueOf(den));
        return t.comparison().test(lhs.compareTo(rhs));
    }

    @Property
    void thresholdIsExactAtTheBoundary(@ForAll("percentThresholds") Threshold t,
            @ForAll @LongRange(min = 1, max = 1_000_000) long den, @ForAll @LongRange(min = 0, max = 1_000_000) long rawNum) {
        long num = rawNum % (den + 1);
        CriterionResult r = evaluateVillage(t, num, den);
        assertThat(r.status()).isEqualTo(meets(t, num, den) ? Status.MET : Status.NOT_MET);
    }

    @Property
    void thresholdIsExactJustBelowAtAndAbove(@ForAll @IntRange(min = 1, max = 9_999) int basisPoints,
            @ForAll @LongRange(min = 1, max = 100) long scale) {
        // den = 10,000 * scale makes the threshold an exact whole number of people: just below fails, at meets.
        Threshold t = Threshold.ofPercent(Comparison.AT_LEAST, BigDecimal.valueOf(basisPoints, 2));
        long den = 10_000 * scale;
        long at = basisPoints * scale;
        assertThat(evaluateVillage(t, at - 1, den).status()).isEqualTo(Status.NOT_MET);
        assertThat(evaluateVillage(t, at, den).status()).isEqualTo(Status.MET);
        assertThat(evaluateVillage(t, at + 1, den).status()).isEqualTo(Status.MET);
    }

    @Property
    void gapIsMinimal(@ForAll("percentThresholds") Threshold t, @ForAll @LongRange(min = 1, max = 100_000) long den,
            @ForAll @LongRange(min = 0, max = 100_000) long rawNum) {
        Assume.that(t.comparison() != Comparison.EQUAL_TO);
        long num = rawNum % (den + 1);
        CriterionResult r = evaluateVillage(t, num, den);
        Assume.that(r.status() == Status.NOT_MET);
        if (r.gap().isEmpty()) {
            // No numerator from 0 to den meets it: the gap is rightly absent.
            for (long n : new long[] {0, den}) {
                assertThat(meets(t, n, den)).isFalse();
            }
            return;
        }
        Gap gap = r.gap().get();
        int sign = gap.isRemoval() ? -1 : 1;
        assertThat(gap.amount()).isPositive();
        assertThat(evaluateVillage(t, num + sign * gap.amount(), den).status()).isEqualTo(Status.MET);
        assertThat(evaluateVillage(t, num + sign * (gap.amount() - 1), den).status()).isEqualTo(Status.NOT_MET);
    }

    @Property
    void moreQualifyingHouseholds_neverTurnMetIntoNotMet(@ForAll @Size(min = 1, max = 60) List<Boolean> fibre,
            @ForAll("percentThresholds") Threshold t, @ForAll @IntRange(min = 0, max = 59) int flip) {
        Assume.that(t.comparison() != Comparison.EQUAL_TO);
        int i = flip % fibre.size();
        Assume.that(!fibre.get(i));
        List<Boolean> more = new ArrayList<>(fibre);
        more.set(i, true);
        Status before = fibreStatus(fibre, t);
        Status after = fibreStatus(more, t);
        if (t.comparison().lowerIsBetter()) {
            assertThat(before == Status.NOT_MET && after == Status.MET).as("≤ criterion: %s → %s", before, after).isFalse();
        } else {
            assertThat(before == Status.MET && after == Status.NOT_MET).as("≥ criterion: %s → %s", before, after).isFalse();
        }
    }

    private static Status fibreStatus(List<Boolean> fibre, Threshold t) {
        DatasetBuilder b = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p").village("v", "V", "c");
        fibre.forEach(f -> b.household("v", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, f)));
        Criterion c = Criterion.builder("fibre").name("cáp quang", "fibre").level(VILLAGE)
                .measure(Measure.ratio(Metrics.HOUSEHOLDS_WITH_FIBRE, Metrics.HOUSEHOLDS), t).citation(SEED_001).build();
        return EVALUATOR.evaluate(b.build(), Packs.of(c), DAY).unit("v").orElseThrow().criterion("fibre").orElseThrow().status();
    }

    private static Dataset commune(List<Village> villages) {
        DatasetBuilder b = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p");
        for (int i = 0; i < villages.size(); i++) {
            String id = "v" + i;
            b.village(id, "Thôn " + i, "c");
            Village v = villages.get(i);
            if (v.residents() != null) {
                b.observe(id, Metrics.RESIDENTS, v.residents());
            }
            if (v.withId() != null) {
                b.observe(id, Metrics.RESIDENTS_WITH_ELECTRONIC_ID, v.withId());
            }
        }
        return b.build();
    }

    private static RulePack shares(Threshold villageThreshold, Threshold communeShare) {
        return Packs.of(Packs.electronicId(villageThreshold),
                Criterion.builder("share").name("tỷ lệ thôn", "share of villages").level(COMMUNE)
                        .measure(Measure.shareMeeting(VILLAGE, "eid"), communeShare).citation(SEED_001).build(),
                Criterion.builder("count").name("số thôn", "number of villages").level(COMMUNE)
                        .measure(Measure.countMeeting(VILLAGE, "eid"), Threshold.atLeast(1)).citation(SEED_001).build());
    }

    @Property
    void rollUpCountsEqualTheChildrensVerdicts(@ForAll @Size(max = 30) List<@net.jqwik.api.From("villages") Village> villages,
            @ForAll("percentThresholds") Threshold t) {
        Assessment a = EVALUATOR.evaluate(commune(villages), shares(t, Threshold.atLeastPercent("50")), DAY);
        List<Status> statuses = a.units().stream().filter(u -> u.unit().level() == VILLAGE)
                .map(u -> u.criterion("eid").orElseThrow().status()).toList();
        UnitAssessment c = a.unit("c").orElseThrow();
        RollUp rollUp = c.rollUp(RuleKind.CRITERION, "eid").orElseThrow();
        for (Status s : Status.values()) {
            assertThat(rollUp.count(s)).as(s.name()).isEqualTo(statuses.stream().filter(x -> x == s).count());
        }
        assertThat(rollUp.total()).isEqualTo(villages.size());
        if (villages.isEmpty()) {
            // No village in the data: how many meet the criterion is unknown, never 0.
            assertThat(c.criterion("count").orElseThrow().status()).isEqualTo(Status.MISSING_DATA);
            assertThat(c.criterion("count").orElseThrow().value()).isEmpty();
        } else {
            assertThat(c.criterion("count").orElseThrow().value()).contains(Fraction.whole(rollUp.met()));
        }
        assertThat(a.unit("p").orElseThrow().rollUp(RuleKind.CRITERION, "eid").orElseThrow()).isEqualTo(rollUp);
    }

    @Property
    void missingDataIsNeverMet(@ForAll @Size(max = 30) List<@net.jqwik.api.From("villages") Village> villages,
            @ForAll("percentThresholds") Threshold t, @ForAll("percentThresholds") Threshold share) {
        Assessment a = EVALUATOR.evaluate(commune(villages), shares(t, share), DAY);
        for (int i = 0; i < villages.size(); i++) {
            Village v = villages.get(i);
            CriterionResult r = a.unit("v" + i).orElseThrow().criterion("eid").orElseThrow();
            if (v.withId() == null || v.residents() == null) {
                assertThat(r.status()).isEqualTo(Status.MISSING_DATA);
            }
        }
        RollUp rollUp = a.unit("c").orElseThrow().rollUp(RuleKind.CRITERION, "eid").orElseThrow();
        CriterionResult shareResult = a.unit("c").orElseThrow().criterion("share").orElseThrow();
        long applicable = rollUp.met() + rollUp.notMet() + rollUp.missingData();
        if (shareResult.status() == Status.MET) {
            // Met even if every undecided village turns out not to meet it, and even if all of them do.
            assertThat(meets(share, rollUp.met(), applicable)).isTrue();
            assertThat(meets(share, rollUp.met() + rollUp.missingData(), applicable)).isTrue();
        }
    }

    @Property
    void validationReportsEveryViolation(@ForAll @Size(min = 1, max = 40) List<@LongRange(min = -3, max = 3) Long> counts) {
        DatasetBuilder b = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            b.village("v" + i, "Thôn " + i, "c").observe("v" + i, Metrics.RESIDENTS, counts.get(i));
            if (counts.get(i) < 0) {
                expected.add("unit v" + i + ", metric residents");
            }
        }
        if (expected.isEmpty()) {
            assertThat(b.build().size()).isEqualTo(counts.size() + 2);
            return;
        }
        try {
            b.build();
            throw new AssertionError("expected an SmartVillageException");
        } catch (SmartVillageException e) {
            assertThat(e.problems()).extracting(p -> p.location().toString()).containsExactlyElementsOf(expected);
        }
    }
}
