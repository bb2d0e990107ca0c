package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.Text;

/**
 * The least whole number of people, households, records or units to add (or, for a lower-is-better
 * criterion or one of equality above its value, to remove) for a criterion to be met: "12 more residents
 * with electronic ID".
 *
 * <p>Minimal means exact: adding {@code amount} meets the criterion, adding {@code amount - 1} does not.
 * A met criterion has a gap of 0.
 *
 * <p>Made by {@link #add} or {@link #remove}; immutable; two gaps are equal when their amount, direction
 * and words are.
 */
@API(status = STABLE, since = "0.1")
public final class Gap {

    private final long amount;
    private final boolean removal;
    private final Text of;

    private Gap(long amount, boolean removal, Text of) {
        if (amount < 0) {
            throw new IllegalArgumentException("a gap cannot be negative, got " + amount);
        }
        this.amount = amount;
        this.removal = removal;
        this.of = Objects.requireNonNull(of, "of");
    }

    /**
     * {@return a gap closed by adding {@code amount} of what {@code of} names}
     *
     * @param amount how many people, households, records or units, zero or more
     * @param of     what is to be added, such as "residents with electronic ID", in Vietnamese and English;
     *               not null
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public static Gap add(long amount, Text of) {
        return new Gap(amount, false, of);
    }

    /**
     * {@return a gap closed by removing {@code amount} of what {@code of} names: a lower-is-better criterion, or
     * one of equality above its value}
     *
     * @param amount how many people, households, records or units, zero or more
     * @param of     what is to be removed, in Vietnamese and English; not null
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public static Gap remove(long amount, Text of) {
        return new Gap(amount, true, of);
    }

    /** {@return how many people, households, records or units to add or remove, zero or more} */
    public long amount() {
        return amount;
    }

    /**
     * {@return {@code true} if the gap is closed by removing (a lower-is-better criterion, or one of equality
     * above its value), {@code false} if by adding}
     */
    public boolean isRemoval() {
        return removal;
    }

    /** {@return what is to be added or removed, in Vietnamese and English} */
    public Text of() {
        return of;
    }

    /** {@return {@code true} if nothing needs to change: the amount is 0} */
    public boolean isClosed() {
        return amount == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gap g && amount == g.amount && removal == g.removal && of.equals(g.of);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, removal, of);
    }

    /** Returns {@code "+12 residents with electronic ID"} or {@code "-3 …"}, in English. */
    @Override
    public String toString() {
        return (removal ? "-" : "+") + amount + " " + of.en();
    }
}
