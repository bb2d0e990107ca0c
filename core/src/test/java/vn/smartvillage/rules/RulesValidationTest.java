package vn.smartvillage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.Component;
import vn.smartvillage.model.Pillar;

/** A pack built in Java is checked as a pack read from a file: every reference, at any depth. */
class RulesValidationTest {

    private static final Citation CITED = Citation.of("KH 20/KH-UBND").withSource("seed 000");
    private static final Criterion FIBRE = Criterion.builder("fibre").name("Cáp quang", "Fibre").level(VILLAGE)
            .pillar(Pillar.DIGITAL_SOCIETY).component(Component.INFRASTRUCTURE)
            .flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(CITED).build();

    private static RulePack.Builder pack() {
        return RulePack.builder("t", "1").title("t", "t").criterion(FIBRE);
    }

    private static vn.smartvillage.Problem problem(String packId) {
        return vn.smartvillage.Problem.of("pack.version.missing", Places.pack(packId));
    }

    private static Certification cert(Requirement r) {
        return new Certification("sv", Text.of("thôn thông minh", "smart village"), VILLAGE, r, CITED);
    }

    @Test
    void aCertificationNamingAnUnknownCriterion_isRefused_atAnyDepth() {
        for (Requirement r : List.of(Requirement.allOf(Requirement.meets("fibre"), Requirement.meets("nope")),
                Requirement.anyOf(Requirement.meets("nope"), Requirement.meets("fibre")),
                Requirement.atLeast(1, Requirement.meets("fibre"), Requirement.allOf(Requirement.meets("nope"))))) {
            assertThatThrownBy(() -> pack().certification(cert(r)).build()).as(r.toString())
                    .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack").hasMessageContaining("has 1 problem")
                    .satisfies(e -> assertThat(((SmartVillageException) e).problems().toString()).contains("nope"));
        }
        assertThat(pack().certification(cert(Requirement.allOf(Requirement.meets("fibre")))).build().certifications()).hasSize(1);
    }

