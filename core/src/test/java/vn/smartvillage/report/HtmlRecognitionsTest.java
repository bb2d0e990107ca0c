package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;

/**
 * The HTML page shows the dataset's official recognitions beside the computed verdicts (under a village's name in
 * its row, above a commune's own table), and a section with every recognition and the disagreements both ways,
 * in both languages; a page of data without recognitions has none of it.
 */
class HtmlRecognitionsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 31);

    static final Assessment ASSESSMENT = assessment();

    /** A smart village has fibre. Thôn Một is recognised and has none; Thôn Hai has fibre and is not recognised. */
    private static Assessment assessment() {
        Citation c = Citation.of("QĐ thử (test)");
        RulePack pack = RulePack.builder("test.recognised", "1").title("Công nhận (thử)", "Recognitions (test)")
                .criterion(Criterion.builder("fibre").name("Cáp quang đến thôn", "Fibre to the village").level(VILLAGE)
                        .flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE).citation(c).build())
                .certification(new Certification("smart-village", Text.of("thôn thông minh", "smart village"), VILLAGE,
                        Requirement.meetsAll("fibre"), c))
                .build();
        Dataset d = Dataset.builder(DAY).province("tinh", "Tỉnh thử").commune("xa", "Xã Thử", "tinh")
                .village("thon-1", "Thôn Một", "xa").observe("thon-1", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, false)
                .village("thon-2", "Thôn Hai", "xa").observe("thon-2", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, true)
                .recognition(Recognition.of("thon-1", "smart-village").withDecision("12/QĐ-UBND").withDate(LocalDate.of(2025, 3, 1))
                        .withIssuer("UBND tỉnh Thử"))
                .recognition(Recognition.titled("xa", "xã NTM kiểu mẫu", "model new-rural commune"))
                .build();
        return Evaluator.create().evaluate(d, pack);
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section " + id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** The text a reader of one language sees: the other language's spans and every tag dropped. */
    static String seen(String html, String lang) {
        String other = lang.equals("vi") ? "en" : "vi";
        return html.replaceAll("<span class=\"" + other + "\">[^<]*</span>", "").replaceAll("<[^>]+>", "")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }

    @Test
    void theSection_listsEachRecognitionWithTheComputedVerdict_andTheDisagreementsBothWays_inBothLanguages() {
        String html = ReportText.html(ASSESSMENT);
        String rec = section(html, "recognitions");
        assertThat(seen(rec, "vi")).contains("Quyết định công nhận",
                "Thôn Một [thon-1]: được công nhận \"thôn thông minh\" (quyết định: 12/QĐ-UBND; ngày: 01/03/2025; "
                        + "cơ quan ban hành: UBND tỉnh Thử). Kết quả tính theo gói: chưa đạt.",
                "Xã Thử [xa]: được công nhận \"xã NTM kiểu mẫu\" (quyết định: không nêu; ngày: không nêu; cơ quan ban hành: không nêu)",
                "Đã được công nhận nhưng số liệu chưa đạt", "Thôn Một [thon-1]: \"thôn thông minh\"; chưa đạt: Cáp quang đến thôn",
                "Số liệu đạt nhưng chưa ghi nhận quyết định công nhận", "Thôn Hai [thon-2]: \"thôn thông minh\"");
        assertThat(seen(rec, "en")).contains("Official recognitions",
                "Thôn Một [thon-1]: recognised as \"smart village\" (decision: 12/QĐ-UBND; date: 2025-03-01; issuer: UBND tỉnh Thử)."
                        + " Computed by the pack: not met.",
                "Recognised, but the figures do not meet it", "Thôn Một [thon-1]: \"smart village\"; not met: Fibre to the village",
                "Met by the figures, but no recognition recorded", "Thôn Hai [thon-2]: \"smart village\"")
                .doesNotContain("được công nhận");
        assertThat(html).contains("<a href=\"#recognitions\">", ".rec{");
    }

    @Test
    void eachRecognitionSitsBesideItsUnitsVerdicts_underTheNameThatIsSearched() {
        String html = ReportText.html(ASSESSMENT);
        String tree = section(html, "units");
        // The village's row: its name alone is the searched name, the recognition under it, then the row's verdicts.
        Matcher row = Pattern.compile("<tr class=\"u\"><th scope=\"row\"><span class=\"nm\">Thôn Một</span>(<div class=\"rec small\""
                + " data-rec=\"thon-1\">.*?</div>)</th>(.*?)</tr>").matcher(tree);
        assertThat(row.find()).as(tree).isTrue();
        assertThat(seen(row.group(1), "en")).isEqualTo("★ recognised as \"smart village\" (decision: 12/QĐ-UBND; date: 2025-03-01;"
                + " issuer: UBND tỉnh Thử); computed by the pack: not met");
        assertThat(seen(row.group(1), "vi")).startsWith("★ được công nhận \"thôn thông minh\" (quyết định: 12/QĐ-UBND; ngày: 01/03/2025");
        assertThat(row.group(2)).contains("class=\"sn\"");
        // An unrecognised village's row is as before.
        assertThat(tree).contains("<tr class=\"u\"><th scope=\"row\" class=\"nm\">Thôn Hai</th>");
        // The commune's title, above its own table.
        int commune = tree.indexOf("id=\"u-xa\"");
        String xa = tree.substring(commune, tree.indexOf("<table", commune));
        assertThat(seen(xa, "en")).contains("★ recognised as \"model new-rural commune\" (decision: not stated; date: not stated;"
                + " issuer: not stated); computed by the pack: none (a title the pack does not define)");
    }

    @Test
    void aPageOfDataWithoutRecognitions_hasNoneOfIt() {
        String html = ReportText.html(Sample.ASSESSMENT);
        assertThat(Sample.ASSESSMENT.recognitions()).isEmpty();
        assertThat(html).doesNotContain("id=\"recognitions\"", "#recognitions", "data-rec", ".rec{", "\u2605");
    }
}
