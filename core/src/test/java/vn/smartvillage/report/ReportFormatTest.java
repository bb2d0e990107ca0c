package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.evaluation.CriterionResult;

/** Reports are chosen by name, need the assessment alone, and write to a writer or a file. */
class ReportFormatTest {

    @Test
    void everyFormat_isFoundByItsName() {
        assertThat(ReportFormat.all()).extracting(ReportFormat::name)
                .containsExactly("json", "csv", "csv-no-bom", "csv-semicolon", "markdown-vi", "markdown-en", "html", "html-en");
        assertThat(ReportFormat.all()).containsExactly(ReportFormat.JSON, ReportFormat.CSV, ReportFormat.CSV_NO_BOM, ReportFormat.CSV_SEMICOLON,
                ReportFormat.MARKDOWN_VI, ReportFormat.MARKDOWN_EN, ReportFormat.HTML, ReportFormat.HTML_EN);
        for (ReportFormat f : ReportFormat.all()) {
            assertThat(ReportFormat.named(f.name())).isSameAs(f);
            assertThat(f).hasToString(f.name());
        }
    }

    @Test
    void anUnknownName_isRefusedInBothLanguages_listingTheNamesThereAre() {
        assertThatThrownBy(() -> ReportFormat.named("htm")).isInstanceOf(SmartVillageException.class).satisfies(e -> {
            Problem p = ((SmartVillageException) e).problems().get(0);
            assertThat(p.location()).hasToString("report format 'htm'");
            assertThat(p.reason().en()).isEqualTo("there is no report format 'htm' (did you mean 'html'?); the formats are: "
                    + "json, csv, csv-no-bom, csv-semicolon, markdown-vi, markdown-en, html, html-en");
            assertThat(p.reason().vi()).startsWith("không có định dạng báo cáo 'htm' (có phải 'html'?)")
                    .endsWith("json, csv, csv-no-bom, csv-semicolon, markdown-vi, markdown-en, html, html-en");
        });
        assertThatThrownBy(() -> ReportFormat.named("HTML")).isInstanceOf(SmartVillageException.class);
        assertThatThrownBy(() -> ReportFormat.named("pdf")).isInstanceOf(SmartVillageException.class)
                .satisfies(e -> assertThat(((SmartVillageException) e).problems().get(0).reason().en()).doesNotContain("did you mean"));
    }

    @Test
    void theFormats_writeWhatTheWritersWrite() {
        assertThat(ReportText.of(ReportFormat.CSV, Sample.ASSESSMENT)).isEqualTo("\uFEFF" + ReportText.of(ReportFormat.CSV_NO_BOM,
                Sample.ASSESSMENT));
        assertThat(ReportText.of(ReportFormat.MARKDOWN_VI, Sample.ASSESSMENT)).isEqualTo(ReportText.markdown(Sample.ASSESSMENT,
                Locale.forLanguageTag("vi"))).contains("Gói quy tắc");
        assertThat(ReportText.of(ReportFormat.MARKDOWN_EN, Sample.ASSESSMENT)).contains("Rule pack").doesNotContain("Gói quy tắc");
        assertThat(ReportText.of(ReportFormat.JSON, Sample.ASSESSMENT)).contains("\"contentHash\" : \""
                + Sample.ASSESSMENT.packRef().contentHash() + "\"");
    }

    @Test
    void toAFile_everyFormatWritesTheSameUtf8Bytes_replacingWhatTheFileHeld(@TempDir Path dir) throws IOException {
        for (ReportFormat f : ReportFormat.all()) {
            Path file = dir.resolve("report." + f.name());
            Files.writeString(file, "x".repeat(10_000), StandardCharsets.UTF_8);
            f.write(Sample.ASSESSMENT, file);
            assertThat(Files.readAllBytes(file)).as(f.name())
                    .isEqualTo(ReportText.of(f, Sample.ASSESSMENT).getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> ReportFormat.HTML.write(Sample.ASSESSMENT, dir.resolve("no/such/folder.html")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ReportFormat.HTML.write(null, dir.resolve("x.html"))).isInstanceOf(NullPointerException.class);
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    @Test
    void explanationsPlansAndDrilldowns_needTheAssessmentAlone() {
        assertThat(Sample.ASSESSMENT.explain(Sample.ASSESSMENT.units().stream()
                .flatMap(u -> u.criteria().stream()).findFirst().orElseThrow()).en()).isNotBlank();
        assertThat(List.of(GapPlan.of(Sample.ASSESSMENT, "thon-b1", "smart-village"),
                Drilldown.of(Sample.ASSESSMENT, "xa-b", "commune.smart-villages"))).doesNotContainNull();
        assertThatThrownBy(() -> Sample.ASSESSMENT.explain((CriterionResult) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> GapPlan.of(null, "thon-b1", "smart-village")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Drilldown.of(null, "xa-b", "commune.smart-villages")).isInstanceOf(NullPointerException.class);
    }
}
