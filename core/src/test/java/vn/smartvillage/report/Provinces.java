package vn.smartvillage.report;

import java.util.SplittableRandom;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;

/** Generated provinces for the HTML report's tests: many communes and villages, figures around the sample pack's thresholds. */
final class Provinces {

    private Provinces() {
    }

    /**
     * A province of {@code communes} communes of {@code villages} villages each, the same for the same seed; a
     * figure is left out with probability {@code missing} (0 for none, 1 for a dataset with units and no figures).
     */
    static Assessment of(int communes, int villages, double missing, long seed) {
        return country(1, communes, villages, missing, seed);
    }

    /**
     * {@code provinces} provinces ({@code tinh}, then {@code tinh-2}, …) of {@code communes} communes of {@code villages}
     * villages each, as {@link #of} makes one.
     */
    static Assessment country(int provinces, int communes, int villages, double missing, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DatasetBuilder b = Dataset.builder(Sample.AS_OF);
        for (int p = 1; p <= provinces; p++) {
            String province = p == 1 ? "tinh" : "tinh-" + p;
            b.province(province, p == 1 ? "Tỉnh thử" : "Tỉnh thử " + p);
            for (int c = 1; c <= communes; c++) {
                commune(b, random, province, p == 1 ? "xa-" + c : "xa-" + p + "-" + c, c, villages, missing);
            }
        }
        return Evaluator.create().evaluate(b.build(), Sample.PACK, Sample.AS_OF);
    }

    /** Commune {@code c} of {@code province} and its villages. */
    private static void commune(DatasetBuilder b, SplittableRandom random, String province, String commune, int c, int villages,
            double missing) {
        {
            b.commune(commune, "Xã " + c, province);
            if (random.nextDouble() >= missing) {
                long records = 100 + random.nextInt(900);
                b.observe(commune, Metrics.WORK_RECORDS, records).observe(commune, Metrics.WORK_RECORDS_ONLINE,
                        (long) (records * (0.4 + 0.4 * random.nextDouble())));
            }
            for (int v = 1; v <= villages; v++) {
                String village = commune + "-thon-" + v;
                b.village(village, "Thôn " + v + " xã " + c, commune);
                if (random.nextDouble() >= missing) {
                    long residents = 200 + random.nextInt(2000);
                    b.observe(village, Metrics.RESIDENTS, residents).observe(village, Metrics.RESIDENTS_WITH_ELECTRONIC_ID,
                            (long) (residents * (0.15 + 0.2 * random.nextDouble())));
                }
                if (random.nextDouble() >= missing) {
                    b.observe(village, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, random.nextDouble() < 0.8);
                }
            }
        }
    }
}
