package vn.smartvillage;

import java.util.Objects;

import vn.smartvillage.internal.Strings;

/**
 * One thing wrong with an input, with where it is and why it is wrong.
 *
 * <p>The location names the place a person can go and fix: a unit id and a metric id
 * ({@code "unit kha-ly-thuong, metric residents.electronic-id"}), a household by its village and index,
 * or a rule-pack id and the element inside it.
 *
 * @param location where the problem is, never blank
 * @param reason   why it is a problem and, where possible, what to do, in Vietnamese and English
 */
public record Problem(String location, Text reason) {

    /**
     * Checks that both parts are present; a location is cut to 1,000 characters and made well-formed
     * UTF-16, so that any writer can print it.
     *
     * @param location where the problem is, such as {@code "unit kha-ly-thuong, metric residents"}; not null
     *                 and not blank
     * @param reason   why it is a problem, in Vietnamese and English; not null
     * @throws IllegalArgumentException if the location is blank
     */
    public Problem {
        location = Strings.wellFormed(Strings.cut(Objects.requireNonNull(location, "location"), 1000));
        Objects.requireNonNull(reason, "reason");
        if (location.isBlank()) {
            throw new IllegalArgumentException("a problem needs a location");
        }
    }

    /**
     * {@return a problem at {@code location} with the given Vietnamese and English reasons}
     *
     * @param location where the problem is; not null and not blank
     * @param vi       the reason in Vietnamese, not blank
     * @param en       the reason in English, not blank
     * @throws IllegalArgumentException if the location or either reason is blank
     */
    public static Problem at(String location, String vi, String en) {
        return new Problem(location, Text.of(vi, en));
    }

    /** Returns {@code "location: reason"} in English. */
    @Override
    public String toString() {
        return location + ": " + reason.en();
    }
}
