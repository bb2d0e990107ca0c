package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.fixtures.Metrics;

/** What every report writer does with its writer, and the parts of the reports the sample does not reach. */
class ReportWritersTest {

    /** A writer that remembers being flushed or closed. */
    static final class Watched extends StringWriter {
        int flushes;
        boolean closed;

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void everyWriter_flushesItsWriter_andLeavesItOpen() throws IOException {
        Watched csv = new Watched();
        ReportFormat.CSV_NO_BOM.write(Sample.ASSESSMENT, csv);
        Watched html = new Watched();
        HtmlReport.write(Sample.ASSESSMENT, html);
        Watched json = new Watched();
        JsonReport.write(Sample.ASSESSMENT, json);
        Watched md = new Watched();
        MarkdownReport.write(Sample.ASSESSMENT, Locale.ENGLISH, md);
        for (Watched w : new Watched[] {csv, html, json, md}) {
            assertThat(w.flushes).isPositive();
            assertThat(w.closed).isFalse();
            assertThat(w.toString()).isNotEmpty();
        }
        assertThat(csv.toString()).isEqualTo(ReportText.csv(Sample.ASSESSMENT, false));
        assertThat(json.toString()).isEqualTo(ReportText.json(Sample.ASSESSMENT));
    }

    @Test
    void everyWriter_flushesItsLastCharacters_throughABufferedWriter() throws IOException {
        StringWriter[] outs = new StringWriter[4];
        for (int i = 0; i < 4; i++) {
            outs[i] = new StringWriter();
            java.io.BufferedWriter buffered = new java.io.BufferedWriter(outs[i], 1 << 20);
            switch (i) {
                case 0 -> ReportFormat.CSV_NO_BOM.write(Sample.ASSESSMENT, buffered);
                case 1 -> HtmlReport.write(Sample.ASSESSMENT, buffered);
                case 2 -> JsonReport.write(Sample.ASSESSMENT, buffered);
                default -> MarkdownReport.write(Sample.ASSESSMENT, Locale.ENGLISH, buffered);
            }
        }
        assertThat(outs[0]).hasToString(ReportText.csv(Sample.ASSESSMENT, false));
        assertThat(outs[1]).hasToString(ReportText.html(Sample.ASSESSMENT));
        assertThat(outs[2]).hasToString(ReportText.json(Sample.ASSESSMENT));
        assertThat(outs[3]).hasToString(ReportText.markdown(Sample.ASSESSMENT, Locale.ENGLISH));
    }

    @Test
    void csv_quotesACellThatStartsWithASeparatorAQuoteOrALineBreak() {
        Dataset data = Dataset.builder(Sample.AS_OF).province("p", "Tỉnh").commune("xa", ",Xã", "p").village("t1", "\"Thôn\" 1", "xa")
                .village("t2", "\nThôn 2", "xa").build();
        String csv = ReportText.csv(Evaluator.create().evaluate(data, Sample.PACK, Sample.AS_OF), false);
        assertThat(csv).contains("\r\nxa,\",Xã\",commune,", "\r\nt1,\"\"\"Thôn\"\" 1\",village,", "\r\nt2,\"\nThôn 2\",village,");
    }

