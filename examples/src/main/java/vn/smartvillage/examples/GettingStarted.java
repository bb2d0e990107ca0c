package vn.smartvillage.examples;

import java.time.LocalDate;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.criteria.vn.LegalDocuments;
import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/**
 * The snippet shown in README.md, compiled and run by {@code GettingStartedTest}, which also checks that
 * the README shows exactly these lines.
 */
public final class GettingStarted {

    private GettingStarted() {
    }

    /** Runs the README snippet and returns its criterion result. */
    public static CriterionResult run() {
        // tag::readme[]
        Dataset data = Dataset.builder(LocalDate.of(2023, 1, 24))
                .province("bac-giang", "Bắc Giang")
                .commune("quang-minh", "Quảng Minh", "bac-giang")
                .village("kha-ly-thuong", "Khả Lý Thượng", "quang-minh")
                .observe("kha-ly-thuong", Metrics.RESIDENTS, 4_000L)
                .observe("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 1_100L)
                .build();                       // throws SmartVillageException listing every problem

        Criterion electronicId = Criterion.builder("bg.village.electronic-id")
                .name("Tỷ lệ người dân sử dụng định danh cá nhân điện tử", "Share of residents using electronic ID")
                .level(AdminLevel.VILLAGE)
                .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS),
                         Threshold.atLeastPercent("25"))
                .citation(LegalDocuments.BAC_GIANG_SMART_VILLAGE)
                .build();
        RulePack pack = RulePack.builder("my.pack", "1").title("Gói của tôi", "My pack").criterion(electronicId).build();

        Assessment a = Evaluator.create().evaluate(data, pack);   // the rules in force on the dataset's date
        CriterionResult r = a.unit("kha-ly-thuong").orElseThrow().criterion("bg.village.electronic-id").orElseThrow();
        r.status();        // MET
        r.value();         // 1100/4000, exact
        r.reason().vi();   // "1.100/4.000 = 27,5 % (yêu cầu ≥ 25 %): đạt"
        // end::readme[]
        return r;
    }
}
