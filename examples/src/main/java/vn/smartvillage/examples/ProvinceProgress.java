package vn.smartvillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.report.Drilldown;
import vn.smartvillage.report.Trend;
import vn.smartvillage.rules.RulePack;

/**
 * A province plan's progress: Bắc Giang's KH 20/KH-UBND asks that at least 70 % of communes have a
 * cooperative and that 95 % of the province's work records be processed online by the end of 2025.
 * This example evaluates a synthetic province on two dates, drills down to the communes holding the
 * cooperative target back, and paces the records target towards its deadline.
 *
 * <p>All figures are synthetic. Run it with {@code mvn -q -B -pl examples -am compile exec:java
 * -Dexec.mainClass=vn.smartvillage.examples.ProvinceProgress}.
 */
public final class ProvinceProgress {

    static final String PROVINCE = "tinh-mau";
    static final String COOPERATIVES = "vn.924.province.communes-with-cooperative";
    static final String RECORDS = "vn.924.province.work-records-online";

    private ProvinceProgress() {
    }

    /** A synthetic two-tier province of 10 communes on {@code day}: {@code withCooperative} of them have one. */
    static Dataset province(LocalDate day, int withCooperative, long recordsOnline) {
        DatasetBuilder b = Dataset.builder(day).province(PROVINCE, "Tỉnh mẫu (tổng hợp / synthetic)")
                .observe(PROVINCE, Metrics.WORK_RECORDS, 10_000L).observe(PROVINCE, Metrics.WORK_RECORDS_ONLINE, recordsOnline);
        for (int i = 1; i <= 10; i++) {
            String id = "xa-" + i;
            b.commune(id, "Xã " + i + " (tổng hợp)", PROVINCE).observe(id, Metrics.COOPERATIVES, i <= withCooperative ? 1L : 0L);
        }
        return b.build();
    }

    /** Evaluates the province in mid-2023 and mid-2024 and returns the progress report (English). */
    public static String run() {
        List<Assessment> series = new ArrayList<>();
        for (Object[] point : new Object[][] {{LocalDate.of(2023, 6, 30), 4, 8_000L}, {LocalDate.of(2024, 6, 30), 5, 8_600L}}) {
            Dataset data = province((LocalDate) point[0], (Integer) point[1], (Long) point[2]);
            RulePack pack = VietnamPacks.registry().resolve(VietnamPacks.BAC_GIANG, data.asOf());
            series.add(Evaluator.create().evaluate(data, pack));   // the rules as of the dataset's date
        }
        Assessment latest = series.get(series.size() - 1);
        StringBuilder out = new StringBuilder();
        Drilldown held = Drilldown.of(latest, PROVINCE, COOPERATIVES);
        out.append(held.parent().criterion().name().en()).append(": ").append(held.parent().reason().en()).append('\n');
        out.append(held.summary().en()).append('\n');
        held.children().forEach(c -> out.append("  ").append(c.name()).append(": ").append(c.reason().en()).append('\n'));
        Trend trend = Trend.of(series, PROVINCE, RECORDS);
        out.append(trend.summary().en()).append('\n');
        return out.toString();
    }

    /**
     * Prints the report.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        new PrintStream(System.out, true, StandardCharsets.UTF_8).print(run());
    }
}
