package vn.smartvillage.metric;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import vn.smartvillage.model.AdminLevel;

/**
 * The kinds of {@link Aggregation}, one record each: not public, so that the public type count stays
 * small; {@link Metric}'s factories make them and callers read them with {@link Aggregation#match}.
 */
final class Aggregations {

    private Aggregations() {
    }

    /** Sum over the children when the unit does not carry the value itself. */
    record Sum() implements Aggregation {
        @Override
        public Optional<Metric<?>> householdMetric() {
            return Optional.empty();
        }

        @Override
        public <R> R match(Supplier<? extends R> sum, Function<? super Metric<Boolean>, ? extends R> householdsWhere,
                Function<? super Metric<Long>, ? extends R> householdsSum, Supplier<? extends R> households) {
            return sum.get();
        }
    }

    /**
     * At village level, the number of household records where {@code flag} holds; summed above it.
     *
     * @param flag a household-level flag metric
     */
    record HouseholdsWhere(Metric<Boolean> flag) implements Aggregation {
        /**
         * Checks that {@code flag} is a household-level flag.
         *
         * @param flag the flag counted in each household record, not null
         * @throws IllegalArgumentException if {@code flag} is not a flag at {@link AdminLevel#HOUSEHOLD}
         */
        HouseholdsWhere {
            Objects.requireNonNull(flag, "flag");
            if (flag.level() != AdminLevel.HOUSEHOLD || flag.type() != ValueType.FLAG) {
                throw new IllegalArgumentException("a household count needs a household-level flag, got " + flag.id());
            }
        }

        @Override
        public Optional<Metric<?>> householdMetric() {
            return Optional.of(flag);
        }

        @Override
        public <R> R match(Supplier<? extends R> sum, Function<? super Metric<Boolean>, ? extends R> householdsWhere,
                Function<? super Metric<Long>, ? extends R> householdsSum, Supplier<? extends R> households) {
            return householdsWhere.apply(flag);
        }
    }

    /**
     * At village level, the sum of {@code count} over the household records; summed above it.
     *
     * @param count a household-level count metric
     */
    record HouseholdSum(Metric<Long> count) implements Aggregation {
        /**
         * Checks that {@code count} is a household-level count.
         *
         * @param count the count added up over the household records, not null
         * @throws IllegalArgumentException if {@code count} is not a count at {@link AdminLevel#HOUSEHOLD}
         */
        HouseholdSum {
            Objects.requireNonNull(count, "count");
            if (count.level() != AdminLevel.HOUSEHOLD || count.type() != ValueType.COUNT) {
                throw new IllegalArgumentException("a household sum needs a household-level count, got " + count.id());
            }
        }

        @Override
        public Optional<Metric<?>> householdMetric() {
            return Optional.of(count);
        }

        @Override
        public <R> R match(Supplier<? extends R> sum, Function<? super Metric<Boolean>, ? extends R> householdsWhere,
                Function<? super Metric<Long>, ? extends R> householdsSum, Supplier<? extends R> households) {
            return householdsSum.apply(count);
        }
    }

    /** At village level, the number of household records; summed above it. */
    record Households() implements Aggregation {
        @Override
        public Optional<Metric<?>> householdMetric() {
            return Optional.empty();
        }

        @Override
        public <R> R match(Supplier<? extends R> sum, Function<? super Metric<Boolean>, ? extends R> householdsWhere,
                Function<? super Metric<Long>, ? extends R> householdsSum, Supplier<? extends R> households) {
            return households.get();
        }
    }
}
