package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.evaluation.Packs.SEED_001;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.PROVINCE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.time.LocalDate;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/**
 * The law of {@link CompiledPack#reevaluate}: after any chain of changes, each to one unit's figures (a
 * village's totals or household records, or a commune's own figure), the assessment re-evaluated from the
 * previous one equals a whole evaluation of the changed dataset; and re-evaluating leaves the assessment it
 * started from as it was. The countries have hundreds of units, so that a unit and its commune and
 * province lie in different chunks of the columns a re-evaluation shares with the assessment before.
 */
class ReevaluateProperties {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    /** A village figure summed over the villages of a commune and a province, unless the commune carries its own. */
    private static final Metric<Long> WELLS = Metric.summedCount("test.wells", VILLAGE, Text.of("giếng nước", "wells"));

    /** The smart-village pack, with rules above the villages that read the figures summed over them. */
    private static final RulePack PACK = pack();
    private static final CompiledPack COMPILED = Evaluator.create().compile(PACK);

    private static RulePack pack() {
        RulePack.Builder b = RulePack.builder("test.reevaluate", "1").title("Gói thử", "Test pack");
        RulePack smart = Packs.smartVillage();
        smart.criteria().forEach(b::criterion);
        smart.certifications().forEach(b::certification);
        b.criterion(Criterion.builder("commune-eid").name("Tỷ lệ người dân của xã có định danh", "Commune residents with electronic ID")
                .level(COMMUNE).measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS),
                        Threshold.atLeastPercent("30")).citation(SEED_001).build());
        b.criterion(Criterion.builder("commune-fibre").name("Tỷ lệ hộ của xã có cáp quang", "Commune households with fibre")
                .level(COMMUNE).measure(Measure.ratio(Metrics.HOUSEHOLDS_WITH_FIBRE, Metrics.HOUSEHOLDS),
                        Threshold.atLeastPercent("50")).citation(SEED_001).build());
        b.criterion(Criterion.builder("province-wells").name("Giếng nước của tỉnh", "Province wells")
                .level(PROVINCE).measure(Measure.count(WELLS), Threshold.atLeast(2_000))
                .citation(SEED_001).build());
        b.criterion(Criterion.builder("province-model-commune").name("Có xã kiểu mẫu", "Has a model commune")
                .level(PROVINCE).measure(Measure.countCertified(COMMUNE, "model-commune"), Threshold.atLeast(1))
                .citation(SEED_001).build());
        return b.build();
    }

    /**
     * What the country's units carry: per village its e-ID and residents totals (null for none), fibre (null
     * for unknown), an IT model, wells (null for none) and household records (null for none; per household its
     * members, those with electronic ID, and fibre); per commune its own number of wells (null for none).
     */
    private static final class Country {
        final int provinces;
        final int communes;
        final int villages;
        final boolean grouped;
        final Long[] eid;
        final Long[] residents;
        final Boolean[] fibre;
        final boolean[] itModel;
        final Long[] wells;
        final long[][][] households;
        final Long[] communeWells;

        Country(int provinces, int communes, int villages, boolean grouped, Random random) {
            this.provinces = provinces;
            this.communes = communes;
            this.villages = villages;
            this.grouped = grouped;
            eid = new Long[villages];
            residents = new Long[villages];
            fibre = new Boolean[villages];
            itModel = new boolean[villages];
            wells = new Long[villages];
            households = new long[villages][][];
            communeWells = new Long[communes];
            for (int v = 0; v < villages; v++) {
                change(v, random);
            }
            for (int c = 0; c < communes; c++) {
                communeWells[c] = random.nextBoolean() ? null : (long) random.nextInt(3_000);
            }
        }

        private Country(Country c) {
            provinces = c.provinces;
            communes = c.communes;
            villages = c.villages;
            grouped = c.grouped;
            eid = c.eid.clone();
            residents = c.residents.clone();
            fibre = c.fibre.clone();
            itModel = c.itModel.clone();
            wells = c.wells.clone();
            households = c.households.clone();
            communeWells = c.communeWells.clone();
        }

        /** {@return a copy of this country, to change apart from it} */
        Country copy() {
            return new Country(this);
        }

        /** Changes the figures of one unit, drawn from {@code random}: mostly a village's, sometimes a commune's own; returns its id. */
        String changeOne(Random random) {
            if (random.nextInt(5) == 0) {
                int c = random.nextInt(communes);
                communeWells[c] = communeWells[c] == null ? (long) random.nextInt(3_000) : null;
                return commune(c);
            }
            int v = random.nextInt(villages);
            change(v, random);
            return "v" + v;
        }

        /** Takes every figure and household record of a village of commune {@code communeId} away; returns its id. */
        String blankVillageOf(String communeId, Random random) {
            int c = Integer.parseInt(communeId.substring(1));
            int v = c + communes * random.nextInt((villages - 1 - c) / communes + 1);
            eid[v] = null;
            residents[v] = null;
            fibre[v] = null;
            wells[v] = null;
            households[v] = null;
            return "v" + v;
        }

        /** {@return the id of unit {@code id}'s commune: its own for a commune} */
        String communeOf(String id) {
            return id.startsWith("c") ? id : commune(communeOf(Integer.parseInt(id.substring(1))));
        }

        /** Gives village {@code v} new figures, drawn from {@code random}. */
        void change(int v, Random random) {
            if (random.nextInt(3) == 0) {
                int n = 1 + random.nextInt(6);
                long[][] records = new long[n][];
                for (int h = 0; h < n; h++) {
                    long members = 1 + random.nextInt(6);
                    records[h] = new long[] {members, random.nextInt((int) members + 1), random.nextInt(2)};
                }
                households[v] = records;
                residents[v] = null;
                eid[v] = null;
            } else {
                households[v] = null;
                residents[v] = random.nextInt(8) == 0 ? null : (long) random.nextInt(40);
                long whole = residents[v] == null ? 40 : residents[v];
                eid[v] = random.nextInt(6) == 0 ? null : (long) random.nextInt((int) whole + 1);
            }
            fibre[v] = random.nextInt(7) == 0 ? null : random.nextInt(4) != 0;
            itModel[v] = random.nextBoolean();
            wells[v] = random.nextInt(200) == 0 ? null : (long) random.nextInt(30);
        }

        String commune(int c) {
            return "c" + c;
        }

        int communeOf(int v) {
            return v % communes;
        }

        Dataset dataset() {
            DatasetBuilder b = Dataset.builder(DAY);
            for (int p = 0; p < provinces; p++) {
                b.province("p" + p, "P" + p);
            }
            if (grouped) {
                // Each commune followed by its villages.
                for (int c = 0; c < communes; c++) {
                    b.commune(commune(c), "C" + c, "p" + c % provinces);
                    for (int v = c; v < villages; v += communes) {
                        b.village("v" + v, "Thôn " + v, commune(c));
                    }
                }
            } else {
                // Every commune, then every village: a village's commune and province are far from it.
                for (int c = 0; c < communes; c++) {
                    b.commune(commune(c), "C" + c, "p" + c % provinces);
                }
                for (int v = 0; v < villages; v++) {
                    b.village("v" + v, "Thôn " + v, commune(communeOf(v)));
                }
            }
            for (int c = 0; c < communes; c++) {
                if (communeWells[c] != null) {
                    b.observe(commune(c), WELLS, communeWells[c]);
                }
            }
            for (int v = 0; v < villages; v++) {
                String id = "v" + v;
                if (residents[v] != null) {
                    b.observe(id, Metrics.RESIDENTS, residents[v]);
                }
                if (eid[v] != null) {
                    b.observe(id, Metrics.RESIDENTS_WITH_ELECTRONIC_ID, eid[v]);
                }
                if (fibre[v] != null) {
                    b.observe(id, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, fibre[v]);
                }
                for (int k = 0; k < Metrics.IT_MODEL_FIELDS.size(); k++) {
                    b.observe(id, Metrics.IT_MODEL_FIELDS.get(k), k == 0 && itModel[v]);
                }
                if (wells[v] != null) {
                    b.observe(id, WELLS, wells[v]);
                }
                if (households[v] != null) {
                    for (long[] h : households[v]) {
                        b.household(id, f -> f.set(Metrics.HOUSEHOLD_MEMBERS, h[0]).set(Metrics.HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID, h[1])
                                .set(Metrics.HOUSEHOLD_HAS_FIBRE, h[2] == 1));
                    }
                }
            }
            return b.build();
        }
    }

    @Property(tries = 30)
    void aChainOfReevaluations_equalsWholeEvaluations_andLeavesTheAssessmentBefore(
            @ForAll @IntRange(min = 1, max = 3) int provinces, @ForAll @IntRange(min = 3, max = 40) int communes,
            @ForAll @IntRange(min = 100, max = 700) int villages, @ForAll boolean grouped,
            @ForAll @IntRange(min = 1, max = 6) int steps, @ForAll long seed) {
        Random random = new Random(seed);
        Country country = new Country(provinces, communes, villages, grouped, random);
        Dataset data = country.dataset();
        Assessment previous = COMPILED.evaluate(data);
        for (int step = 0; step < steps; step++) {
            // A what-if from the same assessment, left behind: a village of the same commune loses its figures,
            // which must not reach the step's re-evaluation.
            Country whatIf = country.copy();
            String changed = country.changeOne(random);
            Dataset after = country.dataset();
            String other = whatIf.blankVillageOf(country.communeOf(changed), random);
            Dataset alternative = whatIf.dataset();
            Assessment otherWay = COMPILED.reevaluate(previous, alternative, other);
            // Two re-evaluations of the same change: one read whole here, the other the start of the next step,
            // unread until then, so that it is re-evaluated from as it was made.
            Assessment next = COMPILED.reevaluate(previous, after, changed);
            Assessment read = COMPILED.reevaluate(previous, after, changed);
            assertThat(read).as("step %d, %s changed", step, changed).isEqualTo(COMPILED.evaluate(after, previous.asOf()));
            assertThat(otherWay).as("step %d, %s changed instead", step, other).isEqualTo(COMPILED.evaluate(alternative, previous.asOf()));
            assertThat(previous).as("the assessment before step %d", step).isEqualTo(COMPILED.evaluate(data, previous.asOf()));
            previous = next;
            data = after;
        }
        assertThat(previous).isEqualTo(COMPILED.evaluate(data, previous.asOf()));
    }
}
