package vn.smartvillage.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.text.Messages;

/**
 * A level of Vietnam's administrative hierarchy, from province down to household.
 *
 * <p>The order of the constants is the order of the hierarchy: a unit's parent is always at a level
 * declared before its own. The district level is optional: Vietnam dropped it on 1 July 2025, so data
 * after that date has communes directly under their province, while older data has districts between
 * them. Both shapes are valid.
 */
@API(status = STABLE, since = "0.1")
public enum AdminLevel {
    /** A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương). */
    PROVINCE("level.province"),
    /** A district (huyện, quận, thị xã); absent from data dated after 1 July 2025. */
    DISTRICT("level.district", LocalDate.of(2025, 7, 1)),
    /** A commune, ward or special zone (xã, phường, đặc khu). */
    COMMUNE("level.commune"),
    /** A village or street group (thôn, bản, ấp, tổ dân phố). */
    VILLAGE("level.village"),
    /** A household (hộ gia đình). */
    HOUSEHOLD("level.household");

    private final Text label;
    private final LocalDate abolished;

    AdminLevel(String key) {
        this(key, null);
    }

    AdminLevel(String key, LocalDate abolished) {
        this.label = Messages.label(key);
        this.abolished = abolished;
    }

    /**
     * {@return the day the level stopped existing, if it did: 1 July 2025 for districts (the 2025
     * amendment of the Constitution and NQ 202/2025/QH15 brought two-tier local government)} Empty for
     * every other level.
     */
    public Optional<LocalDate> abolishedOn() {
        return Optional.ofNullable(abolished);
    }

    /**
     * {@return {@code true} if the level no longer existed on {@code date}}
     *
     * @param date the day asked about, not null; the day of abolition itself counts as abolished
     */
    public boolean abolishedBy(LocalDate date) {
        return abolished != null && !date.isBefore(abolished);
    }

    /** {@return the level's name in Vietnamese and English} */
    public Text label() {
        return label;
    }

    /**
     * {@return {@code true} if this level stands above {@code other} in the hierarchy} A level is not
     * above itself.
     *
     * @param other the level compared with, not null
     */
    public boolean isAbove(AdminLevel other) {
        return compareTo(other) < 0;
    }
}
