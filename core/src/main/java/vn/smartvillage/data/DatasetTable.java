package vn.smartvillage.data;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.smartvillage.internal.UnitTable;
import vn.smartvillage.metric.Aggregation;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;

/**
 * A dataset's units numbered in dataset order, their hierarchy as index arrays and their own figures in
 * columns by metric (a {@code long[]} over the units, {@link UnitTable#MISSING} where a unit carries no
 * figure): made once per dataset, the first time the evaluation asks for it. A column's values are exactly
 * those of {@link Dataset#value}: the figure a unit carries, else the aggregate over its households or
 * children, computed when read (never stored, so an evaluation over household records aggregates them).
 */
final class DatasetTable implements UnitTable<Unit, Metric<?>> {

    private static final AdminLevel[] LEVELS = AdminLevel.values();
    private static final int[] NONE = new int[0];
    private static final int VILLAGE = AdminLevel.VILLAGE.ordinal();

    private final Dataset data;
    private final Unit[] units;
    private final byte[] levels;
    private final int[][] children;
    private final Households[] households;
    private final Map<String, Integer> index;
    /** Per metric, the figures the units carry: a {@code long[]} for a count ({@link #MISSING} where none), a {@code byte[]} for a flag (1, 0, or -1 where none). */
    private final Map<Metric<?>, Object> observed;
    private final int[][] byLevel;
    /** Per household metric, the column of each village's records (null for none), found once, not once per evaluation. */
    private final java.util.concurrent.ConcurrentHashMap<Metric<?>, ColumnarHouseholds.Column[]> householdColumns =
            new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Per household metric, its facts for every village laid end to end (made once, the first time an
     * evaluation reads the metric): adding up a village's households then reads one stretch of one array,
     * as the baseline does, not a column object per village.
     */
    private final java.util.concurrent.ConcurrentHashMap<Metric<?>, EndToEnd> endToEnd = new java.util.concurrent.ConcurrentHashMap<>();
    /** Whether this table was derived from another's for a re-evaluation: it reads each village's own columns. */
    private final boolean derived;
    /** Per unit, the number of its household records; 0 for none. */
    private final int[] householdCount;

