package vn.smartvillage.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.AdminLevel;

/**
 * The kinds of {@link Measure}, one record each: not public, so that the public type count stays small;
 * callers make them with {@code Measure}'s factories and read them with {@link Measure#match}. Code of
 * this package may use them directly.
 */
final class Measures {

    private Measures() {
    }

    /** Whether a child measure is a share of the children or a count of them. */
    enum Form {
        /** The share of the children, compared with a percentage. */
        SHARE,
        /** The number of children, compared with a whole number. */
        COUNT
    }

    /** What a measure over the units below holding a certification counts. */
    enum Counting {
        /** The units the pack certifies itself, from their figures: the default. */
        COMPUTED,
        /** The units an official decision in the dataset recognises as holding it. */
        RECOGNISED,
        /** The units that are recognised or certified by the pack, each once. */
        EITHER
    }

    /**
     * One count over another.
     *
     * @param numerator   the part, such as residents with electronic ID
     * @param denominator the whole, such as residents
     */
    record Ratio(Metric<Long> numerator, Metric<Long> denominator) implements Measure {
        /**
         * Checks that both are counts.
         *
         * @param numerator   the part, such as residents with electronic ID; a count, not null
         * @param denominator the whole, such as residents; a count, not null
         * @throws IllegalArgumentException if either is not a count
         */
        Ratio {
            requireType(numerator, ValueType.COUNT, "numerator");
            requireType(denominator, ValueType.COUNT, "denominator");
        }

        @Override
        public boolean isShare() {
            return true;
        }

        @Override
        public List<Metric<?>> metrics() {
            return List.of(numerator, denominator);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.ratio(numerator, denominator);
        }
    }

    /**
     * A count.
     *
     * @param metric the count
     */
    record Count(Metric<Long> metric) implements Measure {
        /**
         * Checks that the metric is a count.
         *
         * @param metric the count read, such as cooperatives; not null
         * @throws IllegalArgumentException if the metric is not a count
         */
        Count {
            requireType(metric, ValueType.COUNT, "metric");
        }

        @Override
        public boolean isShare() {
            return false;
        }

        @Override
        public List<Metric<?>> metrics() {
            return List.of(metric);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.count(metric);
        }
    }

    /**
     * A yes/no fact, counted as 1 when it holds and 0 when it does not.
     *
     * @param metric the flag
     */
    record Flag(Metric<Boolean> metric) implements Measure {
        /**
         * Checks that the metric is a flag.
         *
         * @param metric the yes/no fact read, not null
         * @throws IllegalArgumentException if the metric is not a flag
         */
        Flag {
            requireType(metric, ValueType.FLAG, "metric");
        }

        @Override
        public boolean isShare() {
            return false;
        }

        @Override
        public List<Metric<?>> metrics() {
            return List.of(metric);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.flag(metric);
        }
    }

    /**
     * The number of flags in a group that hold; with "≥ N" it is an at-least-N-of rule.
     *
     * @param flags the group, at least one flag, no flag twice
     */
    record FlagsHeld(List<Metric<Boolean>> flags) implements Measure {
        /**
         * Checks the group and copies it.
         *
         * @param flags the group: at least one flag, no flag twice; not null
         * @throws IllegalArgumentException if the group is empty, names a flag twice or holds a metric that is
         *                                  not a flag
         */
        FlagsHeld {
            flags = List.copyOf(flags);
            if (flags.isEmpty()) {
                throw new IllegalArgumentException("a group of flags needs at least one flag");
            }
            if (flags.stream().distinct().count() != flags.size()) {
                throw new IllegalArgumentException("a group of flags names a flag twice: " + flags);
            }
            flags.forEach(f -> requireType(f, ValueType.FLAG, "flags"));
        }

        @Override
        public boolean isShare() {
            return false;
        }

        @Override
        public List<Metric<?>> metrics() {
            return List.copyOf(flags);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.flagsHeld(flags);
        }
    }

