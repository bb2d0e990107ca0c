package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The kinds of rule a pack holds, each judged per unit: what a {@code RollUp} counts (criteria and
 * certifications) and what a pack's test case expects a result of (any of the three).
 */
@API(status = STABLE, since = "0.1")
public enum RuleKind {
    /** A {@link Criterion}. */
    CRITERION,
    /** A {@link Certification}: {@code MET} when held. */
    CERTIFICATION,
    /** A {@link Target}. */
    TARGET
}
