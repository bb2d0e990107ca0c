package vn.smartvillage.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.smartvillage.Text;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.format.PackWriter;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;

/**
 * Writes an assessment as CSV ({@link ReportFormat#CSV}, {@link ReportFormat#CSV_NO_BOM},
 * {@link ReportFormat#CSV_SEMICOLON}): one row per unit and rule (criterion, target and certification),
 * UTF-8, with CRLF line ends. Columns: {@code unit_id, unit_name, level, province_id, province_name,
 * district_id, district_name, commune_id, commune_name, kind, rule_id, rule_name_vi, rule_name_en, status,
 * numerator, denominator, percent, threshold, gap, gap_direction, reason_vi, reason_en}, and, when a unit of the
 * assessment carries an official code ({@code Unit.code()}), {@code unit_code, province_code, district_code,
 * commune_code} after them (empty where a unit has none), so that reports of data without codes keep their
 * columns. The parent chain
 * names the unit's province, district and commune, the unit itself at its own level, empty above it (a
 * district is empty in data from 1 July 2025, when districts were abolished), so that a spreadsheet can
 * filter one commune's rows, its villages' included. A certification row has no figures: its reason is
 * the explanation of what it requires. A unit an official decision recognises has a row of kind
 * {@code recognition} per decision after its certifications: the certification granted (empty for a title of its
 * own), its name or the title, the computed status of that certification, and the decision as the reason.
 *
 * <p>A cell that a spreadsheet would run as a formula (one starting with {@code = + - @}, a tab or a
 * carriage return, such as a unit named {@code =HYPERLINK(…)}) is written with a leading {@code '}, which
 * spreadsheets show as text; a plain number such as {@code -5} is written as it is. With
 * {@link ReportFormat#CSV_SEMICOLON} cells are separated by {@code ;} and the percent is written with a
 * decimal comma ({@code 27,5}), as a spreadsheet set to Vietnamese (or another comma-decimal locale) reads
 * them; the other numbers are whole.
 */
final class CsvReport {

    /** The header row. */
    static final List<String> COLUMNS = List.of("unit_id", "unit_name", "level", "province_id", "province_name", "district_id",
            "district_name", "commune_id", "commune_name", "kind", "rule_id", "rule_name_vi", "rule_name_en", "status", "numerator",
            "denominator", "percent", "threshold", "gap", "gap_direction", "reason_vi", "reason_en");

