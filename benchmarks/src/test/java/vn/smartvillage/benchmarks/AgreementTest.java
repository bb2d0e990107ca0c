package vn.smartvillage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;

/** The benchmark's own checks, on a tiny country, in the normal build. */
class AgreementTest {

    @Test
    void theCountryIsTheSameForTheSameSeedAndHasEveryHousehold() {
        NationalData a = NationalData.generate(NationalData.Scale.TINY, 7);
        NationalData b = NationalData.generate(NationalData.Scale.TINY, 7);
        assertThat(a.members).isEqualTo(b.members);
        assertThat(a.itModels).isEqualTo(b.itModels);
        assertThat(a.villageStart[a.villages]).isEqualTo(26_000);
        assertThat(Arrays.equals(a.members, NationalData.generate(NationalData.Scale.TINY, 8).members)).isFalse();
    }

    @Test
    void libraryAndBaselineAgreeOnEveryVerdictFromHouseholdsAndFromTotals() {
        NationalData d = NationalData.generate(NationalData.Scale.TINY, Benchmarks.SEED);
        var pack = Benchmarks.pack();
        Assessment fromHouseholds = Evaluator.create().evaluate(d.households(), pack, Benchmarks.AS_OF);
        Baseline.Verdicts byHand = Baseline.fromHouseholds(d);
        long compared = Agreement.check(d, fromHouseholds, byHand);
        assertThat(compared).isEqualTo(60 * 8 + 10 * 2 + 8);
        Agreement.check(d, Evaluator.create().evaluate(d.totals(), pack, Benchmarks.AS_OF),
                Baseline.fromTotals(d, NationalData.VillageTotals.of(d)));
        // The spreads put villages on both sides of every threshold.
        for (int rule = 0; rule < 8; rule++) {
            int r = rule;
            long met = 0;
            for (byte v : byHand.village()) {
                met += (v >> r) & 1;
            }
            assertThat(met).as("rule " + rule + " met by some, not all").isBetween(1L, 59L);
        }
    }

    @Test
    void theRuleEngineAgreesWithTheBaseline_andEveryBenchmarkRunsOnATinyCountry() {
        NationalData d = NationalData.generate(NationalData.Scale.TINY, Benchmarks.SEED);
        Baseline.Verdicts byHand = Baseline.fromHouseholds(d);
        Agreement.same(byHand, new JexlRules().evaluate(d, NationalData.VillageTotals.of(d)), "JEXL");
        // The setup checks library, baseline and engine against each other, and re-evaluation against a whole evaluation.
        Benchmarks b = new Benchmarks();
        b.scale = NationalData.Scale.TINY;
        b.setUp();
        assertThat(b.whatIfProvince()).isPositive();
        assertThat(b.reevaluateVillage().unit(b.changedVillage).orElseThrow().criterion("bench.village.electronic-id").orElseThrow()
                .isMet()).isTrue();
        assertThat(b.libraryHouseholdsSerial()).isEqualTo(b.libraryHouseholds());
    }
}
