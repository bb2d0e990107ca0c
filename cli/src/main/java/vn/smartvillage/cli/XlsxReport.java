package vn.smartvillage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;

/**
 * Writes an assessment as an .xlsx workbook, the table an office hands upward: one sheet, a row per unit and
 * rule (criterion, target and certification), the same columns as the library's CSV report (the unit, its
 * province, district and commune, the result), with the figures as numbers (numerator, denominator, percent,
 * gap), so a spreadsheet sums and sorts them whatever its locale. Written with Apache POI's streaming writer
 * (SXSSF): only a window of rows is in memory, the rest goes to a temporary file that is deleted when the
 * workbook is written, so a national assessment is never held whole. Text is written as text cells, which a
 * spreadsheet never runs as a formula.
 */
final class XlsxReport {

    /** The header row: the CSV report's columns. */
    static final List<String> COLUMNS = List.of("unit_id", "unit_name", "level", "province_id", "province_name", "district_id",
            "district_name", "commune_id", "commune_name", "kind", "rule_id", "rule_name_vi", "rule_name_en", "status", "numerator",
            "denominator", "percent", "threshold", "gap", "gap_direction", "reason_vi", "reason_en");

    /** After {@link #COLUMNS} when a unit carries an official code: the CSV report's code columns. */
    static final List<String> CODE_COLUMNS = List.of("unit_code", "province_code", "district_code", "commune_code");

    private static final List<AdminLevel> CHAIN = List.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE);
    /** Rows kept in memory before the writer flushes them to its temporary file. */
    private static final int WINDOW = 200;
    /** Excel's limit of rows in a sheet, the header included. */
    static final int MAX_ROWS = 1_048_576;

    private XlsxReport() {
    }

    /**
     * Writes {@code assessment} to {@code out} (not closed), in a sheet named {@code sheetName}.
     *
     * @throws IOException   if {@code out} fails
     * @throws UserError     if the assessment has more rows than a sheet holds
     */
    static void write(Assessment assessment, String sheetName, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.##"));
            boolean codes = assessment.units().stream().anyMatch(u -> u.unit().code().isPresent());
            List<String> columns = new java.util.ArrayList<>(COLUMNS);
            if (codes) {
                columns.addAll(CODE_COLUMNS);
            }
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            for (UnitAssessment u : assessment.units()) {
                List<String> unit = unitCells(assessment, u);
                List<String> tail = codes ? codeCells(assessment, u) : List.of();
                for (CriterionResult r : u.criteria()) {
                    Row row = row(sheet, next);
                    result(row, unit, "criterion", r, percent);
                    texts(row, COLUMNS.size(), tail);
                }
                for (TargetResult t : u.targets()) {
                    Row row = row(sheet, next);
                    result(row, unit, "target", t.result(), percent);
                    texts(row, COLUMNS.size(), tail);
                }
                for (CertificationResult c : u.certifications()) {
                    Row row = row(sheet, next);
                    texts(row, COLUMNS.size(), tail);
                    int col = texts(row, 0, unit);
                    Text why = assessment.explain(c);
                    col = texts(row, col, List.of("certification", c.certification().id(), c.certification().name().vi(),
                            c.certification().name().en(), word(c.status())));
                    col += 6; // no figures, threshold or gap
                    texts(row, col, List.of(why.vi(), why.en()));
                }
                // An official decision recognising the unit, as the CSV report writes it: the certification it
                // grants, the pack's own verdict on it, and the decision in words.
                for (vn.smartvillage.data.Recognition r : assessment.recognitions(u.unit().id())) {
                    Row row = row(sheet, next);
                    texts(row, COLUMNS.size(), tail);
                    int col = texts(row, 0, unit);
                    Text title = TextReport.title(assessment, r);
                    String computed = r.certificationId().flatMap(u::certification).map(c -> word(c.status())).orElse("");
                    col = texts(row, col, List.of("recognition", r.certificationId().orElse(""), title.vi(), title.en(), computed));
                    col += 6;
                    Text line = TextReport.recognised(assessment, r);
                    texts(row, col, List.of(line.vi(), line.en()));
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, columns.size() - 1));
            book.write(out);
            out.flush();
        } finally {
            book.close(); // also deletes the temporary file of flushed rows
        }
    }

    private static Row row(Sheet sheet, int[] next) {
        if (next[0] >= MAX_ROWS) {
            throw new UserError(CliText.both("error.xlsx.rows", "max", MAX_ROWS - 1), CliText.both("fix.xlsx.rows"));
        }
        return sheet.createRow(next[0]++);
    }

    private static void result(Row row, List<String> unit, String kind, CriterionResult r, CellStyle percent) {
        int col = texts(row, 0, unit);
        col = texts(row, col, List.of(kind, r.criterion().id(), r.criterion().name().vi(), r.criterion().name().en(), word(r.status())));
        if (r.value().isPresent()) {
            row.createCell(col).setCellValue(r.value().get().numerator());
            row.createCell(col + 1).setCellValue(r.value().get().denominator());
        }
        col += 2;
        if (r.percent().isPresent()) {
            BigDecimal p = r.percent().get();
            row.createCell(col).setCellValue(p.doubleValue()); // shown only: the verdict was judged in exact fractions
            row.getCell(col).setCellStyle(percent);
        }
        col++;
        if (r.criterion().isEncoded()) {
            row.createCell(col).setCellValue(vn.smartvillage.packs.RulePackJson.threshold(r.criterion().threshold()));
        }
        col++;
        if (r.gap().isPresent()) {
            row.createCell(col).setCellValue(r.gap().get().amount());
            row.createCell(col + 1).setCellValue(r.gap().get().isRemoval() ? "remove" : "add");
        }
        col += 2;
        texts(row, col, List.of(r.reason().vi(), r.reason().en()));
    }

    private static int texts(Row row, int from, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                row.createCell(from + i).setCellValue(cells.get(i));
            }
        }
        return from + cells.size();
    }

    /** The unit's official code, then those of its province, district and commune (itself at its level); empty where none. */
    private static List<String> codeCells(Assessment assessment, UnitAssessment u) {
        Map<AdminLevel, Unit> chain = chain(assessment, u);
        List<String> cells = new java.util.ArrayList<>(List.of(u.unit().code().orElse("")));
        for (AdminLevel level : CHAIN) {
            Unit x = chain.get(level);
            cells.add(x == null ? "" : x.code().orElse(""));
        }
        return cells;
    }

    /** The unit's id, name and level, then the id and name of its province, district and commune (itself at its level). */
    private static List<String> unitCells(Assessment assessment, UnitAssessment u) {
        Map<AdminLevel, Unit> chain = chain(assessment, u);
        List<String> cells = new ArrayList<>(List.of(u.unit().id(), u.unit().name(), word(u.unit().level())));
        for (AdminLevel level : CHAIN) {
            Unit x = chain.get(level);
            cells.add(x == null ? "" : x.id());
            cells.add(x == null ? "" : x.name());
        }
        return cells;
    }

    /** The unit and the units above it, by level. */
    private static Map<AdminLevel, Unit> chain(Assessment assessment, UnitAssessment u) {
        Map<AdminLevel, Unit> chain = new EnumMap<>(AdminLevel.class);
        Unit at = u.unit();
        for (int depth = 0; at != null && depth < AdminLevel.values().length; depth++) {
            chain.put(at.level(), at);
            at = at.parentId().flatMap(assessment::unit).map(UnitAssessment::unit).orElse(null);
        }
        return chain;
    }

    /** An enum constant as the reports write it: {@code NOT_MET} is {@code not-met}. */
    private static String word(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
