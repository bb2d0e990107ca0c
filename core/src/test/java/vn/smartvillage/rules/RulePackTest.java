package vn.smartvillage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.HOUSEHOLD;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Fraction;
import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.metric.Metric;

class RulePackTest {

    private static final Citation CITE = Citation.of("Test").withSource("test");

    private static Criterion flag(String id, vn.smartvillage.model.AdminLevel level) {
        return Criterion.builder(id).name(id, id).level(level).flag(Metrics.WIFI_AT_CULTURAL_HOUSE).citation(CITE).build();
    }

    @Test
    void everyBrokenReference_isReportedAtOnce() {
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class, () -> RulePack.builder("p", "1")
                .title("p", "p")
                .criterion(flag("a", VILLAGE))
                .criterion(flag("a", VILLAGE))                                                  // duplicate id
                .criterion(Criterion.builder("share").name("s", "s").level(COMMUNE)
                        .measure(Measure.shareMeeting(VILLAGE, "nope"), Threshold.atLeastPercent("50")).citation(CITE).build())
                .criterion(Criterion.builder("count").name("c", "c").level(COMMUNE)
                        .measure(Measure.countCertified(VILLAGE, "commune-title"), Threshold.atLeast(1)).citation(CITE).build())
                .certification(new Certification("commune-title", Text.of("x", "x"), COMMUNE,
                        Requirement.allOf(Requirement.meets("a"), Requirement.childrenCertified(1, COMMUNE, "ghost")), CITE))
                .build());
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "pack p, criterion a: the criterion id is used twice",
                "pack p, criterion share: the criterion 'nope' is not in the pack",
                "pack p, criterion count: the certification 'commune-title' is for a commune, not a village",
                "pack p, certification commune-title: the criterion 'a' applies to a village, not a commune",
                "pack p, certification commune-title: the level commune is not below commune",
                "pack p, certification commune-title: the certification 'ghost' is not in the pack");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.reason().vi()).isNotBlank());
    }

    @Test
    void twoDifferentMetricsWithOneId_areReported() {
        Metric<Boolean> impostor = Metric.flag(Metrics.WIFI_AT_CULTURAL_HOUSE.id(), VILLAGE, Text.of("khác", "other"));
        assertThatThrownBy(() -> RulePack.builder("p", "1").title("p", "p").metric(impostor).criterion(flag("a", VILLAGE)).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the rule pack")
                .hasMessageContaining("metric village.cultural-house-wifi: two different metrics share this id");
    }

    @Test
    void aPackWithoutTitleOrWithABadId_isReported() {
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class,
                () -> RulePack.builder("Bad Id", " ").build());
        assertThat(e.problems()).hasSize(3);
    }

    @Test
    void aCriterion_failsFastNamingWhatIsWrong() {
        Criterion.Builder share = Criterion.builder("eid").name("e", "e").level(VILLAGE).citation(CITE);
        assertThatThrownBy(() -> share.measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS),
                Threshold.atLeast(25)).build())
                .hasMessageContaining("criterion 'eid'").hasMessageContaining("needs a percentage threshold");
        assertThatThrownBy(() -> Criterion.builder("x").name("x", "x").level(VILLAGE).flag(Metrics.HOUSEHOLD_HAS_FIBRE)
                .citation(CITE).build())
                .hasMessageContaining("household.fibre").hasMessageContaining("use a village count");
        assertThatThrownBy(() -> Criterion.builder("x").name("x", "x").level(VILLAGE).measure(Measure.count(Metrics.WORK_RECORDS),
                Threshold.atLeast(1)).citation(CITE).build())
                .hasMessageContaining("work-records").hasMessageContaining("commune or above");
        assertThatThrownBy(() -> Criterion.builder("x").name("x", "x").level(VILLAGE)
                .measure(Measure.countMeeting(COMMUNE, "y"), Threshold.atLeast(1)).citation(CITE).build())
                .hasMessageContaining("not below");
        assertThatThrownBy(() -> flag("x", HOUSEHOLD)).hasMessageContaining("households");
        assertThatThrownBy(() -> Criterion.builder("x").name("x", "x").level(VILLAGE).flag(Metrics.WIFI_AT_CULTURAL_HOUSE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("criterion 'x': citation");
    }

    @Test
    void thresholds_areExactAndInRange() {
        assertThat(Threshold.atLeastPercent("25").asFraction()).isEqualTo(Fraction.of(25, 100));
        assertThat(Threshold.atLeastPercent("27.50").asFraction().compareTo(Fraction.of(11, 40))).isZero();
        assertThat(Threshold.atLeastPercent("25.0")).isEqualTo(Threshold.atLeastPercent("25"));
        assertThat(Threshold.atLeastPercent("27.5")).hasToString("≥ 27.5 %");
        assertThatThrownBy(() -> Threshold.atLeastPercent("120")).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> Threshold.atLeastPercent("-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Threshold.ofPercent(Comparison.AT_LEAST, new BigDecimal("0.0000001")))
                .hasMessageContaining("6 digits");
    }

    @Test
    void effectivePeriods_includeBothEnds() {
        EffectivePeriod p = EffectivePeriod.between(LocalDate.of(2022, 8, 2), LocalDate.of(2025, 12, 31));
        assertThat(p.contains(LocalDate.of(2022, 8, 2))).isTrue();
        assertThat(p.contains(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(p.contains(LocalDate.of(2022, 8, 1))).isFalse();
        assertThat(p.endedBefore(LocalDate.of(2026, 1, 1))).isTrue();
        assertThatThrownBy(() -> EffectivePeriod.between(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)))
                .hasMessageContaining("ends (2024-01-01) before it starts (2025-01-01)");
    }

    @Test
    void requirementGroups_rejectImpossibleCounts() {
        assertThatThrownBy(() -> Requirement.atLeast(3, Requirement.meets("a"), Requirement.meets("b")))
                .hasMessageContaining("at least 3 of 2");
        assertThatThrownBy(() -> Requirement.childrenCertified(0, VILLAGE, "x")).hasMessageContaining("at least 1");
    }
}
