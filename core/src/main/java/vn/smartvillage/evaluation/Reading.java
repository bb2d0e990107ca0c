package vn.smartvillage.evaluation;

import java.util.List;
import java.util.function.Supplier;

import vn.smartvillage.Fraction;
import vn.smartvillage.Text;

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

    static Reading missing(List<String> missing, Text subject) {
        return new Reading(State.MISSING, 0, 1, 0, 0, missing, subject, null);
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
