package vn.smartvillage.model;

import java.util.Objects;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.smartvillage.Text;

/**
 * An administrative unit above the household: a province, district, commune or village.
 *
 * <p>A unit knows its parent by id; the dataset that holds it knows its children. Households are not
 * units: there are 28 million of them, so a dataset keeps their facts in columns (see
 * {@code Dataset.households}).
 *
 * <p>The constructor only rejects {@code null}s; the content (id syntax, name length, level) is checked
 * together with the rest of a dataset, so that every problem is reported at once.
 *
 * @param id       the unit's id, unique in its dataset: letters, digits, {@code . _ : -}, at most 64
 * @param name     the unit's name, normalised to NFC, such as {@code "Khả Lý Thượng"}
 * @param level    the unit's level; never {@link AdminLevel#HOUSEHOLD}
 * @param parentId the id of the unit it belongs to, or {@code null} for a root
 */
public record Unit(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{Alnum}._:-]*",
                message = "may hold only letters, digits and . _ : -") String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull AdminLevel level,
        String parentId) {

    /**
     * Rejects {@code null} id, name and level and normalises the name to NFC.
     *
     * @param id       the unit's id, unique in its dataset, not null; its syntax is checked with the dataset
     * @param name     the unit's name as written, not null; stored in NFC
     * @param level    the unit's level, not null; a household level is rejected with the dataset
     * @param parentId the id of the unit it belongs to, or {@code null} for a root such as a province
     * @throws NullPointerException if the id, name or level is {@code null}
     */
    public Unit {
        Objects.requireNonNull(id, "id");
        name = Text.nfc(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(level, "level");
    }

    /** {@return the parent's id, or empty for a root unit} */
    public Optional<String> parent() {
        return Optional.ofNullable(parentId);
    }
}
