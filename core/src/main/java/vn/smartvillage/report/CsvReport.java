package vn.smartvillage.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.format.PackWriter;
import vn.smartvillage.internal.json.Cursor;

/**
 * Writes an assessment as CSV ({@link ReportFormat#CSV}, {@link ReportFormat#CSV_NO_BOM}): one row per unit
 * and criterion (and target), UTF-8, with CRLF line ends. Columns: {@code unit_id, unit_name, level, kind,
 * rule_id, rule_name_vi, rule_name_en, status, numerator, denominator, percent, threshold, gap,
 * gap_direction, reason_vi, reason_en}.
 *
 * <p>A cell that a spreadsheet would run as a formula (one starting with {@code = + - @}, a tab or a
 * carriage return, such as a unit named {@code =HYPERLINK(…)}) is written with a leading {@code '}, which
 * spreadsheets show as text; a plain number such as {@code -5} is written as it is.
 */
final class CsvReport {

    /** The header row. */
    static final List<String> COLUMNS = List.of("unit_id", "unit_name", "level", "kind", "rule_id", "rule_name_vi",
            "rule_name_en", "status", "numerator", "denominator", "percent", "threshold", "gap", "gap_direction", "reason_vi",
            "reason_en");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-[0-9]+(\\.[0-9]+)?");

    private CsvReport() {
    }

    /**
     * Writes {@code assessment} to {@code out}, without a byte-order mark, one unit's rows at a time, so that
     * memory never holds the whole report: the header row, then one row per criterion and target result of
     * each unit, in the assessment's order, each ending in CRLF. {@code out} is flushed, not closed.
     */
    static void write(Assessment assessment, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        row(s, COLUMNS);
        for (UnitAssessment u : assessment.units()) {
            for (CriterionResult r : u.criteria()) {
                row(s, cells(u, "criterion", r));
            }
            for (TargetResult t : u.targets()) {
                row(s, cells(u, "target", t.result()));
            }
            out.append(s);
            s.setLength(0);
        }
        out.append(s);
        out.flush();
    }

    private static List<String> cells(UnitAssessment u, String kind, CriterionResult r) {
        return List.of(u.unit().id(), u.unit().name(), Cursor.enumName(u.unit().level()), kind, r.criterion().id(),
                r.criterion().name().vi(), r.criterion().name().en(), Cursor.enumName(r.status()),
                r.value().map(v -> Long.toString(v.numerator())).orElse(""),
                r.value().map(v -> Long.toString(v.denominator())).orElse(""),
                r.percent().map(p -> p.toPlainString()).orElse(""), r.criterion().isEncoded() ? PackWriter.threshold(r.criterion().threshold()) : "",
                r.gap().map(g -> Long.toString(g.amount())).orElse(""),
                r.gap().map(g -> g.isRemoval() ? "remove" : "add").orElse(""),
                r.reason().vi(), r.reason().en());
    }

    /** Returns {@code c} with a leading {@code '} if a spreadsheet would run it as a formula. */
    static String guarded(String c) {
        if (c.isEmpty() || "=+-@\t\r".indexOf(c.charAt(0)) < 0 || PLAIN_NUMBER.matcher(c).matches()) {
            return c;
        }
        return "'" + c;
    }

    private static void row(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String c = guarded(Strings.wellFormed(cells.get(i)));
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                s.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                s.append(c);
            }
        }
        s.append("\r\n");
    }
}
