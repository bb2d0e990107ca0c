package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.AdminLevel;

/**
 * What a criterion measures on a unit. The family is closed; the static methods here make each kind.
 *
 * <ul>
 *   <li>{@link Ratio}: one count over another (residents with electronic ID / residents);</li>
 *   <li>{@link Count}: a count (cooperatives);</li>
 *   <li>{@link Flag}: a yes/no fact, counted as 1 when it holds and 0 when not;</li>
 *   <li>{@link FlagsHeld}: how many of a group of flags hold ("at least one IT model in one of these
 *       fields");</li>
 *   <li>{@link ChildrenMeeting}: the share or count of units at a lower level that meet a criterion;</li>
 *   <li>{@link ChildrenCertified}: the share or count of units at a lower level that hold a
 *       certification;</li>
 *   <li>{@link NotEncoded}: a rule whose source is known but whose measure or threshold is not, so
 *       it is listed, cited and never decided (its result is always "missing data").</li>
 * </ul>
 * A ratio or a share is compared with a percentage threshold, the others with an absolute one.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Measure {

    /** Whether a child measure is a share of the children or a count of them. */
    @API(status = STABLE, since = "0.1")
    enum Form {
        /** The share of the children, compared with a percentage. */
        SHARE,
        /** The number of children, compared with a whole number. */
        COUNT
    }

    /**
     * {@return the ratio {@code numerator / denominator}, compared with a percentage}
     *
     * @param numerator   the part, such as residents with electronic ID; a count, not null
     * @param denominator the whole, such as residents; a count, not null
     * @throws IllegalArgumentException if either is not a count
     */
    static Measure ratio(Metric<Long> numerator, Metric<Long> denominator) {
        return new Ratio(numerator, denominator);
    }

    /**
     * {@return the count {@code metric}, compared with a whole number}
     *
     * @param metric the count read, such as cooperatives; not null
     * @throws IllegalArgumentException if the metric is not a count
     */
    static Measure count(Metric<Long> metric) {
        return new Count(metric);
    }

    /**
     * {@return the flag {@code metric}, counted as 1 when it holds and 0 when it does not}
     *
     * @param metric the yes/no fact read, not null
     * @throws IllegalArgumentException if the metric is not a flag
     */
    static Measure flag(Metric<Boolean> metric) {
        return new Flag(metric);
    }

    /**
     * {@return the number of {@code flags} that hold; with "≥ N", an at-least-N-of rule}
     *
     * @param flags the group, such as the seven fields an IT model may be in: at least one flag, no flag
     *              twice; not null
     * @throws IllegalArgumentException if the group is empty, names a flag twice or holds a metric that is
     *                                  not a flag
     */
    static Measure flagsHeld(List<Metric<Boolean>> flags) {
        return new FlagsHeld(flags);
    }

    /**
     * {@return the share of units at {@code level} below the unit that meet {@code criterionId}}
     *
     * @param level       the level of the units counted, below the level of the criterion that uses this
     *                    measure; not null
     * @param criterionId the id of a criterion of the same pack set at {@code level}, not null
     */
    static Measure shareMeeting(AdminLevel level, String criterionId) {
        return new ChildrenMeeting(level, criterionId, Form.SHARE);
    }

    /**
     * {@return the number of units at {@code level} below the unit that meet {@code criterionId}}
     *
     * @param level       the level of the units counted, below the level of the criterion that uses this
     *                    measure; not null
     * @param criterionId the id of a criterion of the same pack set at {@code level}, not null
     */
    static Measure countMeeting(AdminLevel level, String criterionId) {
        return new ChildrenMeeting(level, criterionId, Form.COUNT);
    }

    /**
     * {@return the share of units at {@code level} below the unit that hold {@code certificationId}}
     *
     * @param level           the level of the units counted, below the level of the criterion that uses
     *                        this measure; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}, not null
     */
    static Measure shareCertified(AdminLevel level, String certificationId) {
        return new ChildrenCertified(level, certificationId, Form.SHARE);
    }

    /**
     * {@return the number of units at {@code level} below the unit that hold {@code certificationId}}
     *
     * @param level           the level of the units counted, below the level of the criterion that uses
     *                        this measure; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}, not null
     */
    static Measure countCertified(AdminLevel level, String certificationId) {
        return new ChildrenCertified(level, certificationId, Form.COUNT);
    }

    /**
     * {@return the measure of a rule whose source is known but whose measure or threshold is not; it is
     * never decided} Use it with {@link Threshold#holds()}, as {@link Criterion.Builder#notEncoded} does.
     *
     * @param whyVi what is not known, in Vietnamese, not blank, such as an annex not yet retrieved
     * @param whyEn the same in English, not blank
     * @throws IllegalArgumentException if either text is blank
     */
    static Measure notEncoded(String whyVi, String whyEn) {
        return new NotEncoded(Text.of(whyVi, whyEn));
    }

    /** {@return {@code true} if the value is a share, compared with a percentage threshold} */
    boolean isShare();

    /** {@return the metrics this measure reads, empty for child measures and rules not yet encoded} */
    List<Metric<?>> metrics();

    /**
     * One count over another.
     *
     * @param numerator   the part, such as residents with electronic ID
     * @param denominator the whole, such as residents
     */
    @API(status = STABLE, since = "0.1")
    record Ratio(Metric<Long> numerator, Metric<Long> denominator) implements Measure {
        /**
         * Checks that both are counts.
         *
         * @param numerator   the part, such as residents with electronic ID; a count, not null
         * @param denominator the whole, such as residents; a count, not null
         * @throws IllegalArgumentException if either is not a count
         */
        public Ratio {
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
    }

    /**
     * A count.
     *
     * @param metric the count
     */
    @API(status = STABLE, since = "0.1")
    record Count(Metric<Long> metric) implements Measure {
        /**
         * Checks that the metric is a count.
         *
         * @param metric the count read, such as cooperatives; not null
         * @throws IllegalArgumentException if the metric is not a count
         */
        public Count {
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
    }

    /**
     * A yes/no fact, counted as 1 when it holds and 0 when it does not.
     *
     * @param metric the flag
     */
    @API(status = STABLE, since = "0.1")
    record Flag(Metric<Boolean> metric) implements Measure {
        /**
         * Checks that the metric is a flag.
         *
         * @param metric the yes/no fact read, not null
         * @throws IllegalArgumentException if the metric is not a flag
         */
        public Flag {
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
    }

    /**
     * The number of flags in a group that hold; with "≥ N" it is an at-least-N-of rule.
     *
     * @param flags the group, at least one flag, no flag twice
     */
    @API(status = STABLE, since = "0.1")
    record FlagsHeld(List<Metric<Boolean>> flags) implements Measure {
        /**
         * Checks the group and copies it.
         *
         * @param flags the group: at least one flag, no flag twice; not null
         * @throws IllegalArgumentException if the group is empty, names a flag twice or holds a metric that is
         *                                  not a flag
         */
        public FlagsHeld {
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
    }

    /**
     * The share or number of units at {@code level}, below the assessed unit, that meet a criterion.
     * Children for which the criterion does not apply are left out of the share.
     *
     * @param level       the level of the children, below the criterion's own level
     * @param criterionId the criterion they must meet, defined at {@code level}
     * @param form        share or count
     */
    @API(status = STABLE, since = "0.1")
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
        public ChildrenMeeting {
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
    }

    /**
     * The share or number of units at {@code level}, below the assessed unit, that hold a certification.
     *
     * @param level           the level of the children, below the criterion's own level
     * @param certificationId the certification they must hold, defined at {@code level}
     * @param form            share or count
     */
    @API(status = STABLE, since = "0.1")
    record ChildrenCertified(AdminLevel level, String certificationId, Form form) implements Measure {
        /**
         * Checks that nothing is {@code null}.
         *
         * @param level           the level of the children, not null; that it is below the criterion's own
         *                        level is checked by the criterion
         * @param certificationId the id of the certification they must hold, not null; that the pack has it
         *                        at {@code level} is checked by the pack
         * @param form            share or count, not null
         */
        public ChildrenCertified {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(certificationId, "certificationId");
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
    }

    /**
     * A rule the pack lists and cites but cannot measure yet: its source names it, and its measure or
     * threshold is not known (an annex not retrieved, a term the plan leaves undefined). Evaluating it
     * always gives "missing data" with {@code why}, never a guessed verdict; a pack that learns the rule
     * replaces the criterion with a measured one.
     *
     * @param why what is not known, in Vietnamese and English
     */
    @API(status = STABLE, since = "0.1")
    record NotEncoded(Text why) implements Measure {
        /**
         * Checks that the reason is given.
         *
         * @param why what is not known, in Vietnamese and English, not null
         */
        public NotEncoded {
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
    }

    private static void requireType(Metric<?> metric, ValueType type, String what) {
        Objects.requireNonNull(metric, what);
        if (metric.type() != type) {
            throw new IllegalArgumentException(what + " '" + metric.id() + "' must be a " + type + ", not a " + metric.type());
        }
    }
}
