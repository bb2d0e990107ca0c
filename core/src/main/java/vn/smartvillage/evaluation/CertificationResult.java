package vn.smartvillage.evaluation;

import java.util.List;
import java.util.Objects;

import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Requirement;

/**
 * Whether one unit holds a certification, and which requirements stand in the way.
 *
 * @param certification the certification
 * @param unitId        the unit assessed
 * @param status        {@code MET} when the unit holds it
 * @param unmet         the leaf requirements ({@link Requirement.Meets} or
 *                      {@link Requirement.ChildrenCertified}) that are not met or lack data, in tree
 *                      order; empty when certified
 */
public record CertificationResult(Certification certification, String unitId, Status status, List<Requirement> unmet) {

    /**
     * Checks the parts and copies the list.
     *
     * @param certification the certification judged, not null
     * @param unitId        the id of the unit assessed, not null
     * @param status        the verdict, not null; {@code MET} when the unit holds it
     * @param unmet         the leaf requirements that are not met or lack data, in tree order; not null, empty
     *                      when certified
     */
    public CertificationResult {
        Objects.requireNonNull(certification, "certification");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(status, "status");
        unmet = List.copyOf(unmet);
    }

    /** {@return {@code true} if the unit holds the certification} */
    public boolean isCertified() {
        return status == Status.MET;
    }
}
