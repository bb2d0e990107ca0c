package vn.smartvillage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 * gap), so a spreadsheet sums and sorts them whatever its locale. Written row by row by {@link XlsxSheet}: only
 * the row being written is in memory, so a national assessment is never held whole, and the same assessment gives
 * the same bytes. Text is written as text cells, which a spreadsheet never runs as a formula.
 */
final class XlsxReport {

    /** The header row: the CSV report's columns. */
    static final List<String> COLUMNS = List.of("unit_id", "unit_name", "level", "province_id", "province_name", "district_id",
            "district_name", "commune_id", "commune_name", "kind", "rule_id", "rule_name_vi", "rule_name_en", "status", "numerator",
            "denominator", "percent", "threshold", "gap", "gap_direction", "reason_vi", "reason_en");

    /** After {@link #COLUMNS} when a unit carries an official code: the CSV report's code columns. */
    static final List<String> CODE_COLUMNS = List.of("unit_code", "province_code", "district_code", "commune_code");

    private static final List<AdminLevel> CHAIN = List.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE);

    private XlsxReport() {
    }

    /**
     * Writes {@code assessment} to {@code out} (not closed), in a sheet named {@code sheetName}.
     *
     * @throws IOException   if {@code out} fails
     * @throws UserError     if the assessment has more rows than a sheet holds
     */
    static void write(Assessment assessment, String sheetName, OutputStream out) throws IOException {
        boolean codes = assessment.units().stream().anyMatch(u -> u.unit().code().isPresent());
        List<String> columns = new ArrayList<>(COLUMNS);
        if (codes) {
            columns.addAll(CODE_COLUMNS);
        }
        XlsxSheet sheet = new XlsxSheet(out, sheetName, columns);
        for (UnitAssessment u : assessment.units()) {
            List<String> unit = unitCells(assessment, u);
            List<String> tail = codes ? codeCells(assessment, u) : List.of();
            for (CriterionResult r : u.criteria()) {
                sheet.row();
                result(sheet, unit, "criterion", r);
                sheet.texts(COLUMNS.size(), tail);
            }
            for (TargetResult t : u.targets()) {
                sheet.row();
                result(sheet, unit, "target", t.result());
                sheet.texts(COLUMNS.size(), tail);
            }
            for (CertificationResult c : u.certifications()) {
                sheet.row();
                int col = sheet.texts(0, unit);
                Text why = assessment.explain(c);
                col = sheet.texts(col, List.of("certification", c.certification().id(), c.certification().name().vi(),
                        c.certification().name().en(), word(c.status())));
                col += 6; // no figures, threshold or gap
                sheet.texts(col, List.of(why.vi(), why.en()));
                sheet.texts(COLUMNS.size(), tail);
            }
            // An official decision recognising the unit, as the CSV report writes it: the certification it
            // grants, the pack's own verdict on it, and the decision in words.
            for (vn.smartvillage.data.Recognition r : assessment.recognitions(u.unit().id())) {
                sheet.row();
                int col = sheet.texts(0, unit);
                Text title = TextReport.title(assessment, r);
                String computed = r.certificationId().flatMap(u::certification).map(c -> word(c.status())).orElse("");
                col = sheet.texts(col, List.of("recognition", r.certificationId().orElse(""), title.vi(), title.en(), computed));
                col += 6;
                Text line = TextReport.recognised(assessment, r);
                sheet.texts(col, List.of(line.vi(), line.en()));
                sheet.texts(COLUMNS.size(), tail);
            }
        }
        sheet.finish();
    }

    private static void result(XlsxSheet sheet, List<String> unit, String kind, CriterionResult r) {
        int col = sheet.texts(0, unit);
        col = sheet.texts(col, List.of(kind, r.criterion().id(), r.criterion().name().vi(), r.criterion().name().en(), word(r.status())));
        if (r.value().isPresent()) {
            sheet.number(col, r.value().get().numerator());
            sheet.number(col + 1, r.value().get().denominator());
        }
        col += 2;
        if (r.percent().isPresent()) {
            sheet.percent(col, r.percent().get()); // shown only: the verdict was judged in exact fractions
        }
        col++;
        if (r.criterion().isEncoded()) {
            sheet.text(col, vn.smartvillage.packs.RulePackJson.threshold(r.criterion().threshold()));
        }
        col++;
        if (r.gap().isPresent()) {
            sheet.number(col, r.gap().get().amount());
            sheet.text(col + 1, r.gap().get().isRemoval() ? "remove" : "add");
        }
        col += 2;
        sheet.texts(col, List.of(r.reason().vi(), r.reason().en()));
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
