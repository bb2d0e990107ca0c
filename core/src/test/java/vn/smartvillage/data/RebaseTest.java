package vn.smartvillage.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.OrganisationKind;
import vn.smartvillage.model.Unit;

/** Re-basing a dataset onto a succession: sums of whole parts, gaps for the rest, villages moving with their commune. */
class RebaseTest {

    private static final Metric<Long> RECORDS = Metric.count("records", AdminLevel.COMMUNE, Text.of("hồ sơ", "records"));
    private static final Metric<Boolean> POST = Metric.flag("post", AdminLevel.COMMUNE, Text.of("điểm bưu điện", "postal point"));
    private static final Metric<Boolean> RADIO = Metric.flag("radio", AdminLevel.COMMUNE, Text.of("đài", "radio"));
    private static final Metric<BigDecimal> BUDGET = Metric.amount("budget", AdminLevel.COMMUNE, Text.of("ngân sách", "budget"));
    private static final Metric<Long> RESIDENTS = Metric.summedCount("residents", AdminLevel.VILLAGE, Text.of("nhân khẩu", "residents"));
    private static final Metric<Boolean> FIBRE = Metric.flag("household.fibre", AdminLevel.HOUSEHOLD, Text.of("cáp quang", "fibre"));
    private static final LocalDate CHANGE = LocalDate.of(2025, 7, 1);

    /** P is made of old-p (in the data) and old-q (not); C of A and B, whole; D was divided into E and F. */
    private static final SuccessionMap MAP = SuccessionMap.of(CHANGE,
            List.of(new Unit("P", "Province P", AdminLevel.PROVINCE), new Unit("C", "Commune C", AdminLevel.COMMUNE, "P"),
                    new Unit("E", "Commune E", AdminLevel.COMMUNE, "P"), new Unit("F", "Commune F", AdminLevel.COMMUNE, "P"),
                    new Unit("G", "Commune G", AdminLevel.COMMUNE, "P")),
            Map.of("old-p", List.of("P"), "old-q", List.of("P"), "a", List.of("C"), "b", List.of("C"), "d", List.of("E", "F")));

    private static Dataset before() {
        return Dataset.builder(LocalDate.of(2023, 12, 31))
                .province("old-p", "Old P")
                .district("dist", "District", "old-p")
                .commune("a", "A", "dist").commune("b", "B", "dist").commune("d", "D", "dist").commune("z", "Z (no successor)", "dist")
                .village("va", "Village of A", "a").village("vd", "Village of D", "d").village("vd2", "Another village of D", "d")
                .observe("a", RECORDS, 100L, "register A").observe("b", RECORDS, 50L)
                .observe("a", POST, true).observe("b", POST, true)
                .observe("a", RADIO, true).observe("b", RADIO, false)
                .observe("a", BUDGET, new BigDecimal("10")).observe("b", BUDGET, new BigDecimal("20"))
                .observe("d", RECORDS, 70L)
                .observe("va", RESIDENTS, 400L).observe("vd2", RESIDENTS, 300L)
                .household("va", h -> h.set(FIBRE, true)).household("va", h -> h.set(FIBRE, false))
                .organisation("coop-a", "Coop of A", OrganisationKind.COOPERATIVE, "a")
                .organisation("coop-d", "Coop of D", OrganisationKind.COOPERATIVE, "d")
                .build();
    }

    private static Dataset rebased() {
        return before().rebase(MAP.withPlacement("vd2", "F"));
    }

    private static List<String> gaps(Dataset d) {
        return d.gaps().stream().map(p -> p.code() + " @ " + p.location() + ": " + p.reason().in(Locale.ENGLISH)).toList();
    }

