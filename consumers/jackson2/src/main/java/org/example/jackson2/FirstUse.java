package org.example.jackson2;

import java.nio.file.Path;
import java.time.LocalDate;

import vn.smartvillage.criteria.vn.SampleData;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;

/**
 * The library's first use in a fresh JVM, for {@code FirstUseOutputTest}: prints nothing of its own, so
 * anything on stdout or stderr comes from the library or its dependencies.
 */
public final class FirstUse {

    private FirstUse() {
    }

    /**
     * Runs {@link Jackson2Consumer#run} into the folder {@code args[0]}, then an evaluation the library warns
     * about (Nghệ An's 2021–2025 pack applied in 2027: stale; Bắc Giang's would say that Bắc Giang no longer exists); a failure ends the JVM with its stack trace.
     */
    public static void main(String[] args) throws Exception {
        Jackson2Consumer.run(Path.of(args[0]));
        Dataset data = SampleData.read(SampleData.Sample.NGHE_AN_VILLAGE);
        Assessment stale = Evaluator.create().evaluate(data, VietnamPacks.registry().resolve(VietnamPacks.NGHE_AN, data.asOf()),
                LocalDate.of(2027, 1, 1));
        if (stale.warnings().isEmpty()) {
            throw new IllegalStateException("the library gave no warning for a pack applied after it ended");
        }
    }
}
