package vn.smartvillage.evaluation;

import java.util.List;
import java.util.function.Supplier;

import vn.smartvillage.Fraction;
import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;

/**
 * What a measure read from the data for one unit, before it is compared with the threshold.
 *
 * <p>{@code numerator/denominator} is the known value; {@code unknown} more items might count towards
 * the numerator but lack data (flags without a value, children without a verdict); {@code upper} is the
 * most the numerator could ever be (the denominator of a ratio, the size of a group), which bounds the
 * gap. {@code shown} writes the value for a reason, only when a reason is asked for.
 */
record Reading(State state, long numerator, long denominator, long unknown, long upper, List<String> missing,
        Text subject, Supplier<Text> shown) {

    enum State {
        KNOWN, MISSING, EMPTY, UNDECIDED, NOT_APPLICABLE
    }

    static Reading known(long numerator, long denominator, long unknown, long upper, Text subject, Supplier<Text> shown,
            List<String> missing) {
        return new Reading(State.KNOWN, numerator, denominator, unknown, upper, missing, subject, shown);
    }

    /** The metrics {@code missing} lack a value: the reading keeps their ids, and their names for the reason. */
    static Reading missing(List<? extends Metric<?>> missing, Text subject) {
        List<String> ids = missing.stream().map(Metric::id).toList();
        return new Reading(State.MISSING, 0, 1, 0, 0, ids, subject, () -> names(missing));
    }

    /** The names of the missing metrics, for the reason of a result that lacks data. */
    Text missingNames() {
        return shown.get();
    }

    private static Text names(List<? extends Metric<?>> metrics) {
        StringBuilder v = new StringBuilder();
        StringBuilder e = new StringBuilder();
        for (Metric<?> m : metrics) {
            if (v.length() > 0) {
                v.append("; ");
                e.append("; ");
            }
            v.append(m.name().vi());
            e.append(m.name().en());
        }
        return Text.of(v.toString(), e.toString());
    }

    /** Nothing can be decided, for the reason {@code why} (a rule not yet encoded, units the data lacks). */
    static Reading undecided(Text why, Text subject) {
        return new Reading(State.UNDECIDED, 0, 1, 0, 0, List.of(), subject, () -> why);
    }

    /** Nothing to measure, for the reason {@code why} (the units it counts no longer exist). */
    static Reading notApplicable(Text why, Text subject) {
        return new Reading(State.NOT_APPLICABLE, 0, 1, 0, 0, List.of(), subject, () -> why);
    }

    static Reading empty(Text subject) {
        return new Reading(State.EMPTY, 0, 1, 0, 0, List.of(), subject, null);
    }

    Fraction low() {
        return Fraction.of(numerator, denominator);
    }

    Fraction high() {
        return Fraction.of(numerator + unknown, denominator);
    }
}
