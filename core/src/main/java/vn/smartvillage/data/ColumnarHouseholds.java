package vn.smartvillage.data;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import vn.smartvillage.metric.Metric;

/**
 * Household facts in columns: per metric, a bit set of which households know the fact and a primitive
 * array (or a bit set, for flags) of the values.
 */
final class ColumnarHouseholds implements Households {

    private final int size;
    private final Map<Metric<?>, Column> columns;

    private ColumnarHouseholds(int size, Map<Metric<?>, Column> columns) {
        this.size = size;
        this.columns = columns;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Metric<?>> metrics() {
        return columns.keySet();
    }

    @Override
    public <T> Optional<T> get(int index, Metric<T> metric) {
        Objects.checkIndex(index, size);
        Column c = columns.get(metric);
        if (c == null || !c.known.get(index)) {
            return Optional.empty();
        }
        return Optional.of(metric.cast(c.value(index)));
    }

    @Override
    public OptionalLong countWhere(Metric<Boolean> flag) {
        Column c = columns.get(flag);
        if (c == null || !c.allKnown || c.flags == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(c.flags.cardinality());
    }

    @Override
    public OptionalLong sum(Metric<Long> count) {
        Column c = columns.get(count);
        if (c == null || !c.allKnown || !c.isCount()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(c.sum(size));
    }

    /** The column of {@code metric}, or null when no household has it: for the dataset's table, which keeps it by village. */
    Column column(Metric<?> metric) {
        return columns.get(metric);
    }

    @Override
    public int known(Metric<?> metric) {
        Column c = columns.get(metric);
        return c == null ? 0 : c.known.cardinality();
    }

    /**
     * One metric's values over the households; exactly one of the value holders is used. Counts are kept
     * in the narrowest array that holds every value so far (bytes, then shorts, ints, longs): a
     * household's members fit in one byte, so a count costs one byte per household, not eight.
     */
    static final class Column {
        /** Reads eight bytes of a count column as one long, to add them in one go ({@link #sumOfBytes}). */
        private static final java.lang.invoke.VarHandle EIGHT_BYTES = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class,
                java.nio.ByteOrder.LITTLE_ENDIAN);
        private static final long EVEN_BYTES = 0x00FF00FF00FF00FFL;

        final BitSet known = new BitSet();
        /** Whether a count below zero was stored (a dataset rejects them; its builder stores them first). */
        boolean negative;
        /** Whether every household knows the fact; set when the column is frozen by {@link #copy}. */
        boolean allKnown;
        BitSet flags;
        byte[] bytes;
        short[] shorts;
        int[] ints;
        long[] longs;
        BigDecimal[] amounts;

        /** Returns a copy trimmed to {@code size} households, so later appends cannot reach it. */
        /** {@return the households where the flag holds, as {@link #countWhere}; -1 when unknown} */
        long countTrue() {
            return allKnown && flags != null ? flags.cardinality() : -1;
        }

        /** {@return the sum of a count over the {@code size} households, as {@link #sum(Metric)}; -1 when unknown} */
        long total(int size) {
            return allKnown && isCount() ? sum(size) : -1;
        }

        Column copy(int size) {
            Column c = new Column();
            c.known.or(known);
            c.allKnown = c.known.cardinality() == size;
            c.negative = negative;
            if (flags != null) {
                c.flags = (BitSet) flags.clone();
            }
            c.bytes = bytes == null ? null : Arrays.copyOf(bytes, size);
            c.shorts = shorts == null ? null : Arrays.copyOf(shorts, size);
            c.ints = ints == null ? null : Arrays.copyOf(ints, size);
            c.longs = longs == null ? null : Arrays.copyOf(longs, size);
            c.amounts = amounts == null ? null : Arrays.copyOf(amounts, size);
            return c;
        }

        boolean isCount() {
            return bytes != null || shorts != null || ints != null || longs != null;
        }

        long count(int i) {
            return bytes != null ? bytes[i] : shorts != null ? shorts[i] : ints != null ? ints[i] : longs[i];
        }

        /** The sum of the first {@code size} counts. */
        long sum(int size) {
            long total = 0;
            if (bytes != null && !negative) {
                return sumOfBytes(bytes, size);
            } else if (bytes != null) {
                for (int i = 0; i < size; i++) {
                    total += bytes[i];
                }
            } else if (shorts != null) {
                for (int i = 0; i < size; i++) {
                    total += shorts[i];
                }
            } else if (ints != null) {
                for (int i = 0; i < size; i++) {
                    total += ints[i];
                }
            } else {
                for (int i = 0; i < size; i++) {
                    total = Math.addExact(total, longs[i]);
                }
            }
            return total;
        }

        /**
         * The sum of the first {@code size} bytes, each from 0 to 127, eight at a time: each long read holds eight
         * bytes, whose even and odd bytes are added into four 16-bit lanes; 256 longs add at most
         * 256 × 2 × 127 = 65,024 to a lane, below 2¹⁶, before the lanes are added into the total.
         */
        static long sumOfBytes(byte[] a, int size) {
            return sumOfBytes(a, 0, size);
        }

        /** The sum of the bytes in {@code [from, to)}, each from 0 to 127, eight at a time as {@link #sumOfBytes(byte[], int)}. */
        static long sumOfBytes(byte[] a, int from, int to) {
            long total = 0;
            int words = (to - from) >>> 3;
            int w = 0;
            while (w < words) {
                int stop = Math.min(words, w + 256);
                long lanes = 0;
                for (; w < stop; w++) {
                    long x = (long) EIGHT_BYTES.get(a, from + (w << 3));
                    lanes += (x & EVEN_BYTES) + ((x >>> 8) & EVEN_BYTES);
                }
                lanes = (lanes & 0x0000FFFF0000FFFFL) + ((lanes >>> 16) & 0x0000FFFF0000FFFFL);
                total += (lanes & 0xFFFFFFFFL) + (lanes >>> 32);
            }
            for (int i = from + (words << 3); i < to; i++) {
                total += a[i];
            }
            return total;
        }

        /** Stores a count, widening the array first if the value does not fit. */
        void setCount(int index, long value) {
            negative |= value < 0;
            if (bytes == null && shorts == null && ints == null && longs == null) {
                bytes = new byte[Math.max(16, index + 1)];
            }
            if (bytes != null && (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE)) {
                shorts = new short[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    shorts[i] = bytes[i];
                }
                bytes = null;
            }
            if (shorts != null && (value < Short.MIN_VALUE || value > Short.MAX_VALUE)) {
                ints = new int[shorts.length];
                for (int i = 0; i < shorts.length; i++) {
                    ints[i] = shorts[i];
                }
                shorts = null;
            }
            if (ints != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                longs = new long[ints.length];
                for (int i = 0; i < ints.length; i++) {
                    longs[i] = ints[i];
                }
                ints = null;
            }
            if (bytes != null) {
                bytes = grow(bytes, index);
                bytes[index] = (byte) value;
            } else if (shorts != null) {
                shorts = grow(shorts, index);
                shorts[index] = (short) value;
            } else if (ints != null) {
                ints = grow(ints, index);
                ints[index] = (int) value;
            } else {
                longs = grow(longs, index);
                longs[index] = value;
            }
        }

        Object value(int i) {
            if (flags != null) {
                return flags.get(i);
            }
            return isCount() ? (Object) count(i) : amounts[i];
        }

        private static byte[] grow(byte[] a, int index) {
            return index < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, index + 1));
        }

        private static short[] grow(short[] a, int index) {
            return index < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, index + 1));
        }

        private static int[] grow(int[] a, int index) {
            return index < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, index + 1));
        }

        private static long[] grow(long[] a, int index) {
            return index < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, index + 1));
        }
    }

    /** Appends households one at a time; not thread-safe. */
    static final class Builder {
        private int size;
        private final Map<Metric<?>, Column> columns = new LinkedHashMap<>();

        /** Starts a new household and returns its index. */
        int add() {
            return size++;
        }

        /** Sets a fact of the household at {@code index}; the value's type matches the metric's. */
        void set(int index, Metric<?> metric, Object value) {
            Column c = columns.computeIfAbsent(metric, m -> new Column());
            c.known.set(index);
            switch (metric.type()) {
                case FLAG -> {
                    if (c.flags == null) {
                        c.flags = new BitSet();
                    }
                    c.flags.set(index, (Boolean) value);
                }
                case COUNT -> c.setCount(index, (Long) value);
                case AMOUNT -> {
                    c.amounts = grow(c.amounts, index);
                    c.amounts[index] = (BigDecimal) value;
                }
            }
        }

        int size() {
            return size;
        }

        ColumnarHouseholds build() {
            Map<Metric<?>, Column> trimmed = new LinkedHashMap<>();
            columns.forEach((m, c) -> trimmed.put(m, c.copy(size)));
            return new ColumnarHouseholds(size, Collections.unmodifiableMap(trimmed));
        }

        private static BigDecimal[] grow(BigDecimal[] a, int index) {
            if (a == null) {
                return new BigDecimal[Math.max(16, index + 1)];
            }
            return index < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, index + 1));
        }
    }
}
