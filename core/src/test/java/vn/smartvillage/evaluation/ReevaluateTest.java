package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;

/**
 * Re-evaluating after one unit's figures changed ({@link CompiledPack#reevaluate}) gives what a whole
 * evaluation of the changed dataset gives, for a change that makes or breaks a verdict, a figure that
 * goes missing or comes in, household records, and a chain of changes; and it refuses what it cannot trust.
 */
class ReevaluateTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
    private static final RulePack PACK = Packs.smartVillage();
    private static final int VILLAGES = 12;

    /**
     * Two communes of six villages; village {@code i} has {@code eid.apply(i)} of 20 residents with electronic ID
     * (none given when null), fibre when {@code i % 3 != 0}, and one IT model when {@code i % 2 == 0}.
     */
    private static Dataset country(IntFunction<Long> eid) {
        DatasetBuilder b = Dataset.builder(DAY).province("p", "P").commune("c0", "C0", "p").commune("c1", "C1", "p");
        for (int i = 0; i < VILLAGES; i++) {
            String id = "v" + i;
            b.village(id, "Thôn " + i, "c" + (i / 6)).observe(id, Metrics.RESIDENTS, 20L)
                    .observe(id, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, i % 3 != 0);
            if (eid.apply(i) != null) {
                b.observe(id, Metrics.RESIDENTS_WITH_ELECTRONIC_ID, eid.apply(i));
            }
            for (int k = 0; k < Metrics.IT_MODEL_FIELDS.size(); k++) {
                b.observe(id, Metrics.IT_MODEL_FIELDS.get(k), k == 0 && i % 2 == 0);
            }
        }
        return b.build();
    }

    private static Long base(int i) {
        return (long) (i % 7);
    }

    @Test
    void changingOneVillage_givesWhatAWholeEvaluationGives() {
        CompiledPack compiled = Evaluator.create().compile(PACK);
        Assessment before = compiled.evaluate(country(ReevaluateTest::base));
        for (int v = 0; v < VILLAGES; v++) {
            int changed = v;
            // 0 breaks e-ID (needs 5 of 20), 20 makes it, null leaves it missing.
            for (Long value : new Long[] {0L, 5L, 20L, null}) {
                Dataset after = country(i -> i == changed ? value : base(i));
                Assessment again = compiled.reevaluate(before, after, "v" + changed);
                assertThat(again).as("village %d with %s", changed, value).isEqualTo(compiled.evaluate(after, before.asOf()));
            }
        }
    }

    @Test
    void theCommuneAndProvinceAbove_areJudgedAgain() {
        CompiledPack compiled = Evaluator.create().compile(PACK);
        // Village 4 (fibre, an IT model) becomes a smart village: commune c0 gains one, the province counts it.
        Assessment before = compiled.evaluate(country(i -> 0L));
        Assessment after = compiled.reevaluate(before, country(i -> i == 4 ? 20L : 0L), "v4");
        assertThat(before.unit("c0").orElseThrow().criterion("has-smart-village").orElseThrow().status()).isEqualTo(Status.NOT_MET);
        assertThat(after.unit("v4").orElseThrow().certification("smart-village").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(after.unit("c0").orElseThrow().criterion("has-smart-village").orElseThrow().status()).isEqualTo(Status.MET);
        assertThat(after.unit("c1").orElseThrow()).isEqualTo(before.unit("c1").orElseThrow());
        assertThat(after.unit("p").orElseThrow().rollUp(RuleKind.CERTIFICATION, "smart-village").orElseThrow().met()).isEqualTo(1);
    }

    @Test
    void aChainOfChanges_staysEqualToAWholeEvaluation() {
        CompiledPack compiled = Evaluator.create().compile(PACK);
        Long[] eid = new Long[VILLAGES];
        for (int i = 0; i < VILLAGES; i++) {
            eid[i] = base(i);
        }
        Assessment now = compiled.evaluate(country(i -> eid[i]));
        for (int step = 0; step < 20; step++) {
            int v = step * 5 % VILLAGES;
            eid[v] = step % 4 == 3 ? null : (long) (step * 3 % 21);
            Dataset after = country(i -> eid[i]);
            now = compiled.reevaluate(now, after, "v" + v);
            assertThat(now).as("step %d", step).isEqualTo(compiled.evaluate(after));
        }
    }

    @Test
    void householdRecordsOfOneVillage_changed() {
        CompiledPack compiled = Evaluator.create().compile(PACK);
        IntFunction<Dataset> withRecords = withId -> {
            DatasetBuilder b = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p");
            for (int i = 0; i < 3; i++) {
                String id = "v" + i;
                b.village(id, "Thôn " + i, "c").observe(id, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, true);
                for (int h = 0; h < 4; h++) {
                    long members = 3;
                    long ids = i == 1 && h < withId ? 3 : 0;
                    b.household(id, f -> f.set(Metrics.HOUSEHOLD_MEMBERS, members).set(Metrics.HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID, ids));
                }
            }
            return b.build();
        };
        Dataset first = withRecords.apply(0);
        Assessment before = compiled.evaluate(first);
        for (int n = 0; n <= 4; n++) {
            Dataset after = withRecords.apply(n);
            assertThat(compiled.reevaluate(before, after, "v1")).isEqualTo(compiled.evaluate(after));
        }
    }

    @Test
    void refuses_anAssessmentOfAnotherPack_anUnknownUnit_otherUnits_orAnotherDate() {
        CompiledPack compiled = Evaluator.create().compile(PACK);
        Dataset data = country(ReevaluateTest::base);
        Assessment before = compiled.evaluate(data);
        Assessment elsewhere = Evaluator.create().compile(PACK).evaluate(data);
        assertThatThrownBy(() -> compiled.reevaluate(elsewhere, data, "v1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not made by this compiled pack");
        assertThatThrownBy(() -> compiled.reevaluate(before, data, "nowhere")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere");
        Dataset fewer = Dataset.builder(DAY).province("p", "P").commune("c0", "C0", "p").build();
        assertThatThrownBy(() -> compiled.reevaluate(before, fewer, "c0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("units");
        Dataset later = Dataset.builder(DAY.plusDays(1)).province("p", "P").build();
        assertThatThrownBy(() -> compiled.reevaluate(before, later, "p")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dated");
    }
}
