package vn.smartvillage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;

/** The metrics a document may name: the vocabulary first, and a later metric never takes a vocabulary id. */
class MetricCatalogTest {

    @Test
    void theCatalogListsWellKnownMetricsFirstAndKeepsThem() {
        Metric<Long> own = Metric.count("own.count", AdminLevel.VILLAGE, Text.of("Riêng", "Own"));
        Metric<Long> impostor = Metric.count("residents", AdminLevel.VILLAGE, Text.of("Giả", "Impostor"));
        var catalog = MetricCatalog.of(Metrics.all(), List.of(own, impostor));
        assertThat(catalog).hasSize(Metrics.all().size() + 1);
        assertThat(catalog.get("residents")).isSameAs(Metrics.RESIDENTS);
        assertThat(catalog.get("own.count")).isSameAs(own);
        assertThat(List.copyOf(catalog.keySet()).get(0)).isEqualTo(Metrics.all().get(0).id());
    }
}
