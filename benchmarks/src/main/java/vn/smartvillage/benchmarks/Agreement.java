package vn.smartvillage.benchmarks;

import java.util.List;

import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.RollUp;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.rules.RuleKind;

/** Checks that the library and the baseline give the same verdict for every rule of every unit. */
final class Agreement {

    static final List<String> VILLAGE_RULES = List.of("bench.village.electronic-id", "bench.village.fibre", "bench.village.smartphone",
            "bench.village.digital-address", "bench.village.fibre-and-mobile", "bench.village.officials", "bench.village.it-model");

    private Agreement() {
    }

    /** Throws naming the first unit and rule where the two differ; returns the number of verdicts compared. */
    static long check(NationalData d, Assessment a, Baseline.Verdicts b) {
        long compared = 0;
        for (int v = 0; v < d.villages; v++) {
            UnitAssessment u = a.unit(NationalData.village(v)).orElseThrow();
            for (int rule = 0; rule < VILLAGE_RULES.size(); rule++) {
                Status s = u.criterion(VILLAGE_RULES.get(rule)).orElseThrow().status();
                same(s, (b.village()[v] >> rule & 1) == 1, "village " + v + ", " + VILLAGE_RULES.get(rule));
                compared++;
            }
            same(u.certification("bench.smart-village").orElseThrow().status(), (b.village()[v] >> Baseline.SMART & 1) == 1,
                    "village " + v + ", smart village");
            compared++;
        }
        for (int c = 0; c < d.communes; c++) {
            UnitAssessment u = a.unit(NationalData.commune(c)).orElseThrow();
            same(u.criterion("bench.commune.work-records-online").orElseThrow().status(), b.communeRecords()[c], "commune " + c + ", records");
            same(u.criterion("bench.commune.smart-village").orElseThrow().status(), b.communeSmart()[c], "commune " + c + ", smart village");
            compared += 2;
        }
        for (int p = 0; p < d.provinces; p++) {
            UnitAssessment u = a.unit(NationalData.province(p)).orElseThrow();
            same(u.target("bench.province.smart-villages").orElseThrow().status(), b.provinceTarget()[p], "province " + p + ", target");
            for (int rule = 0; rule < VILLAGE_RULES.size(); rule++) {
                long met = u.rollUp(RuleKind.CRITERION, VILLAGE_RULES.get(rule)).orElseThrow().met();
                if (met != b.provinceTally()[p][rule]) {
                    throw new IllegalStateException("province " + p + ", " + VILLAGE_RULES.get(rule) + ": library counts " + met
                            + " villages meeting it, baseline " + b.provinceTally()[p][rule]);
                }
            }
            compared += 1 + VILLAGE_RULES.size();
        }
        return compared;
    }

    /** Throws naming the first unit and rule where two sets of verdicts (the baseline's and a rule engine's) differ. */
    static void same(Baseline.Verdicts expected, Baseline.Verdicts actual, String who) {
        for (int v = 0; v < expected.village().length; v++) {
            if (expected.village()[v] != actual.village()[v]) {
                throw new IllegalStateException("village " + v + ": baseline " + Integer.toBinaryString(expected.village()[v] & 0xFF) + ", "
                        + who + " " + Integer.toBinaryString(actual.village()[v] & 0xFF));
            }
        }
        if (!java.util.Arrays.equals(expected.communeRecords(), actual.communeRecords())
                || !java.util.Arrays.equals(expected.communeSmart(), actual.communeSmart())
                || !java.util.Arrays.equals(expected.provinceTarget(), actual.provinceTarget())
                || !java.util.Arrays.deepEquals(expected.communeTally(), actual.communeTally())
                || !java.util.Arrays.deepEquals(expected.provinceTally(), actual.provinceTally())) {
            throw new IllegalStateException("a commune or province verdict or tally: baseline and " + who + " differ");
        }
    }

    private static void same(Status library, boolean baselineMet, String where) {
        if (library != (baselineMet ? Status.MET : Status.NOT_MET)) {
            throw new IllegalStateException(where + ": library " + library + ", baseline " + (baselineMet ? "met" : "not met"));
        }
    }
}
