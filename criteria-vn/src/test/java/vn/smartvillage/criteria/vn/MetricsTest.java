package vn.smartvillage.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.model.AdminLevel;

class MetricsTest {

    @Test
    void theCatalogListsWellKnownMetricsFirstAndKeepsThem() {
        Metric<Long> own = Metric.count("own.count", vn.smartvillage.model.AdminLevel.VILLAGE,
                vn.smartvillage.Text.of("Riêng", "Own"));
        Metric<Long> impostor = Metric.count("residents", vn.smartvillage.model.AdminLevel.VILLAGE,
                vn.smartvillage.Text.of("Giả", "Impostor"));
        var catalog = Metrics.catalog(java.util.List.of(own, impostor));
        org.assertj.core.api.Assertions.assertThat(catalog).hasSize(Metrics.wellKnown().size() + 1);
        org.assertj.core.api.Assertions.assertThat(catalog.get("residents")).isSameAs(Metrics.RESIDENTS);
        org.assertj.core.api.Assertions.assertThat(catalog.get("own.count")).isSameAs(own);
        org.assertj.core.api.Assertions.assertThat(java.util.List.copyOf(catalog.keySet()).get(0))
                .isEqualTo(Metrics.wellKnown().get(0).id());
    }

    @Test
    void everyWellKnownMetric_isFoundByItsId_andItsWholesAndSourcesAreWellKnownToo() {
        Set<Metric<?>> all = Set.copyOf(Metrics.wellKnown());
        assertThat(all).hasSameSizeAs(Metrics.wellKnown());
        assertThat(Metrics.wellKnown().stream().map(Metric::id).collect(Collectors.toSet())).hasSameSizeAs(all);
        for (Metric<?> m : Metrics.wellKnown()) {
            assertThat(Metrics.byId(m.id())).contains(m);
            m.whole().ifPresent(w -> assertThat(all).as("whole of %s", m).contains(w));
            m.aggregation().ifPresent(a -> {
                if (a instanceof Aggregation.HouseholdsWhere w) {
                    assertThat(all).contains(w.flag());
                } else if (a instanceof Aggregation.HouseholdSum s) {
                    assertThat(all).contains(s.count());
                }
            });
        }
    }

    @Test
    void householdMetrics_applyOnlyToHouseholds_andUnitMetricsToTheirLevelAndAbove() {
        assertThat(Metrics.HOUSEHOLD_HAS_FIBRE.appliesTo(AdminLevel.HOUSEHOLD)).isTrue();
        assertThat(Metrics.HOUSEHOLD_HAS_FIBRE.appliesTo(AdminLevel.VILLAGE)).isFalse();
        assertThat(Metrics.RESIDENTS.appliesTo(AdminLevel.HOUSEHOLD)).isFalse();
        assertThat(Metrics.RESIDENTS.appliesTo(AdminLevel.PROVINCE)).isTrue();
        assertThat(Metrics.WORK_RECORDS.appliesTo(AdminLevel.VILLAGE)).isFalse();
        assertThat(Metrics.WORK_RECORDS.appliesTo(AdminLevel.DISTRICT)).isTrue();
    }

    @Test
    void metricIdsAndKinds_areChecked() {
        Text name = Text.of("x", "x");
        assertThatThrownBy(() -> Metric.count("Residents", AdminLevel.VILLAGE, name)).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> Metric.flag("f", AdminLevel.VILLAGE, name).partOf(Metrics.RESIDENTS))
                .hasMessageContaining("only a count");
        assertThatThrownBy(() -> Metric.householdsWhere("h", name, Metrics.WIFI_AT_CULTURAL_HOUSE))
                .hasMessageContaining("household-level flag");
        assertThatThrownBy(() -> Metric.householdsSum("h", name, Metrics.RESIDENTS))
                .hasMessageContaining("household-level count");
    }
}
