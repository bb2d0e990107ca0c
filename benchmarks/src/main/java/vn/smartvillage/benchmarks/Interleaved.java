package vn.smartvillage.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The benchmarks' operations measured in rounds, each round running every operation once after the other
 * in one JVM, so that each ratio (library against baseline, library against the rule engine) is taken
 * from times measured seconds apart, under the same load. On a machine shared with other work JMH's
 * benchmarks run minutes apart, one fork each, and their figures move with the load; these ratios move
 * much less. Prints, per operation, the median and the range of its times, and per pair, the median of
 * the ratios of each round.
 *
 * <pre>
 * java -Xmx12g -cp benchmarks/target/benchmarks.jar vn.smartvillage.benchmarks.Interleaved NATIONAL 30 10
 * </pre>
 * Arguments: the scale, the number of measured rounds (default 30), the number of warm-up rounds (default 10), and
 * optionally a pattern of the operations to run (then only the ratios of the pairs it runs are printed).
 */
public final class Interleaved {

    private Interleaved() {
    }

    public static void main(String[] args) {
        NationalData.Scale scale = NationalData.Scale.valueOf(args.length > 0 ? args[0] : "QUICK");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Benchmarks b = new Benchmarks();
        b.scale = scale;
        long start = System.nanoTime();
        b.setUp();
        System.out.printf(Locale.ROOT, "%s: setup (generate, build, agreement checks) %.1f s%n", scale, (System.nanoTime() - start) / 1e9);
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        ops.put("baselineHouseholds", b::baselineHouseholds);
        ops.put("libraryHouseholds", b::libraryHouseholds);
        ops.put("libraryHouseholdsSerial", b::libraryHouseholdsSerial);
        ops.put("baselineTotals", b::baselineTotals);
        ops.put("libraryTotals", b::libraryTotals);
        ops.put("jexlTotals", b::jexlTotals);
        ops.put("whatIfProvince", b::whatIfProvince);
        ops.put("reevaluateVillage", b::reevaluateVillage);
        if (args.length > 3) {
            // Only the operations whose names match, such as "libraryTotals" for a profile of one.
            ops.keySet().removeIf(k -> !k.matches(args[3]));
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        ops.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int r = 0; r < warmUp + rounds; r++) {
            for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
                double ms = time(op.getValue());
                if (r >= warmUp) {
                    times.get(op.getKey()).add(ms);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-26s %12s %12s %12s%n", "operation", "median ms", "min ms", "max ms");
        times.forEach((k, v) -> {
            double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-26s %12.4f %12.4f %12.4f%n", k, median(s), s[0], s[s.length - 1]);
        });
        if (args.length <= 3) {
            // The first evaluation of a dataset makes its table (units numbered, figures in columns, household facts end to end).
            for (boolean withHouseholds : new boolean[] {false, true}) {
                vn.smartvillage.data.Dataset fresh = withHouseholds ? b.data.households() : b.data.totals();
                long t0 = System.nanoTime();
                b.compiled.evaluate(fresh, Benchmarks.AS_OF);
                long t1 = System.nanoTime();
                b.compiled.evaluate(fresh, Benchmarks.AS_OF);
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "%s: first evaluation of a fresh dataset %.1f ms (its table made), the next %.1f ms%n",
                        withHouseholds ? "households" : "totals", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            }
        }
        ratio(times, "libraryHouseholds", "baselineHouseholds");
        ratio(times, "libraryHouseholdsSerial", "baselineHouseholds");
        ratio(times, "libraryTotals", "baselineTotals");
        ratio(times, "libraryHouseholds", "jexlTotals");
        ratio(times, "libraryHouseholdsSerial", "jexlTotals");
        ratio(times, "libraryTotals", "jexlTotals");
    }

    /** The time of one run of {@code op}, in milliseconds; a fast one is repeated for at least 20 ms and averaged. */
    private static double time(Supplier<Object> op) {
        int n = 0;
        Object sink = null;
        long start = System.nanoTime();
        long elapsed;
        do {
            sink = op.get();
            n++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < 20_000_000L);
        if (sink == null) {
            throw new IllegalStateException("no result");
        }
        return elapsed / 1e6 / n;
    }

    private static void ratio(Map<String, List<Double>> times, String a, String b) {
        List<Double> x = times.get(a);
        List<Double> y = times.get(b);
        if (x == null || y == null) {
            return;
        }
        double[] r = new double[x.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = x.get(i) / y.get(i);
        }
        Arrays.sort(r);
        double minA = x.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double minB = y.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        System.out.printf(Locale.ROOT, "%-26s / %-22s median %8.3f  (middle half %.3f–%.3f)  fastest / fastest %.3f%n", a, b, median(r),
                r[r.length / 4], r[(3 * r.length) / 4], minA / minB);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
