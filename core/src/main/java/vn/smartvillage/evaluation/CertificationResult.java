package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Requirement;

/**
 * Whether one unit holds a certification, and which requirements stand in the way.
 *
 * <p>Made by the evaluator (and by reading a JSON report back), never by hand. Immutable; two results are
 * equal when all their parts are.
 */
@API(status = STABLE, since = "0.1")
public final class CertificationResult {

    private final Certification certification;
    private final String unitId;
    private final Status status;
    private final List<Requirement> unmet;

    /** Checks the parts and copies the list. */
    CertificationResult(Certification certification, String unitId, Status status, List<Requirement> unmet) {
        this.certification = Objects.requireNonNull(certification, "certification");
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.status = Objects.requireNonNull(status, "status");
        this.unmet = List.copyOf(unmet);
    }

    /** {@return the certification judged} */
    public Certification certification() {
        return certification;
    }

    /** {@return the id of the unit assessed} */
    public String unitId() {
        return unitId;
    }

    /** {@return the verdict: {@code MET} when the unit holds the certification} */
    public Status status() {
        return status;
    }

    /**
     * {@return the leaf requirements ({@link Requirement#meets meets} or
     * {@link Requirement#childrenCertified childrenCertified}) that are not met or lack data, in tree order;
     * empty when certified}
     */
    public List<Requirement> unmet() {
        return unmet;
    }

    /** {@return {@code true} if the unit holds the certification} */
    public boolean isCertified() {
        return status == Status.MET;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificationResult r && certification.equals(r.certification) && unitId.equals(r.unitId)
                && status == r.status && unmet.equals(r.unmet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(certification, unitId, status, unmet);
    }

    @Override
    public String toString() {
        return "CertificationResult[certification=" + certification + ", unitId=" + unitId + ", status=" + status + ", unmet="
                + unmet + "]";
    }
}
