package vn.smartvillage.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;

/**
 * Household columns give back exactly what was set, however many households there are and whatever
 * width their counts need, and count or sum only when every household knows the fact.
 */
class ColumnarHouseholdsProperties {

    private static final Metric<BigDecimal> LAND = Metric.amount("household.land", AdminLevel.HOUSEHOLD, Text.of("đất", "land"));

    /** Counts around every width's edges (a byte, a short, an int, a long), mostly small so that narrow columns grow too. */
    @Provide
    Arbitrary<List<Long>> counts() {
        Arbitrary<Long> small = Arbitraries.longs().between(0, 127);
        Arbitrary<Long> edges = Arbitraries.of(-129L, -128L, 127L, 128L, -32_769L, -32_768L, 32_767L, 32_768L, (long) Integer.MIN_VALUE - 1,
                (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, (long) Integer.MAX_VALUE + 1, 1_000_000_000_000_000L, -1_000_000_000_000_000L);
        Arbitrary<Long> any = Arbitraries.longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, small), net.jqwik.api.Tuple.of(2, edges), net.jqwik.api.Tuple.of(1, any))
                .list().ofMinSize(1).ofMaxSize(100);
    }

    @Property(tries = 300)
    void counts_readBackExactly_andSumExactly(@ForAll("counts") List<Long> members) {
        ColumnarHouseholds.Builder b = new ColumnarHouseholds.Builder();
        for (long m : members) {
            b.set(b.add(), Metrics.HOUSEHOLD_MEMBERS, m);
        }
        ColumnarHouseholds h = b.build();
        assertThat(h.size()).isEqualTo(members.size());
        for (int i = 0; i < members.size(); i++) {
            assertThat(h.get(i, Metrics.HOUSEHOLD_MEMBERS)).as("household %d", i).contains(members.get(i));
        }
        assertThat(h.sum(Metrics.HOUSEHOLD_MEMBERS)).hasValue(members.stream().mapToLong(Long::longValue).sum());
        assertThat(h.known(Metrics.HOUSEHOLD_MEMBERS)).isEqualTo(members.size());
    }

    @Property(tries = 200)
    void flagsAndAmounts_readBackExactly_andFlagsCount(@ForAll("facts") List<Fact> facts) {
        ColumnarHouseholds.Builder b = new ColumnarHouseholds.Builder();
        for (Fact f : facts) {
            int i = b.add();
            if (f.fibre() != null) {
                b.set(i, Metrics.HOUSEHOLD_HAS_FIBRE, f.fibre());
            }
            if (f.land() != null) {
                b.set(i, LAND, f.land());
            }
        }
        ColumnarHouseholds h = b.build();
        long withFibre = facts.stream().filter(f -> Boolean.TRUE.equals(f.fibre())).count();
        long knowFibre = facts.stream().filter(f -> f.fibre() != null).count();
        for (int i = 0; i < facts.size(); i++) {
            assertThat(h.get(i, Metrics.HOUSEHOLD_HAS_FIBRE)).isEqualTo(java.util.Optional.ofNullable(facts.get(i).fibre()));
            assertThat(h.get(i, LAND)).isEqualTo(java.util.Optional.ofNullable(facts.get(i).land()));
        }
        assertThat(h.known(Metrics.HOUSEHOLD_HAS_FIBRE)).isEqualTo(knowFibre);
        if (knowFibre == facts.size()) {
            assertThat(h.countWhere(Metrics.HOUSEHOLD_HAS_FIBRE)).hasValue(withFibre);
        } else {
            assertThat(h.countWhere(Metrics.HOUSEHOLD_HAS_FIBRE)).as("a household without the fact leaves the count unknown").isEmpty();
        }
    }

    record Fact(Boolean fibre, BigDecimal land) {
    }

    @Provide
    Arbitrary<List<Fact>> facts() {
        Arbitrary<Boolean> fibre = Arbitraries.of(true, false).injectNull(0.05);
        Arbitrary<BigDecimal> land = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(2).injectNull(0.1);
        return net.jqwik.api.Combinators.combine(fibre, land).as(Fact::new).list().ofMinSize(1).ofMaxSize(70);
    }

    @Example
    void aColumnOfTheWrongKind_neitherCountsNorSums() {
        ColumnarHouseholds.Builder b = new ColumnarHouseholds.Builder();
        int i = b.add();
        b.set(i, Metrics.HOUSEHOLD_HAS_FIBRE, true);
        b.set(i, LAND, new BigDecimal("1.5"));
        b.set(i, Metrics.HOUSEHOLD_MEMBERS, 4L);
        ColumnarHouseholds h = b.build();
        @SuppressWarnings("unchecked")
        Metric<Long> fibreAsCount = (Metric<Long>) (Metric<?>) Metrics.HOUSEHOLD_HAS_FIBRE;
        @SuppressWarnings("unchecked")
        Metric<Long> landAsCount = (Metric<Long>) (Metric<?>) LAND;
        @SuppressWarnings("unchecked")
        Metric<Boolean> membersAsFlag = (Metric<Boolean>) (Metric<?>) Metrics.HOUSEHOLD_MEMBERS;
        assertThat(h.sum(fibreAsCount)).isEmpty();
        assertThat(h.sum(landAsCount)).isEmpty();
        assertThat(h.countWhere(membersAsFlag)).isEmpty();
        assertThat(h.sum(Metrics.HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID)).as("no household has it").isEmpty();
        assertThat(h.countWhere(Metrics.HOUSEHOLD_HAS_SMARTPHONE)).isEmpty();
        assertThat(h.get(0, Metrics.HOUSEHOLD_HAS_SMARTPHONE)).isEmpty();
        assertThat(h.known(Metrics.HOUSEHOLD_HAS_SMARTPHONE)).isZero();
        assertThat(h.metrics()).containsExactly(Metrics.HOUSEHOLD_HAS_FIBRE, LAND, Metrics.HOUSEHOLD_MEMBERS);
        assertThatThrownBy(() -> h.get(1, Metrics.HOUSEHOLD_MEMBERS)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.get(-1, Metrics.HOUSEHOLD_MEMBERS)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Example
    void aCountMissingForOneHousehold_leavesTheSumUnknown() {
        ColumnarHouseholds.Builder b = new ColumnarHouseholds.Builder();
        b.set(b.add(), Metrics.HOUSEHOLD_MEMBERS, 4L);
        b.add();
        ColumnarHouseholds h = b.build();
        assertThat(h.sum(Metrics.HOUSEHOLD_MEMBERS)).isEmpty();
        assertThat(h.known(Metrics.HOUSEHOLD_MEMBERS)).isEqualTo(1);
        assertThat(h.get(1, Metrics.HOUSEHOLD_MEMBERS)).isEmpty();
    }

    @Example
    void aBuiltTable_isNotChangedByLaterAppends() {
        ColumnarHouseholds.Builder b = new ColumnarHouseholds.Builder();
        List<Long> first = new ArrayList<>(List.of(1L, 2L, 3L));
        for (long m : first) {
            b.set(b.add(), Metrics.HOUSEHOLD_MEMBERS, m);
        }
        ColumnarHouseholds before = b.build();
        b.set(b.add(), Metrics.HOUSEHOLD_MEMBERS, 100_000L);
        b.set(0, Metrics.HOUSEHOLD_MEMBERS, 9L);
        assertThat(before.size()).isEqualTo(3);
        assertThat(before.get(0, Metrics.HOUSEHOLD_MEMBERS)).contains(1L);
        assertThat(before.sum(Metrics.HOUSEHOLD_MEMBERS)).hasValue(6);
        assertThat(b.build().sum(Metrics.HOUSEHOLD_MEMBERS)).hasValue(9 + 2 + 3 + 100_000);
    }

    @Example
    void aColumnOfEachWidth_growsPastItsFirstSixteenHouseholds_evenWhenItsFactsAreSparse() {
        for (long value : new long[] {7L, 1_000L, 100_000L, 10_000_000_000L}) {
            ColumnarHouseholds.Builder b = new ColumnarHouseholds.Builder();
            List<Integer> known = List.of(0, 1, 40, 41, 42, 200);
            for (int i = 0; i <= 200; i++) {
                int index = b.add();
                if (known.contains(i)) {
                    b.set(index, Metrics.HOUSEHOLD_MEMBERS, value);
                }
            }
            ColumnarHouseholds h = b.build();
            assertThat(h.known(Metrics.HOUSEHOLD_MEMBERS)).as("value %d", value).isEqualTo(known.size());
            for (int i : known) {
                assertThat(h.get(i, Metrics.HOUSEHOLD_MEMBERS)).as("value %d, household %d", value, i).contains(value);
            }
            assertThat(h.get(39, Metrics.HOUSEHOLD_MEMBERS)).isEmpty();
        }
    }
}
