package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.internal.text.Messages;

/** The HTML report's text: headline, citations, the gap section on missing data, the language it opens in, its size. */
class HtmlReportTest {

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void theHeadline_countsTheUnitsHoldingEachCertification_andEachTargetByItsDeadline() {
        String overview = section(ReportText.html(Sample.ASSESSMENT), "overview");
        assertThat(overview).contains("<span class=\"vi\">1/4 thôn đạt thôn thông minh</span>",
                "<span class=\"en\">1/4 villages certified &quot;smart village&quot;</span>", "1 thiếu dữ liệu",
                "1/2 xã đạt chỉ tiêu &quot;Số thôn thông minh&quot; (hạn 31/12/2025)",
                "1/2 communes reach the target &quot;Smart villages&quot; (by 2025-12-31)");
    }

    @Test
    void citations_nameTheDocumentArticleAndDate_neverTheSourceTheProjectReadThemIn() {
        String html = ReportText.html(Sample.ASSESSMENT);
        // The sample pack cites QĐ 924 with the source "design/CRITERIA.md", an internal file.
        assertThat(Sample.PACK.criteria().get(0).citation().source()).contains("design/CRITERIA.md");
        assertThat(html).doesNotContain("design/CRITERIA.md", "CRITERIA", "seed ", "[design");
        assertThat(section(html, "rules")).contains("QĐ 924/QĐ-TTg, mục tiêu 2025, ngày 02/08/2022",
                "QĐ 924/QĐ-TTg, mục tiêu 2025, of 2022-08-02");
        // The explanations keep the whole citation, source included, for whoever checks the pack (the JSON report names
        // the pack by its content hash and leaves its explanations to it).
        assertThat(Sample.ASSESSMENT.explain(Sample.ASSESSMENT.units().stream().flatMap(u -> u.criteria().stream()).findFirst()
                .orElseThrow()).en()).contains("design/CRITERIA.md");
    }

    @Test
    void onDataMostlyMissing_theGapSectionListsWhatIsMissing_neverNothingMissing() {
        Assessment a = Provinces.of(3, 4, 1.0, 5);
        String gaps = section(ReportText.html(a), "gaps");
        assertThat(gaps).doesNotContain(Messages.text("report.noGaps").vi(), Messages.text("report.noGaps").en());
        assertThat(gaps).contains(Messages.label("html.noKnownGaps").vi(), Messages.label("html.missing").vi(),
                Messages.label("html.missing.intro").en());
        // The missing figures by their names, not their ids, and the units lacking them, with their communes.
        assertThat(gaps).contains("thiếu: hạ tầng Internet cáp quang và di động 3G/4G đến thôn", "missing: fibre and 3G/4G reach the village",
                "(12): Thôn 1 xã 1 <span class=\"small\">(Xã 1)</span>, Thôn 2 xã 1").doesNotContain(">village.fibre-and-mobile");
        // A report with nothing missing and nothing short still says so.
        Assessment met = Provinces.of(0, 0, 0, 1);
        assertThat(section(ReportText.html(met), "gaps")).contains(Messages.text("report.noGaps").vi());
    }

    @Test
    void theGapTables_putTheClosestUnitsFirst() {
        String gaps = section(ReportText.html(Sample.ASSESSMENT), "gaps");
        // Thôn B1 needs 1 more resident with electronic ID, Thôn A2 50: B1 comes first, in both tables.
        assertThat(gaps.indexOf("<th scope=\"row\">Thôn B1")).isPositive().isLessThan(gaps.indexOf("<th scope=\"row\">Thôn A2"));
        assertThat(gaps.lastIndexOf("<th scope=\"row\">Thôn B1")).isLessThan(gaps.lastIndexOf("<th scope=\"row\">Thôn A2"));
    }

    @Test
    void htmlEn_opensInEnglish_withBothLanguagesInThePage() {
        String en = ReportText.of(ReportFormat.named("html-en"), Sample.ASSESSMENT);
        assertThat(en).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<body class=\"en\">", "<title>National pack (test)",
                "<span class=\"vi\">1/4 thôn đạt thôn thông minh</span>");
        String vi = ReportText.html(Sample.ASSESSMENT);
        assertThat(vi).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">").contains("<body class=\"vi\">");
        // The two differ only in the language they open in.
        assertThat(opening(en, "en")).isEqualTo(opening(vi, "vi"));
    }

    /** The page without what names the language it opens in: its html and body tags, title and the options' words. */
    private static String opening(String html, String lang) {
        return html.replaceFirst("<html lang=\"" + lang + "\">", "").replaceFirst("<body class=\"" + lang + "\">", "")
                .replaceAll("<title>[^<]*</title>", "").replaceAll("(<option[^>]*>)[^<]*</option>", "$1");
    }

    /** Counts what goes through a writer, keeping none of it. */
    static final class Counting extends Writer {
        long bytes;

        @Override
        public void write(char[] cbuf, int off, int len) {
            bytes += new String(cbuf, off, len).getBytes(StandardCharsets.UTF_8).length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aProvinceOf2000Villages_fitsInThreeMegabytes() throws IOException {
        Assessment a = Provinces.of(100, 20, 0.1, 3);
        Counting out = new Counting();
        long start = System.nanoTime();
        ReportFormat.HTML.write(a, out);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("HTML report of %d units (2,000 villages): %,d bytes in %d ms%n", a.units().size(), out.bytes, ms);
        assertThat(out.bytes).isLessThanOrEqualTo(3L << 20);
    }
}
