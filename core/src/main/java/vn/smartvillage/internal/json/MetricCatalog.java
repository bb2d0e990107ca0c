package vn.smartvillage.internal.json;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.smartvillage.metric.Metric;

/** The metrics a document may name, by id: a vocabulary, then the metrics declared beside it. */
public final class MetricCatalog {

    private MetricCatalog() {
    }

    /**
     * Returns the metrics of {@code lists} by id, in the order given: of each id the first metric given.
     * A later metric with an id already present does not replace it, so a pack's own metric cannot take
     * the place of one of its vocabulary (the readers refuse a different one with that id).
     *
     * @param lists the metrics, first the vocabulary, then those declared beside it; none null
     * @return an unmodifiable map, in the order the ids were first given
     */
    @SafeVarargs
    public static Map<String, Metric<?>> of(Collection<? extends Metric<?>>... lists) {
        Map<String, Metric<?>> out = new LinkedHashMap<>();
        for (Collection<? extends Metric<?>> list : lists) {
            list.forEach(m -> out.putIfAbsent(m.id(), m));
        }
        return Collections.unmodifiableMap(out);
    }
}
