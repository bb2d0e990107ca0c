package vn.smartvillage.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

import vn.smartvillage.data.Dataset;

/**
 * Measures the heap that household records take in a dataset: the used heap after a full collection
 * with the national dataset, less the same with only its units. Run with a large heap:
 *
 * <pre>
 * java -Xmx16g -cp benchmarks/target/benchmarks.jar vn.smartvillage.benchmarks.Memory NATIONAL
 * </pre>
 */
public final class Memory {

    private Memory() {
    }

    static long usedAfterGc() throws InterruptedException {
        MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return bean.getHeapMemoryUsage().getUsed();
    }

    /**
     * Prints the bytes per household.
     *
     * @param args the scale: TINY, QUICK, QUICK_2X or NATIONAL
     */
    public static void main(String[] args) throws InterruptedException {
        NationalData.Scale scale = NationalData.Scale.valueOf(args.length > 0 ? args[0] : "NATIONAL");
        NationalData data = NationalData.generate(scale, Benchmarks.SEED);
        Dataset units = data.unitsOnly();
        long withUnits = usedAfterGc();
        Dataset households = data.households();
        long withHouseholds = usedAfterGc();
        long bytes = withHouseholds - withUnits;
        System.out.printf(Locale.ROOT, "%s: %,d households take %,d bytes of heap: %.2f bytes each (%,d MiB)%n", scale,
                data.households, bytes, (double) bytes / data.households, bytes >> 20);
        // One evaluation makes the dataset's table (units numbered, figures in columns) and keeps an assessment with its columns.
        vn.smartvillage.evaluation.Assessment assessment = vn.smartvillage.evaluation.Evaluator.create().compile(Benchmarks.pack())
                .evaluate(households, Benchmarks.AS_OF);
        long evaluated = usedAfterGc();
        System.out.printf(Locale.ROOT, "%s: after one evaluation, the dataset's table and the assessment's columns take %,d bytes more: "
                + "%.2f bytes per household in all%n", scale, evaluated - withHouseholds, (double) (evaluated - withUnits) / data.households);
        // Keep them alive until measured.
        if (units.size() + households.size() + assessment.units().size() < 0) {
            throw new AssertionError();
        }
    }
}
