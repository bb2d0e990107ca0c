package vn.smartvillage.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates a rule is in force: from a first day to an optional last day, both included.
 *
 * @param from the first day in force
 * @param to   the last day in force, or {@code null} when open-ended
 */
public record EffectivePeriod(LocalDate from, LocalDate to) {

    /** A period that has always been and stays in force. */
    public static final EffectivePeriod ALWAYS = new EffectivePeriod(LocalDate.MIN, null);

    /** Checks that {@code to} is not before {@code from}. */
    public EffectivePeriod {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Returns the period from {@code from} to {@code to}, both included. */
    public static EffectivePeriod between(LocalDate from, LocalDate to) {
        return new EffectivePeriod(from, Objects.requireNonNull(to, "to"));
    }

    /** Returns the open-ended period starting on {@code from}. */
    public static EffectivePeriod startingOn(LocalDate from) {
        return new EffectivePeriod(from, null);
    }

    /** Returns the last day in force, or empty when open-ended. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }

    /** Returns {@code true} if {@code date} is in the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Returns {@code true} if the period ended before {@code date}. */
    public boolean endedBefore(LocalDate date) {
        return to != null && date.isAfter(to);
    }

    @Override
    public String toString() {
        return (from.equals(LocalDate.MIN) ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
    }
}