    @Test
    void wholePredecessors_areSummed_andDatedAsBefore() {
        Dataset after = rebased();
        assertThat(after.asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(after.observed("C", RECORDS)).contains(150L);
        assertThat(after.source("C", RECORDS)).contains("a (register A); b");
        assertThat(after.unit("C").flatMap(Unit::parentId)).contains("P");
        assertThat(after.unit("G")).as("a new unit no former unit of the data went into").isEmpty();
    }

    @Test
    void flags_agreeingAreKept_disagreeingAndAmountsAreUnknown_withTheirGaps() {
        Dataset after = rebased();
        assertThat(after.value("C", POST)).contains(true);
        assertThat(after.value("C", RADIO)).isEmpty();
        assertThat(after.value("C", BUDGET)).isEmpty();
        assertThat(gaps(after)).anySatisfy(g -> assertThat(g).startsWith("rebase.figure.disagree").contains("a, b disagree"))
                .anySatisfy(g -> assertThat(g).startsWith("rebase.figure.amount").contains("(a, b)"));
    }

    @Test
    void villages_moveWithTheirWholeCommune_withFiguresAndHouseholds() {
        Dataset after = rebased();
        assertThat(after.unit("va").flatMap(Unit::parentId)).contains("C");
        assertThat(after.value("C", RESIDENTS)).contains(400L);
        assertThat(after.householdCount("va")).isEqualTo(2);
        assertThat(after.household("va", 1, FIBRE)).contains(false);
        assertThat(after.organisations("C")).extracting(o -> o.id()).containsExactly("coop-a");
    }

    @Test
    void aDividedCommune_isNeverSplit_itsVillagesGoWhereTheDataSays_orAreNamedGaps() {
        Dataset after = rebased();
        assertThat(after.observed("E", RECORDS)).isEmpty();
        assertThat(after.observed("F", RECORDS)).isEmpty();
        assertThat(after.unit("vd2").flatMap(Unit::parentId)).contains("F");
        assertThat(after.value("vd2", RESIDENTS)).contains(300L);
        assertThat(after.value("F", RESIDENTS)).as("F is only partly in the data").isEmpty();
        assertThat(after.unit("vd")).isEmpty();
        assertThat(gaps(after))
                .contains("rebase.unit.divided @ unit vd: its unit 'd' was divided among E, F, and which of them it is in now is not given:"
                        + " it and what is below it are not carried over")
                .anySatisfy(g -> assertThat(g).startsWith("rebase.figure.partial @ unit F, metric records")
                        .contains("d went into the unit only in part, and no shares are given"))
                .anySatisfy(g -> assertThat(g).startsWith("rebase.organisation.divided"));
        assertThat(before().rebase(MAP).gaps()).extracting(Problem::code).contains("rebase.unit.divided");
    }

    @Test
    void aUnitMadeAlsoOfFormerUnitsTheDataLacks_hasNoTotals_andSaysWhichAreMissing() {
        Dataset after = rebased();
        assertThat(after.value("P", RESIDENTS)).isEmpty();
        assertThat(gaps(after)).anySatisfy(g -> assertThat(g).startsWith("rebase.unit.predecessorsMissing @ unit P")
                .contains("it lacks old-q").contains("the data has old-p"));
        assertThat(after.gaps()).allSatisfy(p -> assertThat(p.reason().in(Locale.forLanguageTag("vi"))).isNotBlank());
    }

    @Test
    void unitsWithoutASuccessor_areDroppedAsGaps() {
        Dataset after = rebased();
        assertThat(after.unit("dist")).isEmpty();
        assertThat(after.unit("z")).isEmpty();
        assertThat(after.gaps()).filteredOn(p -> p.code().equals("rebase.unit.noSuccessor")).extracting(p -> p.location().toString())
                .containsExactly("unit dist", "unit z");
    }

    @Test
    void aDatasetDatedOnOrAfterTheChange_isRefused_andADatasetBuiltDirectlyHasNoGaps() {
        Dataset after = Dataset.builder(CHANGE).province("old-p", "P").build();
        assertThatThrownBy(() -> after.rebase(MAP)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not before");
        assertThat(before().gaps()).isEmpty();
        assertThatThrownBy(() -> before().rebase(MAP.withPlacement("vd2", "C"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a successor");
        assertThatThrownBy(() -> SuccessionMap.of(CHANGE, List.of(), Map.of("a", List.of("X"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
