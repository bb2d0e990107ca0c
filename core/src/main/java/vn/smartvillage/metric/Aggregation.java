package vn.smartvillage.metric;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apiguardian.api.API;

/**
 * How a count metric gets a value for a unit that does not carry one directly.
 *
 * <p>Every aggregation is a sum over the unit's children once it is above its base level; they differ
 * in how the base level counts, one kind for each {@link Metric} factory that makes an aggregated count:
 * <ul>
 *   <li>{@code sum} ({@link Metric#summedCount}): the metric is observed at its own level and summed
 *       upwards (residents of a commune are the residents of its villages);</li>
 *   <li>{@code householdsWhere} ({@link Metric#householdsWhere}): a village counts its household records
 *       where a household flag holds;</li>
 *   <li>{@code householdsSum} ({@link Metric#householdsSum}): a village sums a household count over its
 *       household records;</li>
 *   <li>{@code households} ({@link Metric#households}): a village counts its household records.</li>
 * </ul>
 * A value carried directly by a unit always wins over an aggregate; a village carrying both a total and
 * household records that disagree is a validation error.
 *
 * <p>The kinds are not public types. {@link #householdMetric()} gives the household metric an aggregation
 * reads, and {@link #match} calls one of four functions, one per kind, so that the compiler checks every
 * kind is handled (Java 17 has no pattern matching for {@code switch}). Two aggregations are equal when
 * they are of the same kind and read the same metric.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Aggregation permits Aggregations.Sum, Aggregations.HouseholdsWhere, Aggregations.HouseholdSum,
        Aggregations.Households {

    /**
     * {@return the household-level metric read in each household record: the flag counted by
     * {@code householdsWhere} or the count added up by {@code householdsSum}; empty for {@code sum} and
     * {@code households}, which read none}
     */
    Optional<Metric<?>> householdMetric();

    /**
     * Calls the function for this aggregation's kind, named as the {@link Metric} factory's kind and given
     * the household metric it reads.
     *
     * <pre>{@code
     * String shown = aggregation.match(() -> "sum", flag -> "households where " + flag.id(),
     *         count -> "sum of " + count.id(), () -> "households");
     * }</pre>
     *
     * @param <R>             what the functions return
     * @param sum             for a sum over the children ({@link Metric#summedCount}), not null
     * @param householdsWhere for a count of household records where a flag holds ({@link Metric#householdsWhere}),
     *                        given the household flag; not null
     * @param householdsSum   for a sum of a household count ({@link Metric#householdsSum}), given the household
     *                        count; not null
     * @param households      for a count of household records ({@link Metric#households}), not null
     * @return what the function called returned
     */
    <R> R match(Supplier<? extends R> sum, Function<? super Metric<Boolean>, ? extends R> householdsWhere,
            Function<? super Metric<Long>, ? extends R> householdsSum, Supplier<? extends R> households);
}
