package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.evaluation.Assessment;

/**
 * Issue 18, point 4 at national scale: a summary page of the provinces linking to a page per province, in real
 * headless Chromium (as {@link HtmlReportBrowserTest}): no console message, the links lead to the provinces' pages
 * and back, each page holds its province only; screenshots in {@code target/report-screenshots/}.
 */
class HtmlPagesTest {

    private static final Assessment COUNTRY = Provinces.country(3, 4, 5, 0.1, 7);

    @Test
    void severalProvinces_areASummaryAndAPagePerProvince(@TempDir Path dir) throws Exception {
        List<Path> pages = ReportFormat.writeHtmlPages(COUNTRY, dir, Locale.forLanguageTag("vi"));
        assertThat(pages).extracting(p -> p.getFileName().toString()).containsExactly("index.html", "tinh.html", "tinh-2.html",
                "tinh-3.html");
        String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains("<a href=\"tinh.html\">Tỉnh thử</a>", "<a href=\"tinh-2.html\">Tỉnh thử 2</a>",
                "Các tỉnh, thành phố", "Provinces", "<html lang=\"vi\">").doesNotContain("id=\"tree\"", "href=\"#charts\"");
        // The summary counts every province's villages: 3 × 4 × 5 = 60.
        assertThat(index).contains("4 / 20");
        String second = Files.readString(dir.resolve("tinh-2.html"), StandardCharsets.UTF_8);
        assertThat(second).contains("Tỉnh thử 2", "href=\"index.html\"", "xa-2-1").doesNotContain("xa-3-1", ">Tỉnh thử 3<");
        assertThat(HtmlReport.province(COUNTRY, "tinh-2").units()).hasSize(1 + 4 + 20)
                .allSatisfy(u -> assertThat(u.unit().id()).matches("tinh-2|xa-2-.*"));

        // In Chromium: no console message on either page; the summary's first link opens the first province's page.
        Map<String, String> seen = HtmlReportBrowserTest.record("national-index", index, """
                put('links', d.querySelectorAll('#units a[href$=".html"]').length);
                put('first', d.querySelector('#units a').getAttribute('href'));
                put('rows', visible('#units tr.u'));
                d.querySelector('button[data-lang=en]').click();
                put('lang', d.body.className);
                put('ready', 'yes');
                """);
        assertThat(seen).containsEntry("links", "3").containsEntry("first", "tinh.html").containsEntry("lang", "en");
        assertThat(seen.get("rows")).contains("Tỉnh thử|Tỉnh thử 2|Tỉnh thử 3");
        Map<String, String> province = HtmlReportBrowserTest.record("national-province", second, """
                put('back', d.querySelector('header a').getAttribute('href'));
                put('ready', 'yes');
                """);
        assertThat(province).containsEntry("back", "index.html");
        Path shot = Path.of("target/report-screenshots/national-index.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        HtmlReportBrowserTest.run(dir.resolve("index.html").toAbsolutePath(), "--window-size=1280,1400", "--screenshot=" + shot);
        assertThat(shot).exists();
    }

    @Test
    void oneProvince_isOnePage(@TempDir Path dir) throws Exception {
        assertThat(ReportFormat.writeHtmlPages(Sample.ASSESSMENT, dir, Locale.ENGLISH)).containsExactly(dir.resolve("index.html"));
        assertThat(Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo(ReportText.of(ReportFormat.HTML_EN, Sample.ASSESSMENT));
    }

    @Test
    void fileNames_areSafeAndUnique() {
        Set<String> taken = new java.util.HashSet<>(Set.of("index.html"));
        assertThat(HtmlPages.fileName("Bắc Ninh/../x", taken)).isEqualTo("b-c-ninh----x.html");
        assertThat(HtmlPages.fileName("index", taken)).isEqualTo("index-2.html");
        assertThat(HtmlPages.fileName("B-C-NINH----X", taken)).isEqualTo("b-c-ninh----x-2.html");
    }
}
