package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a share criterion concludes when there is nothing to share: 0 of 0 residents, or a commune
 * without villages.
 */
@API(status = STABLE, since = "0.1")
public enum WhenEmpty {
    /** The criterion does not apply (the default). */
    NOT_APPLICABLE,
    /** The criterion counts as met. */
    MET,
    /** The criterion counts as not met. */
    NOT_MET
}
