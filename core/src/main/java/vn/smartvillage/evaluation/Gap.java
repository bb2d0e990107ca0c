package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.Text;

/**
 * The least whole number of people, households, records or units to add (or, for a lower-is-better
 * criterion, to remove) for a criterion to be met: "12 more residents with electronic ID".
 *
 * <p>Minimal means exact: adding {@code amount} meets the criterion, adding {@code amount - 1} does not.
 * A met criterion has a gap of 0.
 *
 * @param amount    how many, zero or more
 * @param direction add or remove
 * @param of        what to add or remove, in Vietnamese and English
 */
@API(status = STABLE, since = "0.1")
public record Gap(long amount, Direction direction, Text of) {

    /** Whether the gap is closed by adding or by removing. */
    @API(status = STABLE, since = "0.1")
    public enum Direction {
        /** More are needed. */
        ADD,
        /** Fewer are needed (lower-is-better criteria). */
        REMOVE
    }

    /**
     * Checks the parts.
     *
     * @param amount    how many people, households, records or units, zero or more
     * @param direction whether they are to be added or removed, not null
     * @param of        what is to be added or removed, such as "residents with electronic ID", in
     *                  Vietnamese and English; not null
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public Gap {
        if (amount < 0) {
            throw new IllegalArgumentException("a gap cannot be negative, got " + amount);
        }
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(of, "of");
    }

    /** {@return {@code true} if nothing needs to change: the amount is 0} */
    public boolean isClosed() {
        return amount == 0;
    }

    /** Returns {@code "+12 residents with electronic ID"} or {@code "-3 …"}, in English. */
    @Override
    public String toString() {
        return (direction == Direction.ADD ? "+" : "-") + amount + " " + of.en();
    }
}
