package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.smartvillage.SmartVillageException;

/** A report returned as a string has a bound; past it the caller is told to stream it to a file. */
class ReportsTest {

    @Test
    void aReportPastTheBound_isRefusedWithHowToWriteItInstead() {
        int whole = ReportText.json(Sample.ASSESSMENT).length();
        assertThat(Reports.toText(out -> JsonReport.write(Sample.ASSESSMENT, out), whole))
                .isEqualTo(ReportText.json(Sample.ASSESSMENT));
        assertThatThrownBy(() -> Reports.toText(out -> JsonReport.write(Sample.ASSESSMENT, out), whole - 1))
                .isInstanceOf(SmartVillageException.class)
                .satisfies(e -> assertThat(((SmartVillageException) e).problems().get(0).reason().en())
                        .contains("longer than " + (whole - 1) + " characters", "write(…, Writer)"));
        assertThatThrownBy(() -> Reports.toText(out -> HtmlReport.write(Sample.ASSESSMENT, out), 1000))
                .isInstanceOf(SmartVillageException.class);
    }
}
