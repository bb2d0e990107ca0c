package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.smartvillage.SmartVillageException;

/** A report returned as a string has a bound; past it the caller is told to stream it to a file. */
class ReportsTest {

    @Test
    void aReportPastTheBound_isRefusedWithHowToWriteItInstead() {
        int whole = JsonReport.write(Sample.ASSESSMENT, Sample.PACK).length();
        assertThat(Reports.toText(out -> JsonReport.write(Sample.ASSESSMENT, Sample.PACK, out), "JSON", whole))
                .isEqualTo(JsonReport.write(Sample.ASSESSMENT, Sample.PACK));
        assertThatThrownBy(() -> Reports.toText(out -> JsonReport.write(Sample.ASSESSMENT, Sample.PACK, out), "JSON", whole - 1))
                .isInstanceOf(SmartVillageException.class)
                .satisfies(e -> assertThat(((SmartVillageException) e).problems().get(0).reason().en())
                        .contains("longer than " + (whole - 1) + " characters", "write(…, Writer)"));
        assertThatThrownBy(() -> Reports.toText(out -> HtmlReport.write(Sample.ASSESSMENT, Sample.PACK, out), "HTML", 1000))
                .isInstanceOf(SmartVillageException.class);
    }
}
