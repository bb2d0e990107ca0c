package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.evaluation.Packs.SEED_001;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.DISTRICT;
import static vn.smartvillage.model.AdminLevel.PROVINCE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;

/** Certifications over children, roll-ups of every kind of rule, and warnings for every kind of district rule. */
class EvaluatorEdgesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
    private static final Criterion FIBRE = Criterion.builder("fibre").name("Cáp quang", "Fibre").level(VILLAGE)
            .flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(SEED_001).build();
    private static final Certification SMART = new Certification("sv", Text.of("thôn thông minh", "smart village"), VILLAGE,
            Requirement.meets("fibre"), SEED_001);
    private static final Certification TWO = new Certification("two", Text.of("hai thôn", "two villages"), COMMUNE,
            Requirement.childrenCertified(2, VILLAGE, "sv"), SEED_001);
    private static final Target RECORDS = new Target(Criterion.builder("records").name("Hồ sơ", "Records").level(COMMUNE)
            .measure(Measure.ratio(Metrics.WORK_RECORDS_ONLINE, Metrics.WORK_RECORDS), Threshold.atLeastPercent("60"))
            .citation(SEED_001).build(), LocalDate.of(2025, 12, 31));
    private static final RulePack PACK = RulePack.builder("t", "1").title("t", "t").criterion(FIBRE).certification(SMART)
            .certification(TWO).target(RECORDS).build();

    private static Assessment commune(Boolean... villages) {
        DatasetBuilder b = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p")
                .observe("c", Metrics.WORK_RECORDS, 10L).observe("c", Metrics.WORK_RECORDS_ONLINE, 6L);
        for (int i = 0; i < villages.length; i++) {
            b.village("v" + i, "V" + i, "c");
            if (villages[i] != null) {
                b.observe("v" + i, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, villages[i]);
            }
        }
        return Evaluator.create().evaluate(b.build(), PACK, DAY);
    }

    private static Status two(Assessment a) {
        return a.unit("c").orElseThrow().certification("two").orElseThrow().status();
    }

    @Test
    void atLeastTwoVillagesCertified_countsTheUndecidedOnesAsPossible() {
        assertThat(two(commune(true, true, false))).isEqualTo(Status.MET);
        assertThat(two(commune(true, null, false))).isEqualTo(Status.MISSING_DATA);
        assertThat(two(commune(true, false, false))).isEqualTo(Status.NOT_MET);
        assertThat(two(commune(null, null))).isEqualTo(Status.MISSING_DATA);
        assertThat(two(commune(true))).isEqualTo(Status.NOT_MET);
        assertThat(two(commune(true, false))).isEqualTo(Status.NOT_MET);
        assertThat(two(commune(false, null))).isEqualTo(Status.NOT_MET);
    }

    @Test
    void villagesWhereTheCertificationDoesNotApply_areNotMissing() {
        Criterion eid = Packs.electronicId(Threshold.atLeastPercent("25"));
        RulePack p = RulePack.builder("e", "1").title("e", "e").criterion(eid)
                .certification(new Certification("sv", Text.of("t", "t"), VILLAGE, Requirement.meets("eid"), SEED_001))
                .certification(new Certification("two", Text.of("h", "h"), COMMUNE, Requirement.childrenCertified(2, VILLAGE, "sv"), SEED_001))
                .build();
        // Village z has 0 of 0 residents: its share does not apply, so neither does its certification.
        Dataset data = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p").village("a", "A", "c").village("z", "Z", "c")
                .observe("a", Metrics.RESIDENTS, 100L).observe("a", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 50L)
                .observe("z", Metrics.RESIDENTS, 0L).observe("z", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 0L).build();
        Assessment a = Evaluator.create().evaluate(data, p, DAY);
        assertThat(a.unit("z").orElseThrow().certification("sv").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(a.unit("c").orElseThrow().certification("two").orElseThrow().status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void rollUpsCountEveryKindOfRule_atEveryLevelAbove() {
        Assessment a = commune(true, null, false);
        UnitAssessment province = a.unit("p").orElseThrow();
        assertThat(province.rollUp(RuleKind.CRITERION, "fibre").orElseThrow()).isEqualTo(new RollUp(RuleKind.CRITERION, "fibre",
                VILLAGE, 1, 1, 1, 0));
        assertThat(province.rollUp(RuleKind.CRITERION, "records").orElseThrow()).isEqualTo(new RollUp(RuleKind.CRITERION,
                "records", COMMUNE, 1, 0, 0, 0));
        assertThat(province.rollUp(RuleKind.CERTIFICATION, "sv").orElseThrow().met()).isEqualTo(1);
        assertThat(province.rollUp(RuleKind.CERTIFICATION, "two").orElseThrow().missingData()).isEqualTo(1);
        UnitAssessment commune = a.unit("c").orElseThrow();
        assertThat(commune.rollUp(RuleKind.CRITERION, "records")).as("a commune does not roll up its own level").isEmpty();
        assertThat(commune.rollUp(RuleKind.CERTIFICATION, "sv").orElseThrow().total()).isEqualTo(3);
        assertThat(a.unit("v0").orElseThrow().rollUps()).isEmpty();
    }

    @Test
    void afterTheReform_districtTargetsAndCertificationsAreNamedToo() {
        Criterion linkage = Criterion.builder("linkage").name("l", "l").level(DISTRICT).flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE
                ).citation(SEED_001).build();
        RulePack p = RulePack.builder("d", "1").title("d", "d")
                .target(new Target(Criterion.builder("d.records").name("r", "r").level(DISTRICT).measure(Measure.ratio(
                        Metrics.WORK_RECORDS_ONLINE, Metrics.WORK_RECORDS), Threshold.atLeastPercent("80")).citation(SEED_001).build(),
                        LocalDate.of(2025, 12, 31)))
                .criterion(linkage)
                .certification(new Certification("d.cert", Text.of("c", "c"), DISTRICT, Requirement.meets("linkage"), SEED_001))
                .criterion(Criterion.builder("p.flag").name("f", "f").level(PROVINCE).flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE)
                        .citation(SEED_001).build())
                .certification(new Certification("p.cert", Text.of("c", "c"), PROVINCE, Requirement.meets("p.flag"), SEED_001))
                .build();
        LocalDate after = LocalDate.of(2025, 8, 1);
        Assessment a = Evaluator.create().evaluate(Dataset.builder(after).province("p", "P").build(), p, after);
        assertThat(a.warnings()).singleElement().satisfies(w -> assertThat(w.en()).startsWith(
                "rules for districts (linkage, d.records, d.cert) are not applicable"));
    }

    @Test
    void valueObjects_compareByValue_andSayWhatTheyAre() {
        Assessment a = commune(true, false);
        Assessment b = commune(true, false);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(commune(false, false));
        assertThat(a.packRef().id()).isEqualTo("t");
        assertThat(a.packRef().version()).isEqualTo("1");
        assertThat(a.toString()).contains("t@1");
        CriterionResult r = a.unit("v0").orElseThrow().criterion("fibre").orElseThrow();
        CriterionResult same = b.unit("v0").orElseThrow().criterion("fibre").orElseThrow();
        assertThat(r).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(a.unit("v1").orElseThrow().criterion("fibre").orElseThrow());
        assertThat(r.toString()).contains("fibre", "v0", "MET");
        CriterionResult built = new CriterionResult(FIBRE, "v0", Status.MET, vn.smartvillage.Fraction.ONE,
                null, vn.smartvillage.Fraction.ONE, java.util.List.of(), Text.of("có", "yes"));
        assertThat(built.reason().en()).isEqualTo("yes");
        assertThat(PACK).isEqualTo(RulePack.builder("t", "1").title("t", "t").criterion(FIBRE).certification(SMART)
                .certification(TWO).target(RECORDS).build()).hasSameHashCodeAs(PACK)
                .isNotEqualTo(RulePack.builder("t", "1").title("t", "t").criterion(FIBRE).certification(SMART).build());
        assertThat(Gap.add(3, Text.of("hộ", "households")).toString()).isEqualTo("+3 households");
        assertThat(Gap.remove(2, Text.of("hộ", "households")).toString()).isEqualTo("-2 households");
    }
}