    @Test
    void measuresOverChildren_mustNameRulesThatExistAtThatLevel() {
        Criterion share = Criterion.builder("share").name("s", "s").level(COMMUNE)
                .measure(Measure.shareMeeting(VILLAGE, "nope"), Threshold.atLeastPercent("50")).citation(CITED).build();
        Criterion count = Criterion.builder("count").name("c", "c").level(COMMUNE)
                .measure(Measure.countCertified(VILLAGE, "nope"), Threshold.atLeast(1)).citation(CITED).build();
        assertThatThrownBy(() -> pack().criterion(share).criterion(count).build()).isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack")
                .hasMessageContaining("has 2 problems");
        assertThatThrownBy(() -> pack().target(new Target(count, LocalDate.of(2025, 12, 31))).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack");
    }

    @Test
    void twoDifferentMetricsWithOneId_areFound_evenBehindAWholeOrAnAggregation() {
        Metric<Long> otherHouseholds = Metric.count("households", VILLAGE, Text.of("hộ khác", "other households"));
        Metric<Long> part = Metric.count("test.part", VILLAGE, Text.of("phần", "part")).withWhole(otherHouseholds);
        Criterion c = Criterion.builder("c").name("c", "c").level(VILLAGE).measure(Measure.ratio(part, Metrics.HOUSEHOLDS),
                Threshold.atLeastPercent("50")).citation(CITED).build();
        assertThatThrownBy(() -> pack().criterion(c).build()).hasMessageContaining("problem")
                .satisfies(e -> assertThat(((SmartVillageException) e).problems().toString()).contains("metric households"));
        Metric<Boolean> otherFlag = Metric.flag("household.fibre", vn.smartvillage.model.AdminLevel.HOUSEHOLD, Text.of("khác", "other"));
        Metric<Long> where = Metric.householdsWhere("test.where", Text.of("w", "w"), otherFlag);
        Criterion w = Criterion.builder("w").name("w", "w").level(VILLAGE).measure(Measure.ratio(where, Metrics.HOUSEHOLDS_WITH_FIBRE),
                Threshold.atLeastPercent("50")).citation(CITED).build();
        assertThatThrownBy(() -> pack().criterion(w).build())
                .satisfies(e -> assertThat(((SmartVillageException) e).problems().toString()).contains("metric household.fibre"));
    }

    @Test
    void aDeclaredMetricClashingWithAUsedOne_isRefused() {
        Metric<Boolean> clash = Metric.flag("village.fibre-and-mobile", VILLAGE, Text.of("khác", "other"));
        assertThatThrownBy(() -> pack().metric(clash).build())
                .satisfies(e -> assertThat(((SmartVillageException) e).problems().toString()).contains("metric village.fibre-and-mobile"));
    }

    @Test
    void theBuilderChainsEveryPart() {
        Criterion c = Criterion.builder("c").name("c", "c").level(VILLAGE).pillar(Pillar.DIGITAL_ECONOMY).component(Component.SERVICES)
                .flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(CITED).build();
        assertThat(c.pillar()).contains(Pillar.DIGITAL_ECONOMY);
        assertThat(c.component()).contains(Component.SERVICES);
        assertThat(Origin.definedIn("vn.national@2022").describeThreshold(Threshold.atLeastPercent("25")).en())
                .isEqualTo("threshold ≥ 25 % set by vn.national@2022");
        Origin twice = Origin.definedIn("a@1").withChange(Origin.Change.threshold("b@1", Threshold.atLeastPercent("25"),
                Threshold.atLeastPercent("30"))).withChange(Origin.Change.threshold("c@1", Threshold.atLeastPercent("30"),
                Threshold.atLeastPercent("35")));
        assertThat(twice.describeThreshold(Threshold.atLeastPercent("35")).en()).isEqualTo("threshold ≥ 35 % set by c@1 over ≥ 30 % in b@1");
    }

    @Test
    void provenanceIsKept_whenTheBuilderIsChained() {
        RulePack p = pack().origin("fibre", Origin.definedIn("parent@1")).ancestors(List.of("old@0")).ancestors(List.of("parent@1")).build();
        assertThat(p.origin("fibre")).contains(Origin.definedIn("parent@1"));
        assertThat(p.lineage()).containsExactly("t@1", "parent@1");
        assertThat(p.origin("nope")).isEmpty();
    }

    @Test
    void targetsAreFoundById() {
        Criterion a = Criterion.builder("a").name("a", "a").level(COMMUNE).measure(Measure.ratio(Metrics.WORK_RECORDS_ONLINE,
                Metrics.WORK_RECORDS), Threshold.atLeastPercent("60")).citation(CITED).build();
        Criterion b = Criterion.builder("b").name("b", "b").level(COMMUNE).measure(Measure.ratio(Metrics.WORK_RECORDS_ONLINE,
                Metrics.WORK_RECORDS), Threshold.atLeastPercent("80")).citation(CITED).build();
        RulePack p = pack().target(new Target(a, LocalDate.of(2025, 12, 31))).target(new Target(b, LocalDate.of(2025, 12, 31),
                BigDecimal.TEN)).build();
        assertThat(p.target("b").orElseThrow().indicator()).isSameAs(b);
        assertThat(p.target("b").orElseThrow().baseline()).contains(BigDecimal.TEN);
        assertThat(p.target("fibre")).isEmpty();
    }

    @Test
    void thresholds_checkTheirRange_andWriteThemselves() {
        assertThatThrownBy(() -> Threshold.atLeast(1_000_000_000_001L)).hasMessageContaining("at most 10^12");
        assertThat(Threshold.atLeast(1_000_000_000_000L).value()).isEqualByComparingTo("1000000000000");
        assertThatThrownBy(() -> Threshold.ofPercent(Comparison.AT_LEAST, new BigDecimal("100.5"))).hasMessageContaining("at most 100");
        assertThat(Threshold.of(Comparison.AT_LEAST, new BigDecimal("1E+2")).value().scale()).isZero();
        assertThat(Threshold.atMost(5).comparison()).isEqualTo(Comparison.AT_MOST);
        assertThat(Threshold.equalTo(3).comparison()).isEqualTo(Comparison.EQUAL_TO);
        assertThat(Comparison.AT_MOST.words().en()).isEqualTo("at most");
        assertThat(Comparison.EQUAL_TO.symbol()).isEqualTo("=");
    }

    @Test
    void textsOfValueObjects() {
        assertThat(Citation.of("QĐ 924/QĐ-TTg").withDate(LocalDate.of(2022, 8, 2)).withArticle("mục II").withSource("S2").toString())
                .isEqualTo("QĐ 924/QĐ-TTg (2022-08-02), mục II [S2]");
        assertThat(Citation.of("KH 20").toString()).isEqualTo("KH 20");
        assertThat(Citation.of("KH 20").withVerification(Citation.Verification.ONE_SOURCE).verification()).contains(Citation.Verification.ONE_SOURCE);
        assertThat(EffectivePeriod.between(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)).toString())
                .isEqualTo("2023-01-01 – 2025-12-31");
        assertThat(EffectivePeriod.ALWAYS.toString()).isEqualTo("… – …");
        // The summaries name the input: one pack built in Java, or a registry's packs (two broken documents here).
        assertThatThrownBy(() -> RulePack.builder("p", "1").build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack 'p' has ");
        assertThatThrownBy(() -> vn.smartvillage.packs.RulePackRegistry.builder()
                .add(vn.smartvillage.packs.PackSource.text("a.json", "{")).add(vn.smartvillage.packs.PackSource.text("b.json", "{")).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule packs have 2 problems");
        Origin o = Origin.definedIn("vn.national@2022").withChange(Origin.Change.threshold("vn.province@2023",
                Threshold.atLeastPercent("25"), Threshold.atLeastPercent("30")));
        assertThat(o.describeThreshold(Threshold.atLeastPercent("30")).en())
                .isEqualTo("threshold ≥ 30 % set by vn.province@2023 over ≥ 25 % in vn.national@2022");
        assertThat(FIBRE.pillar()).contains(Pillar.DIGITAL_SOCIETY);
        assertThat(FIBRE.component()).contains(Component.INFRASTRUCTURE);
        assertThat(Criterion.builder("u").name("u", "u").level(VILLAGE).notEncoded("chưa rõ", "not known").citation(CITED).build()
                .isEncoded()).isFalse();
    }
}
