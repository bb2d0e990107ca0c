package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.JsonFormats;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;

/** A pack written as a document declares every metric its rules read that is not of its vocabulary, each after what it is built from. */
class RulePackJsonWriteTest {

    private static final Metric<Long> HOUSEHOLD_PHONES = Metric.count("household.phones", AdminLevel.HOUSEHOLD, Text.of("điện thoại", "phones"));
    private static final Metric<Long> PHONES = Metric.householdsSum("phones", Text.of("điện thoại", "phones"), HOUSEHOLD_PHONES);
    private static final Metric<Long> SMART_PHONES = Metric.summedCount("phones.smart", AdminLevel.VILLAGE, Text.of("thông minh", "smart"))
            .withWhole(PHONES);
    private static final Metric<Boolean> HOUSEHOLD_SOLAR = Metric.flag("household.solar", AdminLevel.HOUSEHOLD, Text.of("điện mặt trời", "solar"));
    private static final Metric<Long> SOLAR = Metric.householdsWhere("households.solar", Text.of("hộ điện mặt trời", "solar households"),
            HOUSEHOLD_SOLAR);

    static final RulePack PACK = RulePack.builder("test.own", "1").vocabulary(Metrics.all()).title("Riêng", "Own")
            .criterion(Criterion.builder("smart").name("Điện thoại thông minh", "Smartphones").level(AdminLevel.VILLAGE)
                    .measure(Measure.ratio(SMART_PHONES, PHONES), Threshold.atLeastPercent("50")).citation(Citation.of("test")).build())
            .criterion(Criterion.builder("residents").name("Dân", "Residents").level(AdminLevel.VILLAGE)
                    .measure(Measure.count(Metrics.RESIDENTS), Threshold.atLeast(1)).citation(Citation.of("test")).build())
            .target(new Target(Criterion.builder("solar").name("Điện mặt trời", "Solar").level(AdminLevel.VILLAGE)
                    .measure(Measure.count(SOLAR), Threshold.atLeast(10)).citation(Citation.of("test")).build(), LocalDate.of(2030, 1, 1)))
            .build();

    @Test
    void metricsTheRulesRead_areDeclared_afterWhatTheyAreBuiltFrom() throws Exception {
        String json = RulePackJson.write(PACK);
        Cursor root = Cursor.root(JsonFormats.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), JsonFormats.Syntax.JSON,
                vn.smartvillage.ReadLimits.DEFAULTS), new Diagnostics());
        List<String> declared = new ArrayList<>();
        root.get("metrics").elements().forEach(m -> declared.add(m.get("id").string().orElseThrow()));
        assertThat(declared).as("metrics of the vocabulary are not declared")
                .containsExactly("household.phones", "phones", "phones.smart", "household.solar", "households.solar");
        assertThat(json).contains("\"householdsSum\" : \"household.phones\"", "\"householdsWhere\" : \"household.solar\"", "\"partOf\" : \"phones\"",
                "\"aggregation\" : \"sum\"");
        RulePack back = RulePackJson.read(PackSource.text("own.json", json), Metrics.all());
        // The pack built in Java did not declare its metrics; read back, it declares the ones the document does.
        assertThat(back.criteria()).isEqualTo(PACK.criteria());
        assertThat(back.targets()).isEqualTo(PACK.targets());
        assertThat(back.metrics()).containsExactly(HOUSEHOLD_PHONES, PHONES, SMART_PHONES, HOUSEHOLD_SOLAR, SOLAR);
        assertThat(RulePackJson.write(back)).isEqualTo(json);
    }
}
