package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.smartvillage.evaluation.Assessment;

/**
 * Format 2 of the JSON report (issue 18, point 2): what the pack and the rest of the report give is left out, a unit
 * is one line, and a report of format 1 is still read.
 */
class JsonReportFormatsTest {

    @Test
    void aReportOfFormat1_isStillRead_andIsTheSameAssessment() throws IOException {
        String v1;
        try (InputStream in = JsonReportFormatsTest.class.getResourceAsStream("/report/assessment-format-1.json")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(v1).contains("\"format\" : 1,", "\"explanation\"", "\"progressExact\"");
        Assessment read = ReportText.read(v1, Sample.PACK);
        assertThat(read).isEqualTo(Sample.ASSESSMENT);
        // Written again, it is format 2.
        assertThat(ReportText.json(read)).startsWith("{\n  \"format\" : 2,").isEqualTo(ReportText.json(Sample.ASSESSMENT));
    }

    @Test
    void format2_leavesOutWhatThePackGives_andWritesAUnitPerLine() {
        String json = ReportText.json(Sample.ASSESSMENT);
        assertThat(json).doesNotContain("\"explanation\"", "\"threshold\"", "\"percent\"", "\"deadline\"", "\"progressExact\"",
                "\"missing\" : [ ]", "\"criteria\" : [ ]").contains("\"subjects\" : {");
        long unitLines = json.lines().filter(l -> l.startsWith("    { \"id\" : ")).count();
        assertThat(unitLines).isEqualTo(Sample.ASSESSMENT.units().size());
        assertThat(ReportText.read(json, Sample.PACK)).isEqualTo(Sample.ASSESSMENT);
    }

    @Test
    void format2_isLessThanHalfOfFormat1() throws IOException {
        StringBuilderWriter v1 = new StringBuilderWriter();
        JsonReport.write(Sample.ASSESSMENT, v1, JsonReport.FORMAT_1);
        assertThat(ReportText.json(Sample.ASSESSMENT).length()).isLessThan(v1.length() / 2);
    }

    /** A writer into a string. */
    private static final class StringBuilderWriter extends java.io.StringWriter {
        int length() {
            return getBuffer().length();
        }
    }
}
