package vn.smartvillage.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.rules.RulePack;

/**
 * Writes an assessment as one self-contained HTML page ({@link ReportFormat#HTML}) (no external file, font or script; it works
 * offline): a summary per level, every unit with a progress bar per criterion and target, the gap
 * list, and both languages, switched by a button.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:2rem auto;max-width:64rem;\
            padding:0 1rem;color:#1b1b1b;line-height:1.4}
            body.vi .en,body.en .vi{display:none}
            header nav button{font:inherit;padding:.25rem .75rem;margin-left:.25rem;border:1px solid #555;background:#fff;cursor:pointer}
            body.vi button[data-lang=vi],body.en button[data-lang=en]{background:#1b5e20;color:#fff}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
            th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{white-space:nowrap}
            td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .met{color:#1b5e20;font-weight:600}.not-met{color:#b71c1c;font-weight:600}
            .missing-data{color:#8d6e00;font-weight:600}.not-applicable{color:#666}
            .bar{position:relative;width:10rem;height:.8rem;background:#e0e0e0;border-radius:.2rem}
            .bar span{position:absolute;left:0;top:0;bottom:0;background:#43a047;border-radius:.2rem}
            .bar.short span{background:#e53935}
            .bar i{position:absolute;top:-.2rem;bottom:-.2rem;border-left:2px solid #1b1b1b}
            details{margin:.5rem 0;border:1px solid #ddd;border-radius:.3rem;padding:.3rem .7rem}
            summary{cursor:pointer;font-weight:600}
            .small{font-size:.9em;color:#444}
            """;

    private static final String SCRIPT = """
            (function () {
              var body = document.body;
              var buttons = document.querySelectorAll('button[data-lang]');
              for (var i = 0; i < buttons.length; i++) {
                buttons[i].addEventListener('click', function (e) {
                  var lang = e.currentTarget.getAttribute('data-lang');
                  body.className = lang;
                  document.documentElement.setAttribute('lang', lang);
                });
              }
              document.documentElement.setAttribute('data-ready', 'yes');
            })();
            """;

    private HtmlReport() {
    }

    /**
     * Writes {@code assessment} to {@code out} one unit at a time, titled by its pack; the page opens in
     * Vietnamese, declares UTF-8 and has {@code \n} line ends. {@code out} is flushed, not closed.
     */
    static void write(Assessment assessment, Writer out) throws IOException {
        RulePack pack = assessment.pack();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(pack.title().vi())).append(" — ").append(assessment.asOf()).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body class=\"vi\">\n");
        h.append("<header>\n<h1>").append(both(pack.title())).append("</h1>\n<p>")
                .append(both(Messages.text("report.header", "pack", pack.toString(), "asOf", assessment.asOf(),
                        "dataAsOf", assessment.dataAsOf())))
                .append("</p>\n<nav>").append(both(Messages.text("report.language")))
                // Each language is named in its own words, whichever language the page shows.
                .append(": <button type=\"button\" data-lang=\"vi\">").append(esc(Messages.label("report.language.vi").vi()))
                .append("</button><button type=\"button\" data-lang=\"en\">").append(esc(Messages.label("report.language.en").en()))
                .append("</button></nav>\n");
        for (Text w : assessment.warnings()) {
            h.append("<p class=\"missing-data\">").append(both(w)).append("</p>\n");
        }
        h.append("</header>\n");

        h.append("<section id=\"summary\">\n<h2>").append(both(Messages.text("report.summary"))).append("</h2>\n");
        for (LevelSummary level : LevelSummary.of(assessment)) {
            h.append("<h3>").append(both(Messages.text("report.level", "level", Messages.capitalized(level.level().label()), "count", level.units())))
                    .append("</h3>\n");
            if (level.rows().isEmpty()) {
                h.append("<p>").append(both(Messages.text("report.noRules"))).append("</p>\n");
                continue;
            }
            h.append("<table>\n<tr><th>").append(both(Messages.text("report.column.rule"))).append("</th>");
            for (Status s : Status.values()) {
                h.append("<th class=\"").append(css(s)).append("\">").append(both(s.label())).append("</th>");
            }
            h.append("</tr>\n");
            for (LevelSummary.Row row : level.rows()) {
                h.append("<tr><td>").append(both(Messages.text("report.kind." + row.kind(), "name", row.name()))).append("</td>");
                for (Status s : Status.values()) {
                    h.append("<td class=\"n\">").append(row.count(s)).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</section>\n");
        out.append(h);
        h.setLength(0);

        h.append("<section id=\"units\">\n<h2>").append(both(Messages.text("report.units"))).append("</h2>\n");
        for (UnitAssessment u : assessment.units()) {
            if (u.criteria().isEmpty() && u.certifications().isEmpty() && u.targets().isEmpty()) {
                continue;
            }
            h.append("<details open>\n<summary>").append(esc(u.unit().name())).append(" <span class=\"small\">(")
                    .append(both(u.unit().level().label())).append(", ").append(esc(u.unit().id())).append(")</span></summary>\n");
            for (CertificationResult c : u.certifications()) {
                h.append("<p><span class=\"").append(css(c.status())).append("\">").append(both(c.status().label()))
                        .append("</span> ").append(both(assessment.explain(c))).append("</p>\n");
            }
            if (!u.criteria().isEmpty() || !u.targets().isEmpty()) {
                h.append("<table>\n<tr><th>").append(both(Messages.text("report.column.rule"))).append("</th><th>")
                        .append(both(Messages.text("report.column.value"))).append("</th><th></th><th>")
                        .append(both(Messages.text("report.column.threshold"))).append("</th><th>")
                        .append(both(Messages.text("report.column.status"))).append("</th></tr>\n");
                for (CriterionResult r : u.criteria()) {
                    row(h, r, Messages.text("report.kind.criterion", "name", r.criterion().name()));
                }
                for (TargetResult t : u.targets()) {
                    row(h, t.result(), Messages.text("report.kind.target", "name", t.target().indicator().name()));
                }
                h.append("</table>\n");
            }
            h.append("</details>\n");
            out.append(h);
            h.setLength(0);
        }
        h.append("</section>\n");

        h.append("<section id=\"gaps\">\n<h2>").append(both(Messages.text("report.gaps"))).append("</h2>\n");
        List<CriterionResult> gaps = new ArrayList<>();
        for (UnitAssessment u : assessment.units()) {
            u.criteria().stream().filter(r -> r.status() == Status.NOT_MET && r.gap().isPresent()).forEach(gaps::add);
            u.targets().stream().map(TargetResult::result).filter(r -> r.status() == Status.NOT_MET && r.gap().isPresent())
                    .forEach(gaps::add);
        }
        gaps.sort(Comparator.comparingLong((CriterionResult r) -> r.gap().orElseThrow().amount()).thenComparing(CriterionResult::unitId)
                .thenComparing(r -> r.criterion().id()));
        if (gaps.isEmpty()) {
            h.append("<p>").append(both(Messages.text("report.noGaps"))).append("</p>\n");
        } else {
            h.append("<ol>\n");
            for (CriterionResult r : gaps) {
                h.append("<li>").append(both(assessment.explain(r))).append("</li>\n");
                out.append(h);
                h.setLength(0);
            }
            h.append("</ol>\n");
        }
        h.append("</section>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.append(h);
        out.flush();
    }

    private static void row(StringBuilder h, CriterionResult r, Text name) {
        h.append("<tr><td>").append(both(name)).append("<div class=\"small\">")
                .append(both(r.reason())).append("</div></td><td class=\"n\">");
        r.percent().ifPresentOrElse(p -> h.append(both(Messages.text("trend.percent", "value", p))),
                () -> r.value().filter(v -> v.denominator() == 1).ifPresent(v -> h.append(both(Messages.text("trend.number",
                        "value", v.numerator())))));
        h.append("</td><td>").append(bar(r)).append("</td><td>").append(both(r.threshold()))
                .append("</td><td class=\"").append(css(r.status())).append("\">").append(both(r.status().label())).append("</td></tr>\n");
    }

    /** A bar: for a share, filled to the value with a mark at the threshold; otherwise filled to the progress. */
    private static String bar(CriterionResult r) {
        if (r.value().isEmpty()) {
            return "";
        }
        BigDecimal fill;
        BigDecimal mark = null;
        if (r.percent().isPresent()) {
            fill = r.percent().get();
            mark = r.criterion().threshold().value();
        } else if (r.progress().isPresent()) {
            fill = r.progress().get().percent(2);
        } else {
            return "";
        }
        fill = fill.min(BigDecimal.valueOf(100));
        String cls = r.isMet() ? "bar" : "bar short";
        return "<div class=\"" + cls + "\" role=\"img\" aria-label=\"" + fill.toPlainString() + " %\"><span style=\"width:"
                + fill.toPlainString() + "%\"></span>" + (mark == null ? "" : "<i style=\"left:" + mark.toPlainString() + "%\"></i>")
                + "</div>";
    }

    private static String both(Text t) {
        return "<span class=\"vi\">" + esc(t.vi()) + "</span><span class=\"en\">" + esc(t.en()) + "</span>";
    }

    private static String css(Status s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Escapes {@code s} for HTML text and attributes; an unpaired surrogate becomes U+FFFD and a control
     * or bidirectional-override character (which could reorder what a reader sees) is written as its code.
     */
    static String esc(String s) {
        String w = Strings.wellFormed(s);
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Strings.isHidden(c)) {
                out.append("U+").append(String.format(java.util.Locale.ROOT, "%04X", (int) c));
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
