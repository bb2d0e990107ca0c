package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import vn.smartvillage.Text;

/** The verdict of a criterion, certification or target for one unit. */
@API(status = STABLE, since = "0.1")
public enum Status {
    /** The threshold is reached. */
    MET(Text.of("đạt", "met")),
    /** The threshold is not reached. */
    NOT_MET(Text.of("chưa đạt", "not met")),
    /** Data needed to decide is missing; never counted as met, nor as zero. */
    MISSING_DATA(Text.of("thiếu dữ liệu", "missing data")),
    /** The rule does not apply to this unit (0 of 0, or not in force on the date). */
    NOT_APPLICABLE(Text.of("không áp dụng", "not applicable"));

    private final Text label;

    Status(Text label) {
        this.label = label;
    }

    /** {@return the verdict in words, in Vietnamese and English} */
    public Text label() {
        return label;
    }
}
