package vn.smartvillage.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;

/** Shares of a divided unit's counts, supplied as data: summed into the successor, checked against the figure, nothing else divided. */
class RebaseSharesTest {

    private static final Metric<Long> RESIDENTS = Metric.count("residents", AdminLevel.COMMUNE, Text.of("nhân khẩu", "residents"));
    private static final Metric<Long> RECORDS = Metric.count("records", AdminLevel.COMMUNE, Text.of("hồ sơ", "records"));
    private static final Metric<Boolean> POST = Metric.flag("post", AdminLevel.COMMUNE, Text.of("điểm bưu điện", "postal point"));
    private static final Metric<Boolean> FIBRE = Metric.flag("household.fibre", AdminLevel.HOUSEHOLD, Text.of("cáp quang", "fibre"));

    /** Xã X was divided between Xã A and Xã B; Xã Y went whole into Xã A. */
    private static final SuccessionMap MAP = SuccessionMap.of(LocalDate.of(2025, 7, 1),
            List.of(new Unit("P", "Tỉnh P", AdminLevel.PROVINCE), new Unit("A", "Xã A", AdminLevel.COMMUNE, "P"),
                    new Unit("B", "Xã B", AdminLevel.COMMUNE, "P")),
            Map.of("old-p", List.of("P"), "x", List.of("A", "B"), "y", List.of("A")));

    private static Dataset before() {
        return Dataset.builder(LocalDate.of(2024, 12, 31))
                .province("old-p", "Tỉnh P cũ")
                .commune("x", "Xã X", "old-p").commune("y", "Xã Y", "old-p")
                .village("vx", "Thôn của X", "x")
                .observe("x", RESIDENTS, 4_000L, "census X").observe("y", RESIDENTS, 1_000L)
                .observe("x", RECORDS, 70L).observe("y", RECORDS, 30L)
                .observe("x", POST, true).observe("y", POST, true)
                .household("vx", h -> h.set(FIBRE, true))
                .build();
    }

    private static List<String> gaps(Dataset d) {
        return d.gaps().stream().map(p -> p.code() + " @ " + p.location() + ": " + p.reason().in(Locale.ENGLISH)).toList();
    }

    @Test
    void aCountWithEverySharegiven_isTheWholeFiguresPlusTheShares_withItsSources() {
        Dataset after = before().rebase(MAP.withShare("x", "A", RESIDENTS, 1_200).withShare("x", "B", RESIDENTS, 2_800));
        assertThat(after.observed("A", RESIDENTS)).contains(2_200L);
        assertThat(after.observed("B", RESIDENTS)).contains(2_800L);
        assertThat(after.source("A", RESIDENTS)).contains("x (share 1200 of 4000; census X); y");
        assertThat(after.source("B", RESIDENTS)).contains("x (share 2800 of 4000; census X)");
        assertThat(MAP.withShare("x", "A", RESIDENTS, 1_200).share("x", "A", RESIDENTS)).hasValue(1_200);
        assertThat(MAP.share("x", "A", RESIDENTS)).isEmpty();
    }

    @Test
    void everyOtherFigure_staysMissing_namingThePredecessors_andFlagsAreNeverDivided() {
        Dataset after = before().rebase(MAP.withShare("x", "A", RESIDENTS, 1_200));
        assertThat(after.observed("A", RESIDENTS)).contains(2_200L);
        assertThat(after.observed("B", RESIDENTS)).as("x's share in B is not given").isEmpty();
        assertThat(after.observed("A", RECORDS)).isEmpty();
        assertThat(after.value("A", POST)).as("a flag of a divided unit is never carried, though both say yes").isEmpty();
        assertThat(gaps(after))
                .contains("rebase.figure.partial @ unit B, metric residents: not carried over from x: x went into the unit only in part,"
                        + " and no shares are given")
                .contains("rebase.figure.partial @ unit A, metric records: not carried over from x, y: x went into the unit only in part,"
                        + " and no shares are given")
                .contains("rebase.figure.partialNotCount @ unit A, metric post: not carried over from x, y: x went into the unit only in part,"
                        + " and a figure that is not a count is never divided by shares")
                .anySatisfy(g -> assertThat(g).startsWith("rebase.unit.partial @ unit A"));
        assertThat(after.unit("vx")).as("the village of a divided commune, with its households, goes only where placed").isEmpty();
        assertThat(before().rebase(MAP.withPlacement("vx", "B")).householdCount("vx")).isEqualTo(1);
        assertThat(after.gaps()).allSatisfy(p -> assertThat(p.reason().in(Locale.forLanguageTag("vi"))).isNotBlank());
    }

    @Test
    void sharesThatDoNotFitTheFigure_areLocatedErrors_allAtOnce() {
        SuccessionMap wrong = MAP.withShare("x", "A", RESIDENTS, 5_000).withShare("x", "A", RECORDS, 50).withShare("x", "B", RECORDS, 30);
        assertThatThrownBy(() -> before().rebase(wrong)).isInstanceOfSatisfying(SmartVillageException.class, e -> {
            assertThat(e.problems()).extracting(Problem::code).containsExactly("rebase.share.exceedsFigure", "rebase.share.sumExceedsFigure");
            assertThat(e.problems()).extracting(p -> p.location().toString()).containsExactly("unit x, metric residents", "unit x, metric records");
            assertThat(e.problems().get(0).reason().in(Locale.ENGLISH))
                    .isEqualTo("the share of Xã X given to Xã A (5000) is larger than Xã X's figure (4000)");
            assertThat(e.problems().get(1).reason().in(Locale.ENGLISH))
                    .isEqualTo("the shares of Xã X given to Xã A, Xã B add up to 80, more than Xã X's figure (70)");
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.reason().in(Locale.forLanguageTag("vi"))).contains("Xã X"));
        });
        SuccessionMap short_ = MAP.withShare("x", "A", RESIDENTS, 1_000).withShare("x", "B", RESIDENTS, 2_000);
        assertThatThrownBy(() -> before().rebase(short_)).isInstanceOfSatisfying(SmartVillageException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason().in(Locale.ENGLISH)).isEqualTo(
                        "the shares of Xã X given to all its successors (Xã A, Xã B) add up to only 3000, less than Xã X's figure (4000):"
                                + " part of it would go nowhere")));
        assertThat(before().rebase(MAP.withShare("x", "A", RESIDENTS, 1_000)).observed("A", RESIDENTS))
                .as("shares of only some successors may be less than the figure").contains(2_000L);
    }

    @Test
    void aShare_isOfADividedUnit_forOneOfItsSuccessors_andNeverNegative() {
        assertThatThrownBy(() -> MAP.withShare("y", "A", RESIDENTS, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("went over whole");
        assertThatThrownBy(() -> MAP.withShare("q", "A", RESIDENTS, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the map");
        assertThatThrownBy(() -> MAP.withShare("x", "P", RESIDENTS, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a successor");
        assertThatThrownBy(() -> MAP.withShare("x", "A", RESIDENTS, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThat(MAP.withShare("x", "A", RESIDENTS, 1).withShare("x", "A", RESIDENTS, 2).share("x", "A", RESIDENTS)).hasValue(2);
        assertThat(MAP.withShare("x", "A", RESIDENTS, 1).withPlacement("vx", "A").share("x", "A", RESIDENTS)).hasValue(1);
    }
}
