package vn.smartvillage.data;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import vn.smartvillage.metric.Metric;

/**
 * The facts of one household while a dataset is being built; see {@link DatasetBuilder#household}.
 */
@API(status = STABLE, since = "0.1")
public interface HouseholdFacts {

    /**
     * Sets a fact of this household. The metric must be a household-level metric; this is checked when
     * the dataset is built, together with everything else.
     *
     * @param <T>    the metric's value type
     * @param metric the fact set, not null; each metric at most once per household
     * @param value  its value for this household, not null; a count is 0 to
     *               {@link DatasetBuilder#MAX_HOUSEHOLD_COUNT}
     * @return this, for chaining
     */
    <T> HouseholdFacts set(Metric<T> metric, T value);
}
