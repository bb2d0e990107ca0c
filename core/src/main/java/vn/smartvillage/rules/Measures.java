package vn.smartvillage.rules;

import java.util.List;

import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;

/** Factories for {@link Measure}s. */
public final class Measures {

    private Measures() {
    }

    /**
     * {@return the ratio {@code numerator / denominator}, compared with a percentage}
     *
     * @param numerator   the part, such as residents with electronic ID; a count, not null
     * @param denominator the whole, such as residents; a count, not null
     * @throws IllegalArgumentException if either is not a count
     */
    public static Measure ratio(Metric<Long> numerator, Metric<Long> denominator) {
        return new Measure.Ratio(numerator, denominator);
    }

    /**
     * {@return the count {@code metric}, compared with a whole number}
     *
     * @param metric the count read, such as cooperatives; not null
     * @throws IllegalArgumentException if the metric is not a count
     */
    public static Measure count(Metric<Long> metric) {
        return new Measure.Count(metric);
    }

    /**
     * {@return the flag {@code metric}, counted as 1 when it holds and 0 when it does not}
     *
     * @param metric the yes/no fact read, not null
     * @throws IllegalArgumentException if the metric is not a flag
     */
    public static Measure flag(Metric<Boolean> metric) {
        return new Measure.Flag(metric);
    }

    /**
     * {@return the number of {@code flags} that hold; with "≥ N", an at-least-N-of rule}
     *
     * @param flags the group, such as the seven fields an IT model may be in: at least one flag, no flag
     *              twice; not null
     * @throws IllegalArgumentException if the group is empty, names a flag twice or holds a metric that is
     *                                  not a flag
     */
    public static Measure flagsHeld(List<Metric<Boolean>> flags) {
        return new Measure.FlagsHeld(flags);
    }

    /**
     * {@return the share of units at {@code level} below the unit that meet {@code criterionId}}
     *
     * @param level       the level of the units counted, below the level of the criterion that uses this
     *                    measure; not null
     * @param criterionId the id of a criterion of the same pack set at {@code level}, not null
     */
    public static Measure shareMeeting(AdminLevel level, String criterionId) {
        return new Measure.ChildrenMeeting(level, criterionId, Measure.Form.SHARE);
    }

    /**
     * {@return the number of units at {@code level} below the unit that meet {@code criterionId}}
     *
     * @param level       the level of the units counted, below the level of the criterion that uses this
     *                    measure; not null
     * @param criterionId the id of a criterion of the same pack set at {@code level}, not null
     */
    public static Measure countMeeting(AdminLevel level, String criterionId) {
        return new Measure.ChildrenMeeting(level, criterionId, Measure.Form.COUNT);
    }

    /**
     * {@return the share of units at {@code level} below the unit that hold {@code certificationId}}
     *
     * @param level           the level of the units counted, below the level of the criterion that uses
     *                        this measure; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}, not null
     */
    public static Measure shareCertified(AdminLevel level, String certificationId) {
        return new Measure.ChildrenCertified(level, certificationId, Measure.Form.SHARE);
    }

    /**
     * {@return the number of units at {@code level} below the unit that hold {@code certificationId}}
     *
     * @param level           the level of the units counted, below the level of the criterion that uses
     *                        this measure; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}, not null
     */
    public static Measure countCertified(AdminLevel level, String certificationId) {
        return new Measure.ChildrenCertified(level, certificationId, Measure.Form.COUNT);
    }

    /**
     * {@return the measure of a rule whose source is known but whose measure or threshold is not; it is
     * never decided} Use it with {@link Threshold#holds()}, as {@link Criterion.Builder#notEncoded} does.
     *
     * @param whyVi what is not known, in Vietnamese, not blank, such as an annex not yet retrieved
     * @param whyEn the same in English, not blank
     * @throws IllegalArgumentException if either text is blank
     */
    public static Measure notEncoded(String whyVi, String whyEn) {
        return new Measure.NotEncoded(Text.of(whyVi, whyEn));
    }
}
