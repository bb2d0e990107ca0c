package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.text.Messages;

/** The verdict of a criterion, certification or target for one unit. */
@API(status = STABLE, since = "0.1")
public enum Status {
    /** The threshold is reached. */
    MET("status.met"),
    /** The threshold is not reached. */
    NOT_MET("status.notMet"),
    /** Data needed to decide is missing; never counted as met, nor as zero. */
    MISSING_DATA("status.missingData"),
    /** The rule does not apply to this unit (0 of 0, or not in force on the date). */
    NOT_APPLICABLE("status.notApplicable");

    private final Text label;

    Status(String key) {
        this.label = Messages.label(key);
    }

    /** {@return the verdict in words, in Vietnamese and English} */
    public Text label() {
        return label;
    }
}
