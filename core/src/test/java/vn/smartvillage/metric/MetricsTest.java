package vn.smartvillage.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.model.AdminLevel;

/** Metrics' levels and checks, on the tests' vocabulary. */
class MetricsTest {

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
        assertThatThrownBy(() -> Metric.flag("f", AdminLevel.VILLAGE, name).withWhole(Metrics.RESIDENTS))
                .hasMessageContaining("only a count");
        assertThatThrownBy(() -> Metric.householdsWhere("h", name, Metrics.WIFI_AT_CULTURAL_HOUSE))
                .hasMessageContaining("household-level flag");
        assertThatThrownBy(() -> Metric.householdsSum("h", name, Metrics.RESIDENTS))
                .hasMessageContaining("household-level count");
    }
}
