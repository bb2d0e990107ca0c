package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * The dates a rule is in force: from a first day to an optional last day, both included.
 *
 * <p>Make one with {@link #between}, {@link #startingOn} or {@link #ALWAYS}; an open end is an empty
 * {@link #to()}, never {@code null}. Instances are immutable; two periods are equal when their days are.
 */
@API(status = STABLE, since = "0.1")
public final class EffectivePeriod {

    /** A period that has always been and stays in force: from {@link LocalDate#MIN}, open-ended. */
    public static final EffectivePeriod ALWAYS = new EffectivePeriod(LocalDate.MIN, null);

    private final LocalDate from;
    private final LocalDate to;

    /** Checks that {@code to}, when present, is not before {@code from}. */
    private EffectivePeriod(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        this.from = from;
        this.to = to;
    }

    /**
     * {@return the period from {@code from} to {@code to}, both included}
     *
     * @param from the first day in force, not null; {@link LocalDate#MIN} for "always, until {@code to}"
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

    /** {@return the first day in force; {@link LocalDate#MIN} for a period that has always been in force} */
    public LocalDate from() {
        return from;
    }

    /** {@return the last day in force, or empty when open-ended} */
    public Optional<LocalDate> to() {
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
    public boolean equals(Object o) {
        return o instanceof EffectivePeriod p && from.equals(p.from) && Objects.equals(to, p.to);
    }

    @Override
    public int hashCode() {
        return from.hashCode() * 31 + Objects.hashCode(to);
    }

    @Override
    public String toString() {
        return (from.equals(LocalDate.MIN) ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
    }
}
