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

    private final Dataset data;
    private final Unit[] units;
    private final byte[] levels;
    private final int[][] children;
    private final Households[] households;
    private final Map<String, Integer> index;
    private final Map<Metric<?>, long[]> observed;

    DatasetTable(Dataset data) {
        this.data = data;
        List<Unit> list = data.units();
        int n = list.size();
        units = list.toArray(new Unit[0]);
        levels = new byte[n];
        households = new Households[n];
        index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(units[i].id(), i);
            levels[i] = (byte) units[i].level().ordinal();
            households[i] = data.householdTable(units[i].id());
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
                long[] column = observed.computeIfAbsent(e.getKey(), m -> {
                    long[] c = new long[n];
                    Arrays.fill(c, MISSING);
                    return c;
                });
                column[i] = v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
            }
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
    public int[] children(int i) {
        return children[i];
    }

    @Override
    public Column column(Metric<?> metric) {
        return new MetricColumn(metric);
    }

    /** How a metric a unit does not carry is aggregated over a village's household records. */
    private enum Kind {
        NONE, SUM_OF_CHILDREN, HOUSEHOLDS_WHERE, HOUSEHOLD_SUM, HOUSEHOLDS
    }

    /** One metric's values: the figures carried, else the aggregate of {@link Dataset#value}, computed when read. */
    private final class MetricColumn implements Column {
        private final Metric<?> metric;
        private final long[] carried;
        private final Kind kind;
        private final Metric<Boolean> flag;
        private final Metric<Long> count;
        /** Per level ordinal, whether the metric applies to units at it. */
        private final boolean[] applies = new boolean[LEVELS.length];
        private final int metricLevel;

        @SuppressWarnings("unchecked")
        MetricColumn(Metric<?> metric) {
            this.metric = metric;
            this.carried = observed.get(metric);
            Aggregation a = metric.aggregation().orElse(null);
            Object[] parts = new Object[1];
            this.kind = a == null ? Kind.NONE : a.match(() -> Kind.SUM_OF_CHILDREN, f -> {
                parts[0] = f;
                return Kind.HOUSEHOLDS_WHERE;
            }, c -> {
                parts[0] = c;
                return Kind.HOUSEHOLD_SUM;
            }, () -> Kind.HOUSEHOLDS);
            this.flag = kind == Kind.HOUSEHOLDS_WHERE ? (Metric<Boolean>) parts[0] : null;
            this.count = kind == Kind.HOUSEHOLD_SUM ? (Metric<Long>) parts[0] : null;
            for (AdminLevel l : LEVELS) {
                applies[l.ordinal()] = metric.appliesTo(l);
            }
            this.metricLevel = metric.level().ordinal();
        }

        @Override
        public long value(int i) {
            long v = carried == null ? MISSING : carried[i];
            return v != MISSING ? v : aggregate(i);
        }

        /** As {@link Dataset#value} for a metric the unit does not carry. */
        private long aggregate(int i) {
            int level = levels[i];
            if (kind == Kind.NONE || !applies[level] || data.blocked(units[i].id(), metric)) {
                return MISSING;
            }
            if (level == metricLevel) {
                Households h = households[i];
                if (kind == Kind.SUM_OF_CHILDREN || level != AdminLevel.VILLAGE.ordinal() || h == null) {
                    return MISSING;
                }
                java.util.OptionalLong r = switch (kind) {
                    case HOUSEHOLDS_WHERE -> h.countWhere(flag);
                    case HOUSEHOLD_SUM -> h.sum(count);
                    default -> java.util.OptionalLong.of(h.size());
                };
                return r.isPresent() ? r.getAsLong() : MISSING;
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
