package vn.smartvillage.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.RulePack;

/** The tests' way to a report as a string (the library streams every report), and to a registry of one pack. */
public final class ReportText {

    private ReportText() {
    }

    /** {@return what {@code format} writes for {@code a}} */
    public static String of(ReportFormat format, Assessment a) {
        StringWriter out = new StringWriter();
        try {
            format.write(a, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@return the JSON report of {@code a}} */
    public static String json(Assessment a) {
        return of(ReportFormat.JSON, a);
    }

    /** {@return the CSV report of {@code a}, with a byte-order mark when {@code bom}} */
    public static String csv(Assessment a, boolean bom) {
        return of(bom ? ReportFormat.CSV : ReportFormat.CSV_NO_BOM, a);
    }

    /** {@return the Markdown summary of {@code a} in the language of {@code locale} (Vietnamese for vi, else English)} */
    public static String markdown(Assessment a, Locale locale) {
        return of("vi".equals(locale.getLanguage()) ? ReportFormat.MARKDOWN_VI : ReportFormat.MARKDOWN_EN, a);
    }

    /** {@return the HTML page of {@code a}} */
    public static String html(Assessment a) {
        return of(ReportFormat.HTML, a);
    }

    /** {@return a registry of {@code packs} alone} */
    public static RulePackRegistry registry(RulePack... packs) {
        RulePackRegistry.Builder b = RulePackRegistry.builder();
        for (RulePack p : packs) {
            b.add(p);
        }
        return b.build();
    }

    /** {@return the assessment {@code json} holds, its pack found in a registry of {@code pack} alone} */
    public static Assessment read(String json, RulePack pack) {
        return ReportFormat.readJson(json, registry(pack));
    }
}
