package vn.smartvillage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Comparison;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

class SmartVillageArbitrariesProperties {

    private static final Citation CITED = Citation.of("Thử").withSource("test");

    @Property(tries = 300)
    void everyGeneratedDatasetIsValid_andEvaluates_inEveryShape(@ForAll("datasets") Dataset d) {
        boolean threeTier = d.units().stream().anyMatch(u -> u.level() == AdminLevel.DISTRICT);
        assertThat(threeTier).isEqualTo(d.asOf().isBefore(LocalDate.of(2025, 7, 1)));
        boolean emptyVillage = d.units().stream().anyMatch(u -> u.level() == AdminLevel.VILLAGE && d.observedMetrics(u.id()).isEmpty()
                && d.householdCount(u.id()) == 0);
        boolean totals = d.units().stream().anyMatch(u -> d.observed(u.id(), Metrics.RESIDENTS).isPresent());
        boolean records = d.units().stream().anyMatch(u -> d.householdCount(u.id()) > 0);
        Statistics.label("tiers").collect(threeTier ? 3 : 2);
        Statistics.label("empty village").collect(emptyVillage);
        Statistics.label("village totals").collect(totals);
        Statistics.label("household records").collect(records);
        Statistics.label("tiers").coverage(c -> {
            c.check(3).percentage(p -> p > 20);
            c.check(2).percentage(p -> p > 20);
        });
        Statistics.label("empty village").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("village totals").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("household records").coverage(c -> c.check(true).percentage(p -> p > 10));

        RulePack pack = RulePack.builder("t", "1").title("t", "t").criterion(criterion(Threshold.atLeastPercent("25"))).build();
        Assessment a = Evaluator.create().evaluate(d, pack, d.asOf());
        assertThat(a.units()).hasSize(d.size());
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return SmartVillageArbitraries.datasets();
    }

    private static Criterion criterion(Threshold t) {
        return Criterion.builder("eid").name("e", "e").level(AdminLevel.VILLAGE)
                .measure(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS), t).citation(CITED).build();
    }

    @Property(tries = 400)
    void aBoundaryGivesTheVerdictAndGapItPromises(@ForAll("boundaries") SmartVillageArbitraries.Boundary b) {
        Assessment a = Evaluator.create().evaluate(b.dataset(), RulePack.builder("t", "1").title("t", "t").criterion(b.criterion()).build(),
                b.dataset().asOf());
        CriterionResult r = a.unit(b.unitId()).orElseThrow().criterion(b.criterion().id()).orElseThrow();
        assertThat(r.status()).as(b.toString()).isEqualTo(b.expected());
        assertThat(r.gap()).as(b.toString()).hasValueSatisfying(g -> assertThat(g.amount()).isEqualTo(b.expectedGap()));
        Statistics.label("position").collect(b.position());
        Statistics.label("position").coverage(c -> {
            for (SmartVillageArbitraries.Position p : SmartVillageArbitraries.Position.values()) {
                c.check(p).count(n -> n > 0);
            }
        });
    }

    @Provide
    Arbitrary<SmartVillageArbitraries.Boundary> boundaries() {
        Arbitrary<Criterion> ratios = Arbitraries.of(Comparison.class).flatMap(cmp -> Arbitraries.of("25", "12.5", "33.333333", "80", "99.5", "50")
                .map(p -> criterion(Threshold.ofPercent(cmp, new java.math.BigDecimal(p)))));
        Arbitrary<Criterion> counts = Arbitraries.of(Comparison.class).flatMap(cmp -> Arbitraries.of("1", "8", "20", "2.5")
                .filter(v -> cmp != Comparison.EQUAL_TO || !v.contains("."))
                .map(v -> Criterion.builder("count").name("c", "c").level(AdminLevel.COMMUNE)
                        .measure(Measure.count(Metrics.COOPERATIVES), Threshold.of(cmp, new java.math.BigDecimal(v)))
                        .citation(CITED).build()));
        Arbitrary<Criterion> flags = Arbitraries.just(Criterion.builder("flag").name("f", "f").level(AdminLevel.VILLAGE)
                .flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(CITED).build());
        Arbitrary<Criterion> held = Arbitraries.integers().between(1, 6).map(k -> Criterion.builder("held").name("h", "h")
                .level(AdminLevel.VILLAGE).measure(Measure.flagsHeld(Metrics.IT_MODEL_FIELDS), Threshold.atLeast(k)).citation(CITED).build());
        return Arbitraries.oneOf(ratios, counts, flags, held).flatMap(SmartVillageArbitraries::around);
    }

    @Example
    void placesThatCannotExist_areRefusedWithTheReason() {
        Criterion zero = criterion(Threshold.atLeastPercent("0"));
        assertThatThrownBy(() -> SmartVillageArbitraries.around(zero, SmartVillageArbitraries.Position.JUST_BELOW))
                .hasMessageContaining("no value can sit JUST_BELOW");
        Criterion flag = Criterion.builder("flag").name("f", "f").level(AdminLevel.VILLAGE)
                .flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(CITED).build();
        assertThatThrownBy(() -> SmartVillageArbitraries.around(flag, SmartVillageArbitraries.Position.JUST_ABOVE))
                .hasMessageContaining("no value can sit JUST_ABOVE");
        Criterion children = Criterion.builder("share").name("s", "s").level(AdminLevel.COMMUNE)
                .measure(Measure.shareMeeting(AdminLevel.VILLAGE, "eid"), Threshold.atLeastPercent("50")).citation(CITED).build();
        assertThatThrownBy(() -> SmartVillageArbitraries.around(children)).hasMessageContaining("not ChildrenMeeting");
        assertThat(Measure.notEncoded("x", "x").metrics()).isEmpty();
    }
}
