package vn.smartvillage.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.rules.RulePack;

/**
 * Writes a summary of an assessment per level as Markdown ({@link ReportFormat#MARKDOWN_VI},
 * {@link ReportFormat#MARKDOWN_EN}), for pasting into a report: for each level,
 * how many units hold each certification and meet each criterion and target; then, when the dataset records
 * official recognitions, each beside the computed verdict and the disagreements both ways.
 *
 * <p>Text from packs and datasets (titles, names, warnings) is escaped, so it is read as text, never as
 * Markdown or HTML: {@code * _ ` [ ] < > | ~ & \} get a backslash, a leading {@code # + - =} or list
 * number too, and line breaks and hidden characters never reach the page.
 */
final class MarkdownReport {

    private static final java.util.regex.Pattern LIST_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,9}[.)]");

    private MarkdownReport() {
    }

    /**
     * Writes the summary of {@code assessment}, headed by its pack's title, to {@code out} in the language of
     * {@code locale} (Vietnamese for {@code vi}, English otherwise), a table row at a time, with {@code \n} line
     * ends. {@code out} is flushed, not closed.
     */
    static void write(Assessment assessment, Locale locale, Writer out) throws IOException {
        RulePack pack = assessment.pack();
        boolean vi = "vi".equals(locale.getLanguage());
        StringBuilder s = new StringBuilder();
        s.append("# ").append(escape(in(pack.title(), vi))).append("\n\n");
        s.append(escape(in(Messages.text("report.header", "pack", pack.toString(), "asOf", assessment.asOf(), "dataAsOf",
                assessment.dataAsOf()), vi))).append("\n");
        for (Text w : assessment.warnings()) {
            s.append("\n> ").append(escape(in(w, vi))).append("\n");
        }
        for (LevelSummary level : LevelSummary.of(assessment)) {
            s.append("\n## ").append(in(Messages.text("report.level", "level", Messages.capitalized(level.level().label()), "count", level.units()), vi))
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
                out.append(s);
                s.setLength(0);
            }
        }
        for (RecognitionLines.Section section : RecognitionLines.of(assessment)) {
            s.append("\n## ").append(escape(in(section.heading(), vi))).append("\n\n");
            for (Text line : section.lines()) {
                s.append("- ").append(escape(in(line, vi))).append("\n");
            }
        }
        out.append(s);
        out.flush();
    }

    private static String in(Text t, boolean vi) {
        return vi ? t.vi() : t.en();
    }

    /** Returns {@code text} as Markdown that shows it as written. */
    static String escape(String text) {
        String t = Strings.printable(text, false).replace('\r', ' ');
        StringBuilder b = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("\\`*_[]<>|~&".indexOf(c) >= 0 || (i == 0 && "#+-=".indexOf(c) >= 0)) {
                b.append('\\');
            }
            b.append(c);
        }
        // "1. x" at the start would become a numbered list.
        java.util.regex.Matcher m = LIST_NUMBER.matcher(b);
        if (m.lookingAt()) {
            b.insert(m.end() - 1, '\\');
        }
        return b.toString();
    }
}