    @Test
    void csv_namesEachRowsParentChain_andHasARowPerCertification() {
        String csv = ReportText.csv(oneVillageShort(Sample.AS_OF), false);
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0)).startsWith("unit_id,unit_name,level,province_id,province_name,district_id,district_name,commune_id,"
                + "commune_name,kind,rule_id,");
        // A village row names its province and commune (no district: the data is dated after 1 July 2025), the
        // commune's own row names itself as the commune, the province's has only itself.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("thon,Thôn,village,p,Tỉnh,,,xa,Xã,criterion,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("xa,Xã,commune,p,Tỉnh,,,xa,Xã,target,commune.smart-villages,"));
        // The certification: its status, no figures, its explanation as the reason.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("thon,Thôn,village,p,Tỉnh,,,xa,Xã,certification,smart-village,")
                .contains(",not-met,,,,,,,").contains("is not certified"));
    }

    @Test
    void csvSemicolon_separatesBySemicolons_andWritesTheDecimalComma_soAVietnameseSpreadsheetReadsNumbers() {
        Assessment a = oneVillageShort(Sample.AS_OF);
        String comma = ReportText.csv(a, false);
        String semi = ReportText.of(ReportFormat.CSV_SEMICOLON, a);
        assertThat(semi).startsWith("\uFEFFunit_id;unit_name;level;");
        // 50 of 100 residents is 50 %; a share such as 2/3 would be 66.666… %: the decimal point becomes a comma,
        // and a cell holding the separator is quoted.
        assertThat(comma).contains(",50,100,50,>= 25 %,");
        assertThat(semi).contains(";50;100;50;>= 25 %;");
        Dataset thirds = Dataset.builder(Sample.AS_OF).province("p", "Tỉnh; mẫu").commune("xa", "Xã", "p").village("thon", "Thôn", "xa")
                .observe("thon", Metrics.RESIDENTS, 3L).observe("thon", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 1L).build();
        Assessment t = Evaluator.create().evaluate(thirds, Sample.PACK, Sample.AS_OF);
        String p = t.unit("thon").orElseThrow().criterion("village.electronic-id").orElseThrow().percent().orElseThrow().toPlainString();
        assertThat(p).contains(".");
        assertThat(ReportText.of(ReportFormat.CSV_SEMICOLON, t)).contains(";1;3;" + p.replace('.', ',') + ";").contains(";\"Tỉnh; mẫu\";")
                .doesNotContain(";1;3;" + p + ";");
        assertThat(ReportText.csv(t, false)).contains(",1,3," + p + ",").contains(",Tỉnh; mẫu,");
    }

    /** A commune with one village that is not smart (no fibre), evaluated on {@code day}. */
    private static Assessment oneVillageShort(LocalDate day) {
        Dataset d = Dataset.builder(day).province("p", "Tỉnh").commune("xa", "Xã", "p").village("thon", "Thôn", "xa")
                .observe("thon", Metrics.RESIDENTS, 100L).observe("thon", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 50L)
                .observe("thon", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, false).build();
        return Evaluator.create().evaluate(d, Sample.PACK, day);
    }

    @Test
    void html_listsTargetsThatAreShort_amongTheGaps() {
        Assessment a = oneVillageShort(Sample.AS_OF);
        TargetResult t = a.unit("xa").orElseThrow().target("commune.smart-villages").orElseThrow();
        assertThat(t.status()).isEqualTo(Status.NOT_MET);
        String html = ReportText.html(a);
        String gaps = html.substring(html.indexOf("<section id=\"gaps\">"), html.indexOf("</section>", html.indexOf("<section id=\"gaps\">")));
        assertThat(gaps).contains("<tr><th scope=\"row\">Xã</th>", "Smart villages");
    }

    @Test
    void aTargetsExplanation_saysWhenItsDeadlineHasPassedUnmet() {
        LocalDate late = LocalDate.of(2026, 3, 1);
        Assessment a = oneVillageShort(late);
        TargetResult t = a.unit("xa").orElseThrow().target("commune.smart-villages").orElseThrow();
        assertThat(t.deadlinePassed()).isTrue();
        assertThat(a.explain(t).en()).endsWith("The deadline has passed.");
        TargetResult onTime = oneVillageShort(Sample.AS_OF).unit("xa").orElseThrow().target("commune.smart-villages").orElseThrow();
        assertThat(oneVillageShort(Sample.AS_OF).explain(onTime).en()).doesNotContain("deadline has passed");
    }

    @Test
    void aTargetMet_hasNothingLeftToGo() {
        var met = Sample.ASSESSMENT.unit("xa-a").orElseThrow().target("commune.smart-villages").orElseThrow();
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(Sample.ASSESSMENT.explain(met).en()).contains("Progress 100 % of the way; reached");
    }
}
