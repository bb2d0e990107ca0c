package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.packs.PackReaderProblemsTest.criterion;
import static vn.smartvillage.packs.PackReaderProblemsTest.doc;
import static vn.smartvillage.packs.PackReaderProblemsTest.problems;
import static vn.smartvillage.packs.PackReaderProblemsTest.viProblems;

import org.junit.jupiter.api.Test;
import vn.smartvillage.fixtures.Metrics;

/** A pack that writes a threshold with a decimal comma is told, in both languages, the threshold to write instead. */
class ThresholdTextTest {

    private static final String RATIO = "\"measure\": {\"ratio\": {\"numerator\": \"residents.electronic-id\", \"denominator\": \"residents\"}}, ";

    @Test
    void aDecimalComma_isNamedAtTheThreshold_withTheThresholdToWrite() {
        String pack = doc("\"criteria\": [" + criterion("c", RATIO + "\"threshold\": \">= 25,5 %\"") + "]");
        assertThat(problems(pack)).containsExactly("test.pack@1 (p.json) /criteria/0/threshold: '>= 25,5 %' is not a threshold: "
                + "use a dot, not a comma, before the decimals: \">= 25.5 %\"");
        assertThat(viProblems(pack)).containsExactly("'>= 25,5 %' không phải một ngưỡng: phần thập phân viết sau dấu chấm, "
                + "không phải dấu phẩy: \">= 25.5 %\"");
    }

    @Test
    void theThresholdWrittenWithADot_isRead() {
        String pack = doc("\"criteria\": [" + criterion("c", RATIO + "\"threshold\": \">= 25.5 %\"") + "]");
        assertThat(RulePackJson.read(PackSource.text("p.json", pack), Metrics.all()).criterion("c").orElseThrow().threshold()).hasToString("≥ 25.5 %");
    }
}