    /**
     * The share or number of units at {@code level}, below the assessed unit, that meet a criterion.
     * Children for which the criterion does not apply are left out of the share.
     *
     * @param level       the level of the children, below the criterion's own level
     * @param criterionId the criterion they must meet, defined at {@code level}
     * @param form        share or count
     */
    record ChildrenMeeting(AdminLevel level, String criterionId, Form form) implements Measure {
        /**
         * Checks that nothing is {@code null}.
         *
         * @param level       the level of the children, not null; that it is below the criterion's own level
         *                    is checked by the criterion
         * @param criterionId the id of the criterion they must meet, not null; that the pack has it at
         *                    {@code level} is checked by the pack
         * @param form        share or count, not null
         */
        ChildrenMeeting {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(criterionId, "criterionId");
            Objects.requireNonNull(form, "form");
        }

        @Override
        public boolean isShare() {
            return form == Form.SHARE;
        }

        @Override
        public List<Metric<?>> metrics() {
            return List.of();
        }

        @Override
        public Optional<AdminLevel> childLevel() {
            return Optional.of(level);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return form == Form.SHARE ? cases.shareMeeting(level, criterionId) : cases.countMeeting(level, criterionId);
        }
    }

    /**
     * The share or number of units at {@code level}, below the assessed unit, that hold a certification: as the
     * pack computes it, as official decisions recognise it, or either.
     *
     * @param level           the level of the children, below the criterion's own level
     * @param certificationId the certification they must hold, defined at {@code level}
     * @param form            share or count
     * @param counting        which units count: computed, recognised or either
     */
    record ChildrenCertified(AdminLevel level, String certificationId, Form form, Counting counting) implements Measure {
        /**
         * Checks that nothing is {@code null}.
         *
         * @param level           the level of the children, not null; that it is below the criterion's own
         *                        level is checked by the criterion
         * @param certificationId the id of the certification they must hold, not null; that the pack has it
         *                        at {@code level} is checked by the pack
         * @param form            share or count, not null
         * @param counting        computed, recognised or either, not null
         */
        ChildrenCertified {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(certificationId, "certificationId");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(counting, "counting");
        }

        /**
         * The units the pack certifies itself.
         *
         * @param level           the level of the children
         * @param certificationId the certification they must hold
         * @param form            share or count
         */
        ChildrenCertified(AdminLevel level, String certificationId, Form form) {
            this(level, certificationId, form, Counting.COMPUTED);
        }

        @Override
        public boolean isShare() {
            return form == Form.SHARE;
        }

        @Override
        public List<Metric<?>> metrics() {
            return List.of();
        }

        @Override
        public Optional<AdminLevel> childLevel() {
            return Optional.of(level);
        }

        @Override
        public boolean countsRecognised() {
            return counting != Counting.COMPUTED;
        }

        @Override
        public boolean countsComputed() {
            return counting != Counting.RECOGNISED;
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return form == Form.SHARE ? cases.shareCertified(level, certificationId) : cases.countCertified(level, certificationId);
        }
    }

    /**
     * A rule the pack lists and cites but cannot measure yet: its source names it, and its measure or
     * threshold is not known (an annex not retrieved, a term the plan leaves undefined). Evaluating it
     * always gives "missing data" with {@code why}, never a guessed verdict; a pack that learns the rule
     * replaces the criterion with a measured one.
     *
     * @param why what is not known, in Vietnamese and English
     */
    record NotEncoded(Text why) implements Measure {
        /**
         * Checks that the reason is given.
         *
         * @param why what is not known, in Vietnamese and English, not null
         */
        NotEncoded {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public boolean isShare() {
            return false;
        }

        @Override
        public List<Metric<?>> metrics() {
            return List.of();
        }

        @Override
        public boolean isEncoded() {
            return false;
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.notEncoded(why);
        }
    }

    private static void requireType(Metric<?> metric, ValueType type, String what) {
        Objects.requireNonNull(metric, what);
        if (metric.type() != type) {
            throw new IllegalArgumentException(what + " '" + metric.id() + "' must be a " + type + ", not a " + metric.type());
        }
    }
}
