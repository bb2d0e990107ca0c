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
    private final java.util.concurrent.ConcurrentHashMap<Metric<?>, ColumnarHouseholds.Column[]> householdColumns;
    /**
     * Per household metric, its facts for every village laid end to end (made once, the first time an
     * evaluation reads the metric): adding up a village's households then reads one stretch of one array,
     * as the baseline does, not a column object per village.
     */
    private final java.util.concurrent.ConcurrentHashMap<Metric<?>, EndToEnd> endToEnd;
    /** Whether this table was derived from another's for a re-evaluation: it lays no household facts end to end. */
    private final boolean derived;
    /** Per unit, the number of its household records; 0 for none. */
    private final int[] householdCount;
    /**
     * For a derived table, the units whose figures changed since the table made from scratch whose arrays
     * it shares, with their figures now, by unit index in chunks of {@link #CHUNK} (null where a unit did not
     * change, and for a chunk without a change); null for a table made from scratch. A table derived from
     * a derived one copies the chunk pointers and the one chunk it changes, never a column over all units.
     */
    private final Changed[][] changes;

    private static final int SHIFT = 8;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    /** A unit whose figures changed: its household records (or null), their number, and the figures it carries. */
    private record Changed(Households records, int count, Map<Metric<?>, Object> figures) {

        /** {@return the figure the unit carries of {@code metric}, as its column holds it (1 or 0 for a flag), or {@link #MISSING}} */
        long carried(Metric<?> metric) {
            Object v = figures.get(metric);
            return v instanceof Long l ? l : v instanceof Boolean b ? (b ? 1 : 0) : MISSING;
        }
    }

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
        changes = null;
        householdColumns = new java.util.concurrent.ConcurrentHashMap<>();
        endToEnd = new java.util.concurrent.ConcurrentHashMap<>();
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
     * whose figures differ from {@code base}'s only at the unit {@code changed}: it shares every array of
     * {@code base} (those of the table made from scratch that {@code base} is or was derived from) and adds
     * the unit's figures and household records now, read from {@code after}, to the units changed.
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
        this.households = base.households;
        this.householdCount = base.householdCount;
        this.observed = base.observed;
        // Shared, not copied: what they hold is made from the shared arrays, which the changes do not touch.
        this.householdColumns = base.householdColumns;
        this.endToEnd = base.endToEnd;
        Households records = after.householdTable(unit.id());
        int k = changed >>> SHIFT;
        Changed[][] c = base.changes == null ? new Changed[(units.length + CHUNK - 1) >>> SHIFT][] : base.changes.clone();
        Changed[] chunk = c[k] == null ? new Changed[Math.min(CHUNK, units.length - (k << SHIFT))] : c[k].clone();
        chunk[changed & MASK] = new Changed(records, records == null ? 0 : records.size(), after.observedFigures(unit.id()));
        c[k] = chunk;
        this.changes = c;
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

    /**
     * The household metric {@code metric}'s facts laid end to end, made once; for a derived table, those its
     * table made from scratch laid already (for the units that did not change), or null.
     */
    private EndToEnd endToEnd(Metric<?> metric, boolean flag) {
        if (derived) {
            return endToEnd.get(metric);
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
        /** For a count over household records, the flag or count aggregated; else null. */
        private final Metric<?> part;
        /** For a count over household records, each unit's column of the flag or count aggregated; else null. */
        private final ColumnarHouseholds.Column[] records;
        /** The same facts laid end to end over the villages; null where they are not (another kind of metric). */
        private final EndToEnd laid;
        /** Per level ordinal, whether the metric applies to units at it. */
        private final boolean[] applies = new boolean[LEVELS.length];
        private final int metricLevel;
        private final boolean gaps;
        /** The table's units changed since the table made from scratch ({@link #changes}); null for that table. */
        private final Changed[][] overlay = changes;

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
            this.part = part[0];
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
            if (overlay != null) {
                Changed[] chunk = overlay[i >>> SHIFT];
                Changed c = chunk == null ? null : chunk[i & MASK];
                if (c != null) {
                    long v = c.carried(metric);
                    return v != MISSING ? v : aggregate(i, c);
                }
            }
            if (carriedFlags != null) {
                byte b = carriedFlags[i];
                return b >= 0 ? b : aggregate(i, null);
            }
            long v = carried == null ? MISSING : carried[i];
            return v != MISSING ? v : aggregate(i, null);
        }

        /** As {@link Dataset#value} for a metric the unit does not carry; {@code changed} is what changed of it, or null. */
        private long aggregate(int i, Changed changed) {
            int level = levels[i];
            if (kind == NO_AGGREGATE || !applies[level] || gaps && data.blocked(units[i].id(), metric)) {
                return MISSING;
            }
            if (level == metricLevel) {
                if (kind == SUM_OF_CHILDREN || level != VILLAGE) {
                    return MISSING;
                }
                if (changed != null) {
                    Households h = changed.records();
                    if (h == null) {
                        return MISSING;
                    }
                    return kind == HOUSEHOLDS ? changed.count()
                            : total(h instanceof ColumnarHouseholds columnar ? columnar.column(part) : null, changed.count());
                }
                if (households[i] == null) {
                    return MISSING;
                }
                if (kind == HOUSEHOLDS) {
                    return householdCount[i];
                }
                if (laid != null && laid.usable[i]) {
                    return laid.value(i);
                }
                return total(records[i], householdCount[i]);
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

        /** The count of households holding the flag, or the total of the count, over one village's {@code count} records. */
        private long total(ColumnarHouseholds.Column c, int count) {
            long r = c == null ? -1 : kind == HOUSEHOLDS_WHERE ? c.countTrue() : c.total(count);
            return r < 0 ? MISSING : r;
        }
    }
}
