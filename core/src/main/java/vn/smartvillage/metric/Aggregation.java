package vn.smartvillage.metric;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.model.AdminLevel;

/**
 * How a count metric gets a value for a unit that does not carry one directly.
 *
 * <p>Every aggregation is a sum over the unit's children once it is above its base level; they differ
 * in how the base level counts:
 * <ul>
 *   <li>{@link Sum}: the metric is observed at its own level and summed upwards (residents of a
 *       commune are the residents of its villages);</li>
 *   <li>{@link HouseholdsWhere}: a village counts its household records where a household flag holds;</li>
 *   <li>{@link HouseholdSum}: a village sums a household count over its household records;</li>
 *   <li>{@link Households}: a village counts its household records.</li>
 * </ul>
 * A value carried directly by a unit always wins over an aggregate; a village carrying both a total and
 * household records that disagree is a validation error.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Aggregation {

    /** Sum over the children when the unit does not carry the value itself. */
    @API(status = STABLE, since = "0.1")
    record Sum() implements Aggregation {
    }

    /**
     * At village level, the number of household records where {@code flag} holds; summed above it.
     *
     * @param flag a household-level flag metric
     */
    @API(status = STABLE, since = "0.1")
    record HouseholdsWhere(Metric<Boolean> flag) implements Aggregation {
        /**
         * Checks that {@code flag} is a household-level flag.
         *
         * @param flag the flag counted in each household record, not null
         * @throws IllegalArgumentException if {@code flag} is not a flag at {@link AdminLevel#HOUSEHOLD}
         */
        public HouseholdsWhere {
            Objects.requireNonNull(flag, "flag");
            if (flag.level() != AdminLevel.HOUSEHOLD || flag.type() != ValueType.FLAG) {
                throw new IllegalArgumentException("a household count needs a household-level flag, got " + flag.id());
            }
        }
    }

    /**
     * At village level, the sum of {@code count} over the household records; summed above it.
     *
     * @param count a household-level count metric
     */
    @API(status = STABLE, since = "0.1")
    record HouseholdSum(Metric<Long> count) implements Aggregation {
        /**
         * Checks that {@code count} is a household-level count.
         *
         * @param count the count added up over the household records, not null
         * @throws IllegalArgumentException if {@code count} is not a count at {@link AdminLevel#HOUSEHOLD}
         */
        public HouseholdSum {
            Objects.requireNonNull(count, "count");
            if (count.level() != AdminLevel.HOUSEHOLD || count.type() != ValueType.COUNT) {
                throw new IllegalArgumentException("a household sum needs a household-level count, got " + count.id());
            }
        }
    }

    /** At village level, the number of household records; summed above it. */
    @API(status = STABLE, since = "0.1")
    record Households() implements Aggregation {
    }
}