    DatasetTable(Dataset data) {
        this.data = data;
        List<Unit> list = data.units();
        int n = list.size();
        units = list.toArray(new Unit[0]);
        levels = new byte[n];
        households = new Households[n];
        index = new HashMap<>(n * 2);
        householdCount = new int[n];
        derived = false;
        for (int i = 0; i < n; i++) {
            index.put(units[i].id(), i);
            levels[i] = (byte) units[i].level().ordinal();
            households[i] = data.householdTable(units[i].id());
            householdCount[i] = households[i] == null ? 0 : households[i].size();
        }
        int[] perLevel = new int[LEVELS.length];
        for (int i = 0; i < n; i++) {
            perLevel[levels[i]]++;
        }
        byLevel = new int[LEVELS.length][];
        for (int l = 0; l < LEVELS.length; l++) {
            byLevel[l] = new int[perLevel[l]];
            perLevel[l] = 0;
        }
        for (int i = 0; i < n; i++) {
            byLevel[levels[i]][perLevel[levels[i]]++] = i;
        }
        children = new int[n][];
        observed = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<Unit> kids = data.children(units[i].id());
            if (kids.isEmpty()) {
                children[i] = NONE;
            } else {
                int[] k = new int[kids.size()];
                for (int j = 0; j < k.length; j++) {
                    k[j] = index.get(kids.get(j).id());
                }
                children[i] = k;
            }
            for (Map.Entry<Metric<?>, Object> e : data.observedFigures(units[i].id()).entrySet()) {
                Object v = e.getValue();
                if (v instanceof BigDecimal) {
                    continue;
                }
                set(observed.computeIfAbsent(e.getKey(), m -> emptyColumn(m, n)), i, v);
            }
        }
    }

    /**
     * The table of {@code after}, a dataset whose units are those of {@code base}'s, in the same order, and
     * whose figures differ from {@code base}'s only at the unit {@code changed}: it shares everything of
     * {@code base} but that unit's figures and household records, which it reads from {@code after}.
     *
     * @throws IllegalArgumentException if {@code after} has another number of units, or another unit at {@code changed}
     */
    DatasetTable(DatasetTable base, Dataset after, int changed) {
        Unit unit = base.units[changed];
        if (after.size() != base.units.length || !after.units().get(changed).equals(unit)) {
            throw new IllegalArgumentException("the dataset does not have the units of the one assessed before, in the same order");
        }
        this.data = after;
        this.derived = true;
        this.units = base.units;
        this.levels = base.levels;
        this.children = base.children;
        this.index = base.index;
        this.byLevel = base.byLevel;
        Households records = after.householdTable(unit.id());
        boolean sameRecords = records == base.households[changed];
        // Arrays over all units are copied only where the unit's entry changes: a village's new total copies one column.
        this.households = sameRecords ? base.households : base.households.clone();
        this.householdCount = sameRecords ? base.householdCount : base.householdCount.clone();
        if (!sameRecords) {
            households[changed] = records;
            householdCount[changed] = records == null ? 0 : records.size();
        }
        this.observed = new HashMap<>(base.observed);
        Map<Metric<?>, Object> now = after.observedFigures(unit.id());
        Map<Metric<?>, Object> then = base.data.observedFigures(unit.id());
        java.util.Set<Metric<?>> touched = new java.util.HashSet<>(now.keySet());
        touched.addAll(then.keySet());
        for (Metric<?> m : touched) {
            Object v = now.get(m);
            if (v instanceof BigDecimal || java.util.Objects.equals(v, then.get(m))) {
                continue;
            }
            Object column = base.observed.get(m);
            column = column == null ? emptyColumn(m, units.length) : column instanceof long[] l ? l.clone() : ((byte[]) column).clone();
            set(column, changed, v);
            observed.put(m, column);
        }
        base.householdColumns.forEach((m, columns) -> {
            ColumnarHouseholds.Column[] copy = columns;
            if (!sameRecords) {
                copy = columns.clone();
                copy[changed] = records instanceof ColumnarHouseholds h ? h.column(m) : null;
            }
            householdColumns.put(m, copy);
        });
    }

    /** A column of figures for {@code n} units, none carried: bytes of -1 for a flag, longs of {@link #MISSING} for a count. */
    private static Object emptyColumn(Metric<?> metric, int n) {
        if (metric.type() == vn.smartvillage.metric.ValueType.FLAG) {
            byte[] c = new byte[n];
            Arrays.fill(c, (byte) -1);
            return c;
        }
        long[] c = new long[n];
        Arrays.fill(c, MISSING);
        return c;
    }

    /** Sets unit {@code i}'s figure in a column; {@code null} for none. */
    private static void set(Object column, int i, Object v) {
        if (column instanceof byte[] flags) {
            flags[i] = v == null ? -1 : (Boolean) v ? (byte) 1 : 0;
        } else {
            ((long[]) column)[i] = v == null ? MISSING : (Long) v;
        }
    }

    @Override
    public int size() {
        return units.length;
    }

    @Override
    public Unit unit(int i) {
        return units[i];
    }

    @Override
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    @Override
    public int level(int i) {
        return levels[i];
    }

    @Override
    public int[][] byLevel() {
        return byLevel;
    }

    @Override
    public int[] children(int i) {
        return children[i];
    }

    @Override
    public Column column(Metric<?> metric) {
        return new MetricColumn(metric);
    }

    // How a metric a unit does not carry is aggregated over a village's household records.
    private static final int NO_AGGREGATE = 0;
    private static final int SUM_OF_CHILDREN = 1;
    private static final int HOUSEHOLDS_WHERE = 2;
    private static final int HOUSEHOLD_SUM = 3;
    private static final int HOUSEHOLDS = 4;

    /**
     * One household metric's facts for every village laid end to end: the households of unit {@code i} are
     * {@code [start[i], start[i + 1])}; a count as bytes, a flag as bits. A village whose column does not fit
     * (not every household knows the fact, a count beyond a byte) is not {@code usable} and is read from its
     * own column.
     */
    private static final class EndToEnd {
        final int[] start;
        final boolean[] usable;
        final byte[] counts;
        final long[] flags;

        EndToEnd(int[] start, boolean[] usable, byte[] counts, long[] flags) {
            this.start = start;
            this.usable = usable;
            this.counts = counts;
            this.flags = flags;
        }

        long value(int i) {
            return counts != null ? ColumnarHouseholds.Column.sumOfBytes(counts, start[i], start[i + 1])
                    : bits(flags, start[i], start[i + 1]);
        }

        /** The number of bits set in {@code [from, to)}. */
        static long bits(long[] words, int from, int to) {
            if (from >= to) {
                return 0;
            }
            int first = from >>> 6;
            int last = (to - 1) >>> 6;
            long head = -1L << from;
            long tail = -1L >>> -to;
            if (first == last) {
                return Long.bitCount(words[first] & head & tail);
            }
            long n = Long.bitCount(words[first] & head);
            for (int w = first + 1; w < last; w++) {
                n += Long.bitCount(words[w]);
            }
            return n + Long.bitCount(words[last] & tail);
        }
    }

    /** The household metric {@code metric}'s facts laid end to end, made once; null for a derived table. */
    private EndToEnd endToEnd(Metric<?> metric, boolean flag) {
        if (derived) {
            return null;
        }
        return endToEnd.computeIfAbsent(metric, m -> {
            ColumnarHouseholds.Column[] columns = householdColumns(m);
            int n = units.length;
            int[] start = new int[n + 1];
            boolean[] usable = new boolean[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                start[i] = (int) total;
                ColumnarHouseholds.Column c = columns[i];
                usable[i] = c != null && c.allKnown && (flag ? c.flags != null : c.bytes != null && !c.negative);
                total += usable[i] ? householdCount[i] : 0;
                if (total > Integer.MAX_VALUE - 64) {
                    return new EndToEnd(start, new boolean[n], null, null);
                }
            }
            start[n] = (int) total;
            byte[] counts = flag ? null : new byte[(int) total];
            long[] flags = flag ? new long[(int) (total + 63) / 64] : null;
            for (int i = 0; i < n; i++) {
                if (!usable[i]) {
                    continue;
                }
                ColumnarHouseholds.Column c = columns[i];
                if (flag) {
                    for (int b = c.flags.nextSetBit(0); b >= 0 && b < householdCount[i]; b = c.flags.nextSetBit(b + 1)) {
                        int at = start[i] + b;
                        flags[at >>> 6] |= 1L << at;
                    }
                } else {
                    System.arraycopy(c.bytes, 0, counts, start[i], householdCount[i]);
                }
            }
            return new EndToEnd(start, usable, counts, flags);
        });
    }

    /** The column of a household metric for each unit's records, null where a unit has none. */
    private ColumnarHouseholds.Column[] householdColumns(Metric<?> metric) {
        return householdColumns.computeIfAbsent(metric, m -> {
            ColumnarHouseholds.Column[] out = new ColumnarHouseholds.Column[units.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = households[i] instanceof ColumnarHouseholds h ? h.column(m) : null;
            }
            return out;
        });
    }

    /** One metric's values: the figures carried, else the aggregate of {@link Dataset#value}, computed when read. */
    private final class MetricColumn implements Column {
        private final Metric<?> metric;
        private final long[] carried;
        private final byte[] carriedFlags;
        private final int kind;
        /** For a count over household records, each unit's column of the flag or count aggregated; else null. */
        private final ColumnarHouseholds.Column[] records;
        /** The same facts laid end to end over the villages; null for a derived table or another kind of metric. */
        private final EndToEnd laid;
        /** Per level ordinal, whether the metric applies to units at it. */
        private final boolean[] applies = new boolean[LEVELS.length];
        private final int metricLevel;
        private final boolean gaps;

        MetricColumn(Metric<?> metric) {
            this.metric = metric;
            Object column = observed.get(metric);
            this.carried = column instanceof long[] l ? l : null;
            this.carriedFlags = column instanceof byte[] b ? b : null;
            Aggregation a = metric.aggregation().orElse(null);
            Metric<?>[] part = new Metric<?>[1];
            this.kind = a == null ? NO_AGGREGATE : a.match(() -> SUM_OF_CHILDREN, f -> {
                part[0] = f;
                return HOUSEHOLDS_WHERE;
            }, c -> {
                part[0] = c;
                return HOUSEHOLD_SUM;
            }, () -> HOUSEHOLDS);
            this.records = part[0] == null ? null : householdColumns(part[0]);
            this.laid = part[0] == null ? null : endToEnd(part[0], kind == HOUSEHOLDS_WHERE);
            for (AdminLevel l : LEVELS) {
                applies[l.ordinal()] = metric.appliesTo(l);
            }
            this.metricLevel = metric.level().ordinal();
            this.gaps = !data.gaps().isEmpty();
        }

        @Override
        public long value(int i) {
            if (carriedFlags != null) {
                byte b = carriedFlags[i];
                return b >= 0 ? b : aggregate(i);
            }
            long v = carried == null ? MISSING : carried[i];
            return v != MISSING ? v : aggregate(i);
        }

        /** As {@link Dataset#value} for a metric the unit does not carry. */
        private long aggregate(int i) {
            int level = levels[i];
            if (kind == NO_AGGREGATE || !applies[level] || gaps && data.blocked(units[i].id(), metric)) {
                return MISSING;
            }
            if (level == metricLevel) {
                if (kind == SUM_OF_CHILDREN || level != VILLAGE || households[i] == null) {
                    return MISSING;
                }
                if (kind == HOUSEHOLDS) {
                    return householdCount[i];
                }
                if (laid != null && laid.usable[i]) {
                    return laid.value(i);
                }
                ColumnarHouseholds.Column c = records[i];
                long r = c == null ? -1 : kind == HOUSEHOLDS_WHERE ? c.countTrue() : c.total(householdCount[i]);
                return r < 0 ? MISSING : r;
            }
            // Children the metric does not describe are outside the sum; a unit with no child inside it has no sum.
            long sum = 0;
            boolean any = false;
            for (int c : children[i]) {
                if (!applies[levels[c]]) {
                    continue;
                }
                any = true;
                long v = value(c);
                if (v == MISSING) {
                    return MISSING;
                }
                sum = Math.addExact(sum, v);
            }
            return any ? sum : MISSING;
        }
    }
}
