package vn.smartvillage.report;

import java.util.Locale;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.rules.RulePack;

/**
 * Writes a summary of an assessment per level as Markdown, for pasting into a report: for each level,
 * how many units hold each certification and meet each criterion and target.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** Writes the summary in the language of {@code locale} (Vietnamese for {@code vi}, English otherwise). */
    public static String write(Assessment assessment, RulePack pack, Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        StringBuilder s = new StringBuilder();
        s.append("# ").append(in(pack.title(), vi)).append("\n\n");
        s.append(in(Messages.text("report.header", "pack", pack.toString(), "asOf", assessment.asOf(), "dataAsOf", assessment.dataAsOf()), vi))
                .append("\n");
        for (Text w : assessment.warnings()) {
            s.append("\n> ").append(in(w, vi)).append("\n");
        }
        for (LevelSummary level : LevelSummary.of(assessment)) {
            s.append("\n## ").append(in(Messages.text("report.level", "level", Explanations.capitalized(level.level().label()), "count", level.units()), vi))
                    .append("\n\n");
            if (level.rows().isEmpty()) {
                s.append(in(Messages.text("report.noRules"), vi)).append("\n");
                continue;
            }
            s.append("| ").append(in(Messages.text("report.column.rule"), vi));
            for (Status st : Status.values()) {
                s.append(" | ").append(in(st.label(), vi));
            }
            s.append(" |\n|---");
            for (int i = 0; i < Status.values().length; i++) {
                s.append("|--:");
            }
            s.append("|\n");
            for (LevelSummary.Row row : level.rows()) {
                s.append("| ").append(escape(in(Messages.text("report.kind." + row.kind(), "name", row.name()), vi)));
                for (Status st : Status.values()) {
                    s.append(" | ").append(row.count(st));
                }
                s.append(" |\n");
            }
        }
        return s.toString();
    }

    private static String in(Text t, boolean vi) {
        return vi ? t.vi() : t.en();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
