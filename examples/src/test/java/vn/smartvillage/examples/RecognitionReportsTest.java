package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.smartvillage.cli.TextReport;
import vn.smartvillage.criteria.vn.SampleData;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.report.ReportFormat;

/**
 * Issue 17, "done when": Khả Lý Thượng's and Quảng Minh's recognitions, as the Bắc Giang sample carries them, show in
 * the HTML and text reports beside the verdicts the pack computes.
 */
class RecognitionReportsTest {

    private static final Dataset DATA = SampleData.read(SampleData.Sample.BAC_GIANG_PROVINCE);
    private static final Assessment ASSESSMENT = Evaluator.create().evaluate(DATA,
            VietnamPacks.registry().resolve("vn.bac-giang.ntm-digital", DATA.asOf()));

    private static String html() throws IOException {
        StringWriter w = new StringWriter();
        ReportFormat.named("html").write(ASSESSMENT, w);
        return w.toString();
    }

    /** What a reader of one language sees of a piece of the page: the other language's spans and every tag dropped. */
    private static String seen(String html, String lang) {
        String other = lang.equals("vi") ? "en" : "vi";
        return html.replaceAll("<span class=\"" + other + "\">[^<]*</span>", "").replaceAll("<[^>]+>", "")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void theHtmlPage_showsBothRecognitionsBesideTheVerdicts_andTheDisagreements() throws IOException {
        String html = html();
        // Khả Lý Thượng's row: its name, the recognition under it, then its verdicts (the smart village is undecided:
        // the sample has no fibre figure).
        Matcher village = Pattern.compile("<tr class=\"u\"><th scope=\"row\"><span class=\"nm\">Khả Lý Thượng</span>"
                + "(<div class=\"rec small\" data-rec=\"kha-ly-thuong\">.*?</div>)</th>(.*?)</tr>").matcher(html);
        assertThat(village.find()).isTrue();
        assertThat(seen(village.group(1), "vi")).isEqualTo("★ được công nhận \"thôn thông minh (Bắc Giang)\" (quyết định: không nêu;"
                + " ngày: không nêu; cơ quan ban hành: không nêu); kết quả tính theo gói: thiếu dữ liệu");
        assertThat(seen(village.group(1), "en")).startsWith("★ recognised as \"").endsWith("computed by the pack: missing data");
        assertThat(village.group(2)).contains("class=\"sd\"");
        // Quảng Minh's section: the title it was granted, above its own table of verdicts.
        int commune = html.indexOf("<details class=\"u\" id=\"u-quang-minh\"");
        assertThat(commune).isPositive();
        String head = html.substring(commune, html.indexOf("<table", commune));
        assertThat(seen(head, "vi")).contains("★ được công nhận \"xã NTM kiểu mẫu (đầu tiên của tỉnh)\"");
        assertThat(seen(head, "en")).contains("★ recognised as \"model new-rural commune (the province's first)\"");
        // The section: both recognitions with the computed verdicts, and the disagreements both ways.
        int start = html.indexOf("<section id=\"recognitions\">");
        String section = html.substring(start, html.indexOf("</section>", start));
        assertThat(seen(section, "vi")).contains("Khả Lý Thượng [kha-ly-thuong]: được công nhận", "Quảng Minh [quang-minh]: được công nhận",
                "Đã được công nhận nhưng số liệu chưa đạt", "Số liệu đạt nhưng chưa ghi nhận quyết định công nhận");
        assertThat(seen(section, "en")).contains("Official recognitions", "Recognised, but the figures do not meet it",
                "Met by the figures, but no recognition recorded");
    }

    @Test
    void theTextReport_showsThemUnderTheirUnits_inTheLanguageAsked() {
        String vi = TextReport.in(Locale.forLanguageTag("vi")).render(ASSESSMENT, DATA);
        String village = vi.substring(vi.indexOf("THÔN Khả Lý Thượng [kha-ly-thuong]"));
        assertThat(village.substring(0, village.indexOf(System.lineSeparator() + System.lineSeparator())))
                .contains("* được công nhận \"thôn thông minh (Bắc Giang)\"", "kết quả tính theo gói: thiếu dữ liệu");
        String en = TextReport.in(Locale.ENGLISH).render(ASSESSMENT, DATA);
        String commune = en.substring(en.indexOf("COMMUNE Quảng Minh [quang-minh]"));
        assertThat(commune.substring(0, commune.indexOf(System.lineSeparator() + System.lineSeparator())))
                .contains("* recognised as \"model new-rural commune (the province's first)\"");
        assertThat(en).contains("OFFICIAL RECOGNITIONS").doesNotContain("được công nhận");
    }
}
