package vn.smartvillage.rules;

import java.util.List;

import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;

/** Factories for {@link Measure}s. */
public final class Measures {

    private Measures() {
    }

    /** Returns the ratio {@code numerator / denominator}, compared with a percentage. */
    public static Measure ratio(Metric<Long> numerator, Metric<Long> denominator) {
        return new Measure.Ratio(numerator, denominator);
    }

    /** Returns the count {@code metric}. */
    public static Measure count(Metric<Long> metric) {
        return new Measure.Count(metric);
    }

    /** Returns the flag {@code metric}, counted as 1 when it holds. */
    public static Measure flag(Metric<Boolean> metric) {
        return new Measure.Flag(metric);
    }

    /** Returns the number of {@code flags} that hold; with "≥ N", an at-least-N-of rule. */
    public static Measure flagsHeld(List<Metric<Boolean>> flags) {
        return new Measure.FlagsHeld(flags);
    }

    /** Returns the share of units at {@code level} below the unit that meet {@code criterionId}. */
    public static Measure shareMeeting(AdminLevel level, String criterionId) {
        return new Measure.ChildrenMeeting(level, criterionId, Measure.Form.SHARE);
    }

    /** Returns the number of units at {@code level} below the unit that meet {@code criterionId}. */
    public static Measure countMeeting(AdminLevel level, String criterionId) {
        return new Measure.ChildrenMeeting(level, criterionId, Measure.Form.COUNT);
    }

    /** Returns the share of units at {@code level} below the unit that hold {@code certificationId}. */
    public static Measure shareCertified(AdminLevel level, String certificationId) {
        return new Measure.ChildrenCertified(level, certificationId, Measure.Form.SHARE);
    }

    /** Returns the number of units at {@code level} below the unit that hold {@code certificationId}. */
    public static Measure countCertified(AdminLevel level, String certificationId) {
        return new Measure.ChildrenCertified(level, certificationId, Measure.Form.COUNT);
    }

    /**
     * Returns the measure of a rule whose source is known but whose measure or threshold is not; it is
     * never decided. Use it with {@link Threshold#holds()}, as {@link Criterion.Builder#notEncoded} does.
     */
    public static Measure notEncoded(String whyVi, String whyEn) {
        return new Measure.NotEncoded(Text.of(whyVi, whyEn));
    }
}
