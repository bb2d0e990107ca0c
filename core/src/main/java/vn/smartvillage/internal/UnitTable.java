package vn.smartvillage.internal;

import java.util.Objects;

/**
 * A dataset's units numbered in dataset order, with their hierarchy as index arrays and their own
 * figures in columns by metric: what the evaluation reads instead of a map lookup per unit and metric.
 *
 * <p>The data package makes one per dataset, once, the first time it is asked for, and installs the door
 * ({@link #install}) when its dataset class is loaded, which is always before anyone holds a dataset. The
 * types are parameters so that this package does not depend on the packages that use it.
 *
 * @param <U> a unit ({@code Unit})
 * @param <M> a metric ({@code Metric<?>})
 */
public interface UnitTable<U, M> {

    /** The value of a column where the unit carries none, and what {@link #value} returns for an unknown value. */
    long MISSING = Long.MIN_VALUE;

    /** {@return the number of units} */
    int size();

    /** {@return the unit at index {@code i}, in dataset order} */
    U unit(int i);

    /** {@return the index of the unit {@code id}, or -1 when the dataset has none} */
    int indexOf(String id);

    /** {@return the level of unit {@code i}, as the ordinal of its {@code AdminLevel}} */
    int level(int i);

    /** {@return per level ordinal, the indices of the units at that level, in dataset order; shared, not to be changed} */
    int[][] byLevel();

    /** {@return the indices of unit {@code i}'s children, in dataset order; shared, not to be changed} */
    int[] children(int i);

    /**
     * {@return the column of a count or flag metric: each unit's value as {@code Dataset.value} gives it}
     * Made once per evaluation and metric; thread-safe.
     *
     * @param metric a count or flag metric
     */
    Column column(M metric);

    /** One metric's values over the units, by unit index. */
    interface Column {
        /**
         * {@return the value of unit {@code i}: the figure it carries (1 for yes and 0 for no for a flag),
         * else the aggregate over its households or children; {@link #MISSING} when unknown}
         */
        long value(int i);
    }

    /**
     * Gives the table of a dataset.
     *
     * @param <D> a dataset
     * @param <U> a unit
     * @param <M> a metric
     */
    interface Door<D, U, M> {
        /** {@return the dataset's table, made the first time it is asked for} */
        UnitTable<U, M> table(D dataset);

        /**
         * {@return the table of {@code after}, made from {@code base} (the table of a dataset with the same units
         * in the same order) by reading again only the figures of the unit at index {@code changed}}
         *
         * @throws IllegalArgumentException if {@code after} has another number of units or another unit at {@code changed}
         */
        UnitTable<U, M> derive(D after, UnitTable<U, M> base, int changed);
    }

    /** Installs the data package's door; once. */
    static void install(Door<?, ?, ?> door) {
        Holder.door = Objects.requireNonNull(door, "door");
    }

    /**
     * {@return the table of {@code dataset}}
     *
     * @param <U> a unit
     * @param <M> a metric
     */
    @SuppressWarnings("unchecked")
    static <U, M> UnitTable<U, M> of(Object dataset) {
        return ((Door<Object, U, M>) Holder.door).table(dataset);
    }

    /**
     * {@return the table of {@code after}, made from {@code base} by reading again only the unit at {@code changed}}
     *
     * @param <U> a unit
     * @param <M> a metric
     */
    @SuppressWarnings("unchecked")
    static <U, M> UnitTable<U, M> derive(Object after, UnitTable<U, M> base, int changed) {
        return ((Door<Object, U, M>) Holder.door).derive(after, base, changed);
    }

    /** Where the door is kept. */
    final class Holder {
        private static volatile Door<?, ?, ?> door;

        private Holder() {
        }
    }
}
