package vn.smartvillage.data;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.ByteRange;
import net.jqwik.api.constraints.Size;

/** Adding a count column's bytes eight at a time gives the sum one at a time gives, across the blocks of 256 longs and the tail. */
class ByteSumProperties {

    @Property(tries = 200)
    void eightAtATime_isTheSumOneAtATime(@ForAll @Size(max = 6000) java.util.List<@ByteRange(min = 0, max = 127) Byte> values) {
        byte[] bytes = new byte[values.size()];
        long expected = 0;
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = values.get(i);
            expected += bytes[i];
        }
        assertThat(ColumnarHouseholds.Column.sumOfBytes(bytes, bytes.length)).isEqualTo(expected);
    }

    @Property(tries = 50)
    void allAtTheMost_overManyBlocks(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20_000) int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 127);
        assertThat(ColumnarHouseholds.Column.sumOfBytes(bytes, size)).isEqualTo(127L * size);
    }

    @Property(tries = 200)
    void aStretch_isTheSumOfItsBytes(@ForAll @Size(min = 1, max = 3000) java.util.List<@ByteRange(min = 0, max = 127) Byte> values,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3000) int a, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3000) int b) {
        byte[] bytes = new byte[values.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = values.get(i);
        }
        int from = Math.min(a, b) % (bytes.length + 1);
        int to = Math.max(from, Math.max(a, b) % (bytes.length + 1));
        long expected = 0;
        for (int i = from; i < to; i++) {
            expected += bytes[i];
        }
        assertThat(ColumnarHouseholds.Column.sumOfBytes(bytes, from, to)).isEqualTo(expected);
    }
}
