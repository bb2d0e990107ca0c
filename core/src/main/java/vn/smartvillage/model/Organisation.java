package vn.smartvillage.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.apiguardian.api.API;

import vn.smartvillage.Text;

/**
 * An organisation that operates inside an administrative unit, such as the Gấc Việt agricultural
 * cooperative in Khả Lý Thượng village.
 *
 * @param id     the organisation's id, unique among the organisations of its dataset
 * @param name   its name, normalised to NFC
 * @param kind   cooperative, business household or enterprise
 * @param unitId the id of the unit it operates in
 */
@API(status = STABLE, since = "0.1")
public record Organisation(
        @NotBlank @Size(max = 64) String id,
        @NotBlank @Size(max = 200) String name,
        OrganisationKind kind,
        @NotBlank String unitId) {

    /**
     * Rejects {@code null}s and normalises the name to NFC.
     *
     * @param id     the organisation's id, unique among the organisations of its dataset, not null
     * @param name   its name as written, not null; stored in NFC
     * @param kind   cooperative, business household or enterprise, not null
     * @param unitId the id of the unit it operates in, not null; that the unit exists is checked with the
     *               dataset
     * @throws NullPointerException if any part is {@code null}
     */
    public Organisation {
        Objects.requireNonNull(id, "id");
        name = Text.nfc(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitId, "unitId");
    }
}