    /** Appended after {@link #COLUMNS} when a unit of the assessment carries an official code. */
    static final List<String> CODE_COLUMNS = List.of("unit_code", "province_code", "district_code", "commune_code");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-[0-9]+([.,][0-9]+)?");
    private static final List<AdminLevel> CHAIN = List.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE);

    private CsvReport() {
    }

    /** Writes {@code assessment} with commas and decimal points; see {@link #write(Assessment, Writer, char)}. */
    static void write(Assessment assessment, Writer out) throws IOException {
        write(assessment, out, ',');
    }

    /**
     * Writes {@code assessment} to {@code out}, without a byte-order mark, one unit's rows at a time, so that
     * memory never holds the whole report: the header row, then one row per criterion, target and
     * certification result of each unit, in the assessment's order, each ending in CRLF. {@code out} is
     * flushed, not closed.
     *
     * @param separator {@code ','} (decimal point) or {@code ';'} (decimal comma)
     */
    static void write(Assessment assessment, Writer out, char separator) throws IOException {
        boolean decimalComma = separator == ';';
        boolean codes = assessment.units().stream().anyMatch(u -> u.unit().code().isPresent());
        StringBuilder s = new StringBuilder();
        row(s, codes ? concat(COLUMNS, CODE_COLUMNS) : COLUMNS, separator);
        for (UnitAssessment u : assessment.units()) {
            List<String> unit = unitCells(assessment, u);
            List<String> tail = codes ? codeCells(assessment, u) : List.of();
            for (CriterionResult r : u.criteria()) {
                row(s, concat(cells(unit, "criterion", r, decimalComma), tail), separator);
            }
            for (TargetResult t : u.targets()) {
                row(s, concat(cells(unit, "target", t.result(), decimalComma), tail), separator);
            }
            for (CertificationResult c : u.certifications()) {
                Text why = assessment.explain(c);
                List<String> cells = new ArrayList<>(unit);
                cells.addAll(List.of("certification", c.certification().id(), c.certification().name().vi(),
                        c.certification().name().en(), Cursor.enumName(c.status()), "", "", "", "", "", "", why.vi(), why.en()));
                row(s, concat(cells, tail), separator);
            }
            for (Recognition r : assessment.recognitions(u.unit().id())) {
                Text title = RecognitionLines.title(assessment, r);
                Text line = RecognitionLines.line(assessment, r);
                List<String> cells = new ArrayList<>(unit);
                cells.addAll(List.of("recognition", r.certificationId().orElse(""), title.vi(), title.en(),
                        RecognitionLines.computed(assessment, r).map(c -> Cursor.enumName(c.status())).orElse(""), "", "", "", "", "", "",
                        line.vi(), line.en()));
                row(s, concat(cells, tail), separator);
            }
            out.append(s);
            s.setLength(0);
        }
        out.append(s);
        out.flush();
    }

    /** The unit's official code, then those of its province, district and commune (itself at its level); empty where not given. */
    static List<String> codeCells(Assessment assessment, UnitAssessment u) {
        Map<AdminLevel, Unit> chain = new EnumMap<>(AdminLevel.class);
        Unit at = u.unit();
        for (int depth = 0; at != null && depth < AdminLevel.values().length; depth++) {
            chain.put(at.level(), at);
            at = at.parentId().flatMap(assessment::unit).map(UnitAssessment::unit).orElse(null);
        }
        List<String> cells = new ArrayList<>(List.of(u.unit().code().orElse("")));
        for (AdminLevel level : CHAIN) {
            Unit x = chain.get(level);
            cells.add(x == null ? "" : x.code().orElse(""));
        }
        return cells;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The unit's cells: its id, name and level, then the id and name of its province, district and commune. */
    private static List<String> unitCells(Assessment assessment, UnitAssessment u) {
        Map<AdminLevel, Unit> chain = new EnumMap<>(AdminLevel.class);
        Unit at = u.unit();
        for (int depth = 0; at != null && depth < AdminLevel.values().length; depth++) {
            chain.put(at.level(), at);
            at = at.parentId().flatMap(assessment::unit).map(UnitAssessment::unit).orElse(null);
        }
        List<String> cells = new ArrayList<>(List.of(u.unit().id(), u.unit().name(), Cursor.enumName(u.unit().level())));
        for (AdminLevel level : CHAIN) {
            Unit x = chain.get(level);
            cells.add(x == null ? "" : x.id());
            cells.add(x == null ? "" : x.name());
        }
        return cells;
    }

    private static List<String> cells(List<String> unit, String kind, CriterionResult r, boolean decimalComma) {
        List<String> cells = new ArrayList<>(unit);
        cells.addAll(List.of(kind, r.criterion().id(), r.criterion().name().vi(), r.criterion().name().en(),
                Cursor.enumName(r.status()),
                r.value().map(v -> Long.toString(v.numerator())).orElse(""),
                r.value().map(v -> Long.toString(v.denominator())).orElse(""),
                r.percent().map(p -> decimalComma ? p.toPlainString().replace('.', ',') : p.toPlainString()).orElse(""),
                r.criterion().isEncoded() ? PackWriter.threshold(r.criterion().threshold()) : "",
                r.gap().map(g -> Long.toString(g.amount())).orElse(""),
                r.gap().map(g -> g.isRemoval() ? "remove" : "add").orElse(""),
                r.reason().vi(), r.reason().en()));
        return cells;
    }

    /** Returns {@code c} with a leading {@code '} if a spreadsheet would run it as a formula. */
    static String guarded(String c) {
        if (c.isEmpty() || "=+-@\t\r".indexOf(c.charAt(0)) < 0 || PLAIN_NUMBER.matcher(c).matches()) {
            return c;
        }
        return "'" + c;
    }

    private static void row(StringBuilder s, List<String> cells, char separator) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(separator);
            }
            String c = guarded(Strings.wellFormed(cells.get(i)));
            if (c.indexOf(separator) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                s.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                s.append(c);
            }
        }
        s.append("\r\n");
    }
}
