package vn.smartvillage.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import vn.smartvillage.fixtures.Metrics;

/** Count columns start as bytes and widen as values need; the values and sums stay exact. */
class ColumnarHouseholdsTest {

    @Property(tries = 300)
    void countsReadBackExactlyWhateverTheirWidth(@ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 1_000_000) Long> members) {
        ColumnarHouseholds.Builder b = new ColumnarHouseholds.Builder();
        for (long m : members) {
            b.set(b.add(), Metrics.HOUSEHOLD_MEMBERS, m);
        }
        ColumnarHouseholds h = b.build();
        for (int i = 0; i < members.size(); i++) {
            assertThat(h.get(i, Metrics.HOUSEHOLD_MEMBERS)).contains(members.get(i));
        }
        assertThat(h.sum(Metrics.HOUSEHOLD_MEMBERS)).hasValue(members.stream().mapToLong(Long::longValue).sum());
    }
}
