package vn.smartvillage.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
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
 * <p>A unit may carry an official code ({@link #code()}), such as a state statistics code, beside its id: an
 * opaque string that the dataset checks only for its syntax (letters, digits, {@code . -}, at most 16), and
 * that a country's own module may check against its official lists.
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
    @Size(max = 16)
    @Pattern(regexp = "[\\p{Alnum}.-]+", message = "may hold only letters, digits and . -")
    private final String code;

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
        this.code = null;
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
        this.code = null;
    }

    private Unit(Unit u, String code) {
        this.id = u.id;
        this.name = u.name;
        this.level = u.level;
        this.parentId = u.parentId;
        this.code = code;
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

    /**
     * {@return the unit's official code, such as {@code "07798"}, or empty when the data gives none} The code is
     * kept as written, leading zeros included; its syntax is checked with the dataset.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * {@return this unit with the official code {@code code}}, such as {@code unit.withCode("07798")}
     *
     * @param code the code as the official list writes it, not null: letters, digits and {@code . -}, at most 16
     *             (the syntax is checked with the dataset)
     * @throws NullPointerException if {@code code} is {@code null}
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Unit withCode(String code) {
        return new Unit(this, Objects.requireNonNull(code, "code"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && id.equals(u.id) && name.equals(u.name) && level == u.level && Objects.equals(parentId, u.parentId)
                && Objects.equals(code, u.code);
    }

    @Override
    public int hashCode() {
        int h = ((id.hashCode() * 31 + name.hashCode()) * 31 + level.hashCode()) * 31 + Objects.hashCode(parentId);
        return code == null ? h : h * 31 + code.hashCode();
    }

    /**
     * Returns the parts as a record writes them, such as {@code Unit[id=xa, name=Xã, level=COMMUNE, parentId=null]},
     * with {@code , code=07798} before the bracket when the unit has a code.
     */
    @Override
    public String toString() {
        return "Unit[id=" + id + ", name=" + name + ", level=" + level + ", parentId=" + parentId + (code == null ? "" : ", code=" + code) + "]";
    }
}
