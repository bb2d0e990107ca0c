package vn.smartvillage.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.apiguardian.api.API;

import vn.smartvillage.Text;

/**
 * An administrative unit above the household: a province, district, commune or village.
 *
 * <p>A unit knows its parent by id (a root, such as a province, has none: its {@link #parentId()} is
 * empty); the dataset that holds it knows its children. Households are not units: there are 28 million of
 * them, so a dataset keeps their facts in columns (see {@code Dataset.households}).
 *
 * <p>The constructors only reject {@code null}s; the content (id syntax, name length, level) is checked
 * together with the rest of a dataset, so that every problem is reported at once. The constraint
 * annotations on the fields say the same for an application that validates units with its own Bean
 * Validation provider. Instances are immutable; two units are equal when all their parts are.
 */
@API(status = STABLE, since = "0.1")
public final class Unit {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[\\p{Alnum}._:-]*", message = "may hold only letters, digits and . _ : -")
    private final String id;
    @NotBlank
    @Size(max = 200)
    private final String name;
    @NotNull
    private final AdminLevel level;
    private final String parentId;

    /**
     * A root unit, such as a province: one without a parent in its dataset.
     *
     * @param id    the unit's id, unique in its dataset, not null; its syntax is checked with the dataset
     * @param name  the unit's name as written, not null; stored in NFC
     * @param level the unit's level, not null; a household level is rejected with the dataset
     * @throws NullPointerException if the id, name or level is {@code null}
     */
    public Unit(String id, String name, AdminLevel level) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Text.nfc(Objects.requireNonNull(name, "name"));
        this.level = Objects.requireNonNull(level, "level");
        this.parentId = null;
    }

    /**
     * A unit that belongs to another.
     *
     * @param id       the unit's id, unique in its dataset, not null; its syntax is checked with the dataset
     * @param name     the unit's name as written, not null; stored in NFC
     * @param level    the unit's level, not null; a household level is rejected with the dataset
     * @param parentId the id of the unit it belongs to, not null; that it exists is checked with the dataset
     * @throws NullPointerException if a part is {@code null}
     */
    public Unit(String id, String name, AdminLevel level, String parentId) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Text.nfc(Objects.requireNonNull(name, "name"));
        this.level = Objects.requireNonNull(level, "level");
        this.parentId = Objects.requireNonNull(parentId, "parentId");
    }

    /** {@return the unit's id, unique in its dataset: letters, digits, {@code . _ : -}, at most 64} */
    public String id() {
        return id;
    }

    /** {@return the unit's name, normalised to NFC, such as {@code "Khả Lý Thượng"}} */
    public String name() {
        return name;
    }

    /** {@return the unit's level; never {@link AdminLevel#HOUSEHOLD} in a dataset} */
    public AdminLevel level() {
        return level;
    }

    /** {@return the id of the unit it belongs to, or empty for a root unit} */
    public Optional<String> parentId() {
        return Optional.ofNullable(parentId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && id.equals(u.id) && name.equals(u.name) && level == u.level && Objects.equals(parentId, u.parentId);
    }

    @Override
    public int hashCode() {
        return ((id.hashCode() * 31 + name.hashCode()) * 31 + level.hashCode()) * 31 + Objects.hashCode(parentId);
    }

    /** Returns the parts as a record writes them, such as {@code Unit[id=xa, name=Xã, level=COMMUNE, parentId=null]}. */
    @Override
    public String toString() {
        return "Unit[id=" + id + ", name=" + name + ", level=" + level + ", parentId=" + parentId + "]";
    }
}
