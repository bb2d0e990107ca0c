package vn.smartvillage.data;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import vn.smartvillage.metric.Metric;

/**
 * The household records of one village, read by metric.
 *
 * <p>Households are many (28 million in Vietnam), so their facts are kept in columns, one per metric,
 * not as one object per household. This interface is the data package's view of them, and not public:
 * {@link Dataset#householdCount}, {@link Dataset#householdMetrics} and {@link Dataset#household} read them,
 * so the storage can change without changing the API. A village that has household records has all of them: counts over the
 * records are the village's counts. A fact a household does not have is missing, never {@code false}
 * or zero.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
interface Households {

    /** {@return the number of household records, one or more} */
    int size();

    /** {@return the metrics that at least one household has a value for} */
    Set<Metric<?>> metrics();

    /**
     * {@return the value of {@code metric} for the household at {@code index}, or empty if that household
     * does not have it}
     *
     * @param <T>    the metric's value type
     * @param index  the household's position among the village's records, in the order they were added,
     *               from 0
     * @param metric a household-level metric, not null; one no household has gives empty
     * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
     */
    <T> Optional<T> get(int index, Metric<T> metric);

    /**
     * {@return the number of households where {@code flag} holds, or empty if any household lacks the
     * fact (the count is then unknown)}
     *
     * @param flag a household-level yes/no fact, not null
     */
    OptionalLong countWhere(Metric<Boolean> flag);

    /**
     * {@return the sum of {@code count} over all households, or empty if any household lacks it}
     *
     * @param count a household-level count, such as a household's members; not null
     */
    OptionalLong sum(Metric<Long> count);

    /**
     * {@return the number of households that have a value for {@code metric}, from 0 to {@link #size()}}
     *
     * @param metric a household-level metric, not null
     */
    int known(Metric<?> metric);
}
