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
        if (c == null || c.known.cardinality() != size || c.flags == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(c.flags.cardinality());
    }

    @Override
    public OptionalLong sum(Metric<Long> count) {
        Column c = columns.get(count);
        if (c == null || c.known.cardinality() != size || c.counts == null) {
            return OptionalLong.empty();
        }
        long total = 0;
        for (int i = 0; i < size; i++) {
            total = Math.addExact(total, c.counts[i]);
        }
        return OptionalLong.of(total);
    }

    @Override
    public int known(Metric<?> metric) {
        Column c = columns.get(metric);
        return c == null ? 0 : c.known.cardinality();
    }

    /** One metric's values over the households; exactly one of the value holders is used. */
    private static final class Column {
        final BitSet known = new BitSet();
        BitSet flags;
        long[] counts;
        BigDecimal[] amounts;

        /** Returns a copy trimmed to {@code size} households, so later appends cannot reach it. */
        Column copy(int size) {
            Column c = new Column();
            c.known.or(known);
            if (flags != null) {
                c.flags = (BitSet) flags.clone();
            }
            if (counts != null) {
                c.counts = Arrays.copyOf(counts, size);
            }
            if (amounts != null) {
                c.amounts = Arrays.copyOf(amounts, size);
            }
            return c;
        }

        Object value(int i) {
            if (flags != null) {
                return flags.get(i);
            }
            return counts != null ? (Object) counts[i] : amounts[i];
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
                case COUNT -> {
                    c.counts = grow(c.counts, index);
                    c.counts[index] = (Long) value;
                }
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

        private static long[] grow(long[] a, int index) {
            if (a == null) {
                return new long[Math.max(16, index + 1)];
            }
            return index < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, index + 1));
        }

        private static BigDecimal[] grow(BigDecimal[] a, int index) {
            if (a == null) {
                return new BigDecimal[Math.max(16, index + 1)];
            }
            return index < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, index + 1));
        }
    }
}
