package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;

/** Text from packs and datasets reaches every report as text: never a formula, Markdown or HTML. */
class ReportEscapingTest {

    @Test
    void csv_aCellASpreadsheetWouldRun_startsWithAQuote_butANegativeNumberStaysANumber() {
        for (String formula : new String[] {"=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx", "-", "-5.", "-.5", "-5.5.5", "-1e3"}) {
            assertThat(CsvReport.guarded(formula)).as(formula).isEqualTo("'" + formula);
        }
        for (String plain : new String[] {"", "x", "5", "-5", "-5.25", "-0", "a=b", " =x", "'=x"}) {
            assertThat(CsvReport.guarded(plain)).as(plain).isEqualTo(plain);
        }
    }

    @Test
    void csv_cellsWithSeparatorsQuotesOrLineBreaks_areQuoted_andLinesEndInCrLf() {
        Dataset data = Dataset.builder(Sample.AS_OF).province("p", "Tỉnh").commune("xa", "Xã, \"Bắc\"", "p")
                .village("thon", "=HYPERLINK(\"http://x\")\nB\rC", "xa").observe("thon", Metrics.RESIDENTS, 10L).build();
        Assessment a = Evaluator.create().evaluate(data, Sample.PACK, Sample.AS_OF);
        String csv = ReportText.csv(a, false);
        assertThat(csv).startsWith(String.join(",", CsvReport.COLUMNS) + "\r\n").doesNotStartWith("\uFEFF");
        assertThat(ReportText.csv(a, true)).isEqualTo("\uFEFF" + csv);
        assertThat(csv).contains("\r\nxa,\"Xã, \"\"Bắc\"\"\",commune,");
        assertThat(csv).contains("\r\nthon,\"'=HYPERLINK(\"\"http://x\"\")\nB\rC\",village,");
        List<String> rows = csv.lines().filter(l -> l.startsWith("xa,")).toList();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("xa,\"Xã, \"\"Bắc\"\"\",commune,"));
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void markdown_escapesWhatMarkdownOrHtmlWouldRead() {
        assertThat(MarkdownReport.escape("Thôn 1")).isEqualTo("Thôn 1");
        assertThat(MarkdownReport.escape("*a* _b_ `c` [d](e) <f> g|h ~i~ &j \\k"))
                .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> g\\|h \\~i\\~ \\&j \\\\k");
        for (String lead : new String[] {"#", "+", "-", "="}) {
            assertThat(MarkdownReport.escape(lead + " x " + lead)).as(lead).isEqualTo("\\" + lead + " x " + lead);
        }
    }

    @Test
    void markdown_aLeadingListNumber_isNotAList() {
        assertThat(MarkdownReport.escape("1. x")).isEqualTo("1\\. x");
        assertThat(MarkdownReport.escape("123456789) x")).isEqualTo("123456789\\) x");
        assertThat(MarkdownReport.escape("1234567890. x")).as("no list number has ten digits").isEqualTo("1234567890. x");
        assertThat(MarkdownReport.escape("x 1. y")).isEqualTo("x 1. y");
    }

    @Test
    void markdown_lineBreaksAndHiddenCharacters_neverReachThePage() {
        assertThat(MarkdownReport.escape("a\nb")).isEqualTo("a b");
        assertThat(MarkdownReport.escape("a\r\nb")).isEqualTo("a\\<U+000D\\> b");
        assertThat(MarkdownReport.escape("txt\u202Eexe")).isEqualTo("txt\\<U+202E\\>exe");
        assertThat(MarkdownReport.escape("a\uD800")).isEqualTo("a\uFFFD");
    }

    @Test
    void html_escapesMarkupQuotesAndHiddenCharacters() {
        assertThat(HtmlReport.esc("Thôn 1")).isEqualTo("Thôn 1");
        assertThat(HtmlReport.esc("<script>alert('x' & \"y\")</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;");
        assertThat(HtmlReport.esc("txt\u202Eexe\u0000")).isEqualTo("txtU+202EexeU+0000");
        assertThat(HtmlReport.esc("a\nb\tc")).isEqualTo("a\nb\tc");
        assertThat(HtmlReport.esc("\uDC00x")).isEqualTo("\uFFFDx");
    }
}
