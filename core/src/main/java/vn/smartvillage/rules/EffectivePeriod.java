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

    /**
     * Checks that {@code to} is not before {@code from}.
     *
     * @param from the first day in force, not null; {@link LocalDate#MIN} for "always"
     * @param to   the last day in force, or {@code null} when open-ended
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public EffectivePeriod {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * {@return the period from {@code from} to {@code to}, both included}
     *
     * @param from the first day in force, not null
     * @param to   the last day in force, not null and not before {@code from}
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static EffectivePeriod between(LocalDate from, LocalDate to) {
        return new EffectivePeriod(from, Objects.requireNonNull(to, "to"));
    }

    /**
     * {@return the open-ended period starting on {@code from}}
     *
     * @param from the first day in force, not null
     */
    public static EffectivePeriod startingOn(LocalDate from) {
        return new EffectivePeriod(from, null);
    }

    /** {@return the last day in force, or empty when open-ended} */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }

    /**
     * {@return {@code true} if {@code date} is in the period} Both the first and the last day are in it.
     *
     * @param date the day asked about, not null
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /**
     * {@return {@code true} if the period ended before {@code date}} An open-ended period never ends.
     *
     * @param date the day asked about, not null
     */
    public boolean endedBefore(LocalDate date) {
        return to != null && date.isAfter(to);
    }

    @Override
    public String toString() {
        return (from.equals(LocalDate.MIN) ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
    }
}
