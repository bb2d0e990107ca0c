package vn.smartvillage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Blocks made on several threads reach the consumer in order, each once, with a failure thrown as it was. */
class InOrderTest {

    @Property(tries = 200)
    void everyItemOnce_inOrder(@ForAll @IntRange(min = 0, max = 2000) int size, @ForAll @IntRange(min = 1, max = 300) int block)
            throws IOException {
        List<Integer> seen = new ArrayList<>();
        InOrder.run(size, block, (from, to) -> {
            List<Integer> items = new ArrayList<>();
            for (int i = from; i < to; i++) {
                items.add(i);
            }
            return items;
        }, seen::addAll);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            expected.add(i);
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Example
    void blocksLargerThanHalfTheIntegers_endWhereTheSequenceEnds() throws IOException {
        List<int[]> seen = new ArrayList<>();
        InOrder.run(Integer.MAX_VALUE - 1, 1_500_000_000, (from, to) -> new int[] {from, to}, seen::add);
        assertThat(seen).containsExactly(new int[] {0, 1_500_000_000}, new int[] {1_500_000_000, Integer.MAX_VALUE - 1});
    }

    @Example
    void aBlocksFailure_isThrownInTheCallingThread_asItWasThrown() {
        IOException broken = new IOException("disk full");
        assertThatThrownBy(() -> InOrder.run(1000, 10, (from, to) -> {
            if (from == 500) {
                throw broken;
            }
            return from;
        }, b -> { })).isSameAs(broken);
        OutOfMemoryError oom = new OutOfMemoryError("test");
        assertThatThrownBy(() -> InOrder.run(1000, 10, (from, to) -> {
            if (from == 990) {
                throw oom;
            }
            return from;
        }, b -> { })).isSameAs(oom);
    }

    @Example
    void theConsumersFailure_stopsTheBlocksNotYetStarted() throws InterruptedException {
        Set<Integer> made = ConcurrentHashMap.newKeySet();
        assertThatThrownBy(() -> InOrder.run(100_000, 1, (from, to) -> {
            made.add(from);
            return from;
        }, b -> {
            if (b == 3) {
                throw new IOException("closed");
            }
        })).hasMessage("closed");
        Thread.sleep(200);
        assertThat(made.size()).as("at most the window ahead of the consumer").isLessThan(100);
    }
}
