package vn.smartvillage.data;

import vn.smartvillage.metric.Metric;

/**
 * The facts of one household while a dataset is being built; see {@link DatasetBuilder#household}.
 */
public interface HouseholdFacts {

    /**
     * Sets a fact of this household. The metric must be a household-level metric; this is checked when
     * the dataset is built, together with everything else.
     *
     * @return this, for chaining
     */
    <T> HouseholdFacts set(Metric<T> metric, T value);
}
