package vn.smartvillage.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;

/** A divided unit's count split in any way by shares is neither lost nor made: the successors' total is the figure. */
class RebaseSharesProperties {

    private static final Metric<Long> RESIDENTS = Metric.count("residents", AdminLevel.COMMUNE, Text.of("nhân khẩu", "residents"));

    /** Xã X divided among the successors s0 … s(n-1); Xã Y went whole into s0. */
    private static SuccessionMap map(int n) {
        List<Unit> units = new ArrayList<>(List.of(new Unit("P", "Tỉnh P", AdminLevel.PROVINCE)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(new Unit("s" + i, "Xã S" + i, AdminLevel.COMMUNE, "P"));
            ids.add("s" + i);
        }
        Map<String, List<String>> successors = new LinkedHashMap<>();
        successors.put("old-p", List.of("P"));
        successors.put("x", ids);
        successors.put("y", List.of("s0"));
        return SuccessionMap.of(LocalDate.of(2025, 7, 1), units, successors);
    }

    private static Dataset before(long x, long y) {
        return Dataset.builder(LocalDate.of(2024, 1, 1)).province("old-p", "P").commune("x", "Xã X", "old-p").commune("y", "Xã Y", "old-p")
                .observe("x", RESIDENTS, x).observe("y", RESIDENTS, y).build();
    }

    @Property(tries = 200)
    void sharesOfTheWholeFigure_sumToIt_plusTheWholePredecessor(
            @ForAll @Size(min = 2, max = 6) List<@LongRange(min = 0, max = 1_000_000_000L) Long> parts,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long y) {
        long x = parts.stream().mapToLong(Long::longValue).sum();
        SuccessionMap map = map(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            map = map.withShare("x", "s" + i, RESIDENTS, parts.get(i));
        }
        Dataset after = before(x, y).rebase(map);
        long total = 0;
        for (int i = 0; i < parts.size(); i++) {
            long expected = parts.get(i) + (i == 0 ? y : 0);
            assertThat(after.observed("s" + i, RESIDENTS)).contains(expected);
            total += after.observed("s" + i, RESIDENTS).orElseThrow();
        }
        assertThat(total).isEqualTo(x + y);
    }

    @Property(tries = 100)
    void aSuccessorWithoutItsShare_staysMissing(@ForAll @IntRange(min = 2, max = 6) int n, @ForAll @IntRange(min = 0, max = 5) int unshared,
            @ForAll @LongRange(min = 0, max = 1_000_000L) long x, @ForAll @LongRange(min = 0, max = 1_000_000L) long y) {
        int without = unshared % n;
        SuccessionMap map = map(n);
        for (int i = 0; i < n; i++) {
            if (i != without) {
                map = map.withShare("x", "s" + i, RESIDENTS, 0);
            }
        }
        Dataset after = before(x, y).rebase(map);
        assertThat(after.observed("s" + without, RESIDENTS)).isEmpty();
        assertThat(after.gaps()).anySatisfy(p -> assertThat(p.code()).isEqualTo("rebase.figure.partial"));
        Dataset plain = before(x, y).rebase(map(n));
        for (int i = 0; i < n; i++) {
            assertThat(plain.observed("s" + i, RESIDENTS)).as("without shares").isEmpty();
        }
    }
}
