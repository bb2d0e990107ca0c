package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.packs.testing.PackTestCase;
import vn.smartvillage.packs.testing.PackTestReport;
import vn.smartvillage.rules.Origin;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

class RulePackRegistryTest {

    static Path family() {
        try {
            return Path.of(RulePackRegistryTest.class.getResource("/packs/family/national.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aProvincePackInheritsOverridesAndAdds() {
        RulePackRegistry registry = RulePackRegistry.builder().vocabulary(Metrics.all()).addDirectory(family()).build();
        assertThat(registry.ids()).containsExactly("test.national", "test.province");

        RulePack province = registry.resolve("test.province", LocalDate.of(2024, 6, 30));
        assertThat(province.lineage()).containsExactly("test.province@2023.1", "test.national@2022");
        assertThat(province.criterion("village.electronic-id").orElseThrow().threshold()).isEqualTo(Threshold.atLeastPercent("30"));
        assertThat(province.criterion("village.promotion")).isPresent();
        assertThat(province.criterion("commune.work-records-online")).isPresent();
        assertThat(province.target("commune.smart-villages")).isEmpty();
        assertThat(province.certification("smart-village")).isPresent();

        Origin eid = province.origin("village.electronic-id").orElseThrow();
        assertThat(eid.definedIn()).isEqualTo("test.national@2022");
        assertThat(eid.setBy()).isEqualTo("test.province@2023.1");
        assertThat(eid.describeThreshold(Threshold.atLeastPercent("30")).en())
                .isEqualTo("threshold ≥ 30 % set by test.province@2023.1 over ≥ 25 % in test.national@2022");
        assertThat(province.origin("village.promotion").orElseThrow().definedIn()).isEqualTo("test.province@2023.1");
        assertThat(province.origin("commune.work-records-online").orElseThrow().changes()).isEmpty();
    }

    @Test
    void thePacksOwnTestCasesPass() {
        RulePackRegistry registry = RulePackRegistry.builder().vocabulary(Metrics.all()).addDirectory(family()).build();
        RulePackRegistry.Entry entry = registry.entry("test.province", "2023.1").orElseThrow();
        assertThat(entry.tests()).extracting(PackTestCase::name)
                .containsExactly("30 % of residents qualifies, 29.9 % does not", "households from a file");
        PackTestReport report = PackTestReport.run(entry.pack(), entry.tests());
        assertThat(report.passed()).as(report.toString()).isTrue();
        assertThat(report.toString()).contains("PASS  households from a file", "2 of 2 cases passed");
    }
}
