package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteReportsTest {

    @Test
    void writesEveryFormatAndPlansTheNearMiss(@TempDir Path dir) throws Exception {
        assertThat(WriteReports.write(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("assessment.json", "assessment.csv", "summary.vi.md", "summary.en.md", "assessment.html");
        assertThat(Files.readString(dir.resolve("assessment.json"))).contains("\"id\" : \"example.bac-giang.smart-village\"",
                "\"contentHash\" : \"sha256:");
        assertThat(Files.readString(dir.resolve("summary.vi.md"))).contains("## Thôn (2)");
        assertThat(WriteReports.plans()).contains("+1 residents with electronic ID → bg.village.electronic-id",
                "1 more villages are needed; the 1 closest need at most 1 each");
    }

    @Test
    void writesTheHtmlPages_onePageForOneProvince(@TempDir Path dir) throws Exception {
        assertThat(WriteReports.htmlPages(dir)).containsExactly(dir.resolve("index.html"));
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<html lang=\"vi\">", "Quảng Minh");
    }
}
