package vn.smartvillage.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Gap;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.RulePack;

/**
 * Writes an assessment as one self-contained HTML page ({@link ReportFormat#HTML}, {@link ReportFormat#HTML_EN}): no
 * external file, font or script, so it works offline. In order: a headline per certification and target, charts
 * as inline SVG (statuses per parent unit, progress per target), the units as nested {@code <details>} (province,
 * then commune, then a table row per village) with search and filters by status and rule, the gaps (closest units
 * first, then per rule, then the data that is missing), and the rules with their citations (document, article,
 * date: never the source the project read a rule in, which means nothing to a reader).
 *
 * <p>Both languages are in the page; it opens in the one asked for and a button switches. Everything reads
 * without script: only the language buttons, the filters and print's opening of every section need it.
 * It is written one unit at a time; a village is one table row, with a symbol, a value and a gap per rule, and
 * long explanations are never repeated per unit.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:2rem auto;max-width:64rem;\
            padding:0 1rem;color:#1b1b1b;line-height:1.4}
            body.vi .en,body.en .vi{display:none}
            header nav button{font:inherit;padding:.25rem .75rem;margin:.1rem;border:1px solid #555;background:#fff;cursor:pointer}
            body.vi button[data-lang=vi],body.en button[data-lang=en]{background:#1b5e20;color:#fff}
            nav.toc a{margin-right:1rem}
            table{border-collapse:collapse;margin:.5rem 0 1rem}
            .scroll{overflow-x:auto;max-width:100%}
            .scroll>table{min-width:100%}
            th,td{border-bottom:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
            td.n,.k td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .k td.t{text-align:left;white-space:normal}
            figure{margin:1rem 0}
            .k th[scope=row]{font-weight:normal;white-space:normal;min-width:6rem}
            .sm{color:#1b5e20;font-weight:600}.sn{color:#b71c1c;font-weight:600}
            .sd{color:#8d6e00;font-weight:600}.sa{color:#666}
            small{font-weight:normal;color:#444;margin-left:.2rem}
            .bar{position:relative;width:8rem;height:.8rem;background:#e0e0e0;border-radius:.2rem}
            .bar span{position:absolute;left:0;top:0;bottom:0;background:#43a047;border-radius:.2rem}
            .bar.short span{background:#e53935}
            .bar i{position:absolute;top:-.2rem;bottom:-.2rem;border-left:2px solid #1b1b1b}
            details{margin:.4rem 0;border:1px solid #ddd;border-radius:.3rem;padding:.3rem .6rem}
            details details{margin-left:.2rem}
            summary{cursor:pointer}
            summary .nm{font-weight:600}
            .headline li{margin:.2rem 0}.headline b{font-size:1.15em}
            svg{width:100%;height:auto;max-width:40rem;display:block}
            svg text{font-size:15px;fill:#1b1b1b}
            .fm{fill:#43a047}.fn{fill:#e53935}.fd{fill:#f9a825}.fa{fill:#bdbdbd}.ft{fill:#e0e0e0}.fp{fill:#1565c0}
            .key span.sw{display:inline-block;width:.8rem;height:.8rem;margin:0 .25rem 0 .75rem;vertical-align:middle}
            .key .m{background:#43a047}.key .n{background:#e53935}.key .d{background:#f9a825}.key .a{background:#bdbdbd}
            #filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:.5rem 0}
            #filters label{display:flex;flex-direction:column;font-size:.9em}
            #filters input,#filters select{font:inherit;max-width:100%}
            .off{display:none}
            .small{font-size:.9em;color:#444}
            @media (max-width:40rem){body{margin:1rem auto;padding:0 .5rem}th,td{padding:.2rem .3rem}\
            details{padding:.2rem .4rem}details details{margin-left:0}#filters select{max-width:20rem}}
            @media print{body{max-width:none;margin:0;font-size:10pt}header nav,#filters,nav.toc{display:none}\
            details{border:0;padding:0}.scroll{overflow:visible}tr{break-inside:avoid}h2{break-after:avoid}\
            .sm,.sn,.sd,.sa{color:#000}}
            """;

    /** Style for the recognitions, added only to a page that has some, so that other pages are as they were. */
    private static final String RECOGNITION_STYLE = """
            .rec{color:#0d47a1}.rec b{font-weight:600}
            ul.rec li{margin:.2rem 0}
            """;

    private static final String SCRIPT = """
            (function () {
              var d = document, body = d.body, root = d.documentElement, i;
              function lang(l) {
                body.className = l;
                root.setAttribute('lang', l);
                var o = d.querySelectorAll('[data-vi]');
                for (var k = 0; k < o.length; k++) { o[k].textContent = o[k].getAttribute('data-' + l); }
              }
              var bs = d.querySelectorAll('button[data-lang]');
              for (i = 0; i < bs.length; i++) {
                bs[i].addEventListener('click', function (e) { lang(e.currentTarget.getAttribute('data-lang')); });
              }
              var all = d.querySelectorAll('details');
              window.addEventListener('beforeprint', function () {
                for (var k = 0; k < all.length; k++) { all[k].setAttribute('data-p', all[k].open ? '1' : ''); all[k].open = true; }
              });
              window.addEventListener('afterprint', function () {
                for (var k = 0; k < all.length; k++) { all[k].open = all[k].getAttribute('data-p') === '1'; }
              });
              var f = d.getElementById('filters');
              if (f) {
                f.hidden = false;
                var q = d.getElementById('f-q'), s = d.getElementById('f-s'), r = d.getElementById('f-r'), n = d.getElementById('f-n');
                var units = d.querySelectorAll('#tree .u');
                // Accents and the letter d with stroke (U+0110, U+0111) are dropped to compare names.
                var marks = new RegExp('[' + String.fromCharCode(0x300) + '-' + String.fromCharCode(0x36f) + ']', 'g');
                var dd = new RegExp('[' + String.fromCharCode(0x110, 0x111) + ']', 'g');
                var norm = function (t) {
                  return t.normalize('NFD').replace(marks, '').replace(dd, 'd').toLowerCase();
                };
                var names = [];
                for (i = 0; i < units.length; i++) { names.push(norm(units[i].querySelector('.nm').textContent)); }
                var own = function (u) { return u.tagName === 'TR' ? u.querySelectorAll('[data-r]') : u.querySelectorAll(':scope>.scroll>.own [data-r]'); };
                var statusOk = function (u, sv, rv) {
                  if (!sv && !rv) { return true; }
                  var c = own(u);
                  for (var k = 0; k < c.length; k++) {
                    if ((!rv || c[k].getAttribute('data-r') === rv) && (!sv || c[k].classList.contains(sv))) { return true; }
                  }
                  return false;
                };
                var apply = function () {
                  var qv = norm(q.value.trim()), sv = s.value, rv = r.value, active = qv || sv || rv, k, u, count = 0;
                  var named = new Map();
                  for (k = 0; k < units.length; k++) {
                    u = units[k];
                    var up = u.parentElement.closest('.u');
                    named.set(u, !qv || names[k].indexOf(qv) >= 0 || (up !== null && named.get(up)));
                  }
                  for (k = units.length - 1; k >= 0; k--) {
                    u = units[k];
                    var self = named.get(u) && statusOk(u, sv, rv);
                    var below = u.tagName === 'DETAILS' && u.querySelector('.u:not(.off)') !== null;
                    u.classList.toggle('off', !(self || below));
                    if (self) { count++; }
                    if (u.tagName === 'DETAILS') { u.open = active ? below : u.hasAttribute('data-o'); }
                  }
                  n.textContent = active ? count : units.length;
                };
                q.addEventListener('input', apply);
                s.addEventListener('change', apply);
                r.addEventListener('change', apply);
                apply();
              }
              root.setAttribute('data-ready', 'yes');
            })();
            """;

    /** Units in an assessment up to which every {@code <details>} opens by default. */
    private static final int SMALL = 30;
    /** Rows of a certification's table of closest units. */
    private static final int CLOSEST = 50;
    private static final String[] SYMBOL = {"\u2713", "\u2717", "?", "\u2013"};
    private static final String[] CODE = {"sm", "sn", "sd", "sa"};

    /** A rule of the pack, numbered for the filters and the tables' columns. */
    private record Rule(int index, String kind, String id, Text name, AdminLevel level, Citation citation, Optional<LocalDate> deadline) {
        Text label() {
            return Messages.text("report.kind." + kind, "name", name);
        }
    }

    /** One rule's statuses over the units, and its targets' progress. */
    private static final class Tally {
        final long[] counts = new long[Status.values().length];
        BigDecimal progress = BigDecimal.ZERO;
        long progressed;
        boolean overdue;
        Text threshold;

        long applicable() {
            return counts[0] + counts[1] + counts[2];
        }
    }

    private final Assessment a;
    private final RulePack pack;
    private final boolean vi;
    private final Writer out;
    private final StringBuilder h = new StringBuilder(1 << 14);
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, Rule> byKey = new HashMap<>();
    private final Map<String, Tally> tallies = new HashMap<>();
    private final boolean small;

    /** The national summary's link to each province's page, by province id; null on other pages. */
    private Map<String, String> provincePages;
    /** On a province's page of a national set, the link back to the summary; else null. */
    private String back;

    private HtmlReport(Assessment a, boolean vi, Writer out) {
        this.a = a;
        this.pack = a.pack();
        this.vi = vi;
        this.out = out;
        this.small = a.units().size() <= SMALL;
        pack.certifications().forEach(c -> rule("certification", c.id(), c.name(), c.level(), c.citation(), Optional.empty()));
        pack.criteria().forEach(c -> rule("criterion", c.id(), c.name(), c.level(), c.citation(), Optional.empty()));
        pack.targets().forEach(t -> rule("target", t.id(), t.indicator().name(), t.indicator().level(), t.indicator().citation(),
                Optional.of(t.deadline())));
    }

    private void rule(String kind, String id, Text name, AdminLevel level, Citation citation, Optional<LocalDate> deadline) {
        Rule r = new Rule(rules.size(), kind, id, name, level, citation, deadline);
        rules.add(r);
        byKey.put(kind + ":" + id, r);
    }

    /**
     * Writes {@code assessment} to {@code out} one unit at a time, opening in Vietnamese. {@code out} is flushed, not
     * closed.
     */
    static void write(Assessment assessment, Writer out) throws IOException {
        write(assessment, Locale.forLanguageTag("vi"), out);
    }

    /**
     * Writes {@code assessment} to {@code out} one unit at a time, opening in the language of {@code locale}
     * (Vietnamese for {@code vi}, else English); the page declares UTF-8 and has {@code \n} line ends. {@code out}
     * is flushed, not closed.
     */
    static void write(Assessment assessment, Locale locale, Writer out) throws IOException {
        new HtmlReport(assessment, "vi".equals(locale.getLanguage()), out).page();
    }

    /**
     * Writes the page of one province of a national set, linking back to the summary at {@code back}: the province's
     * own page ({@link #province}), as {@link #write(Assessment, Locale, Writer)} writes one.
     */
    static void provincePage(Assessment province, Locale locale, String back, Writer out) throws IOException {
        HtmlReport r = new HtmlReport(province, "vi".equals(locale.getLanguage()), out);
        r.back = back;
        r.page();
    }

    /**
     * Writes the national summary: the headline and summary by level of the whole assessment, then a row per province
     * (its certifications and targets counted from its roll-ups) linking to its page at {@code pages.get(id)}.
     */
    static void nationalPage(Assessment assessment, Locale locale, Map<String, String> pages, Writer out) throws IOException {
        HtmlReport r = new HtmlReport(assessment, "vi".equals(locale.getLanguage()), out);
        r.provincePages = pages;
        r.page();
    }

    /** The results' constructors, to make a province's assessment out of a national one. */
    private static final vn.smartvillage.internal.results.Results.Factory<Assessment, UnitAssessment, CriterionResult,
            CertificationResult, TargetResult, vn.smartvillage.evaluation.RollUp, Status, vn.smartvillage.evaluation.Gap,
            vn.smartvillage.rules.RuleKind> MAKE = vn.smartvillage.internal.results.Results.factory(Assessment.class);

    /** The part of {@code a} that is province {@code provinceId} and the units below it, in their order, with their recognitions. */
    static Assessment province(Assessment a, String provinceId) {
        List<UnitAssessment> units = new ArrayList<>();
        java.util.Set<String> in = new java.util.HashSet<>();
        for (UnitAssessment u : a.units()) {
            String id = u.unit().id();
            Optional<String> p = Optional.of(id);
            for (int steps = 0; p.isPresent() && steps < 8; steps++) {
                if (p.get().equals(provinceId)) {
                    units.add(u);
                    in.add(id);
                    break;
                }
                p = a.unit(p.get()).flatMap(x -> x.unit().parentId());
            }
        }
        List<vn.smartvillage.data.Recognition> recognitions = a.recognitions().stream().filter(x -> in.contains(x.unitId())).toList();
        return MAKE.assessment(a.pack(), a.packRef(), a.asOf(), a.dataAsOf(), units, a.warnings(), recognitions);
    }

    private void page() throws IOException {
        tally();
        String lang = vi ? "vi" : "en";
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(one(pack.title()))).append(" — ").append(a.asOf()).append("</title>\n")
                .append("<style>\n").append(STYLE).append(a.recognitions().isEmpty() ? "" : RECOGNITION_STYLE)
                .append("</style>\n</head>\n<body class=\"").append(lang).append("\">\n");
        h.append("<header>\n<h1>").append(both(pack.title())).append("</h1>\n<p>")
                .append(both(Messages.text("report.header", "pack", pack.toString(), "asOf", a.asOf(), "dataAsOf", a.dataAsOf())))
                .append("</p>\n<nav>").append(both(Messages.text("report.language")))
                // Each language is named in its own words, whichever language the page shows.
                .append(": <button type=\"button\" data-lang=\"vi\">").append(esc(Messages.label("report.language.vi").vi()))
                .append("</button><button type=\"button\" data-lang=\"en\">").append(esc(Messages.label("report.language.en").en()))
                .append("</button></nav>\n");
        for (Text w : a.warnings()) {
            h.append("<p class=\"sd\">").append(both(w)).append("</p>\n");
        }
        if (back != null) {
            h.append("<p><a href=\"").append(esc(back)).append("\">← ").append(both(Messages.label("html.national.back"))).append("</a></p>\n");
        }
        h.append("</header>\n<nav class=\"toc\">");
        String[][] toc = provincePages != null
                ? new String[][] {{"overview", "html.overview"}, {"units", "html.national.provinces"}, {"rules", "html.rules"}}
                : new String[][] {{"overview", "html.overview"}, {"recognitions", "report.recognitions"}, {"charts", "html.charts"},
                        {"units", "report.units"}, {"gaps", "report.gaps"}, {"rules", "html.rules"}};
        for (String[] s : toc) {
            if (s[0].equals("recognitions") && a.recognitions().isEmpty()) {
                continue;
            }
            h.append("<a href=\"#").append(s[0]).append("\">").append(both(Messages.label(s[1]))).append("</a>");
        }
        h.append("</nav>\n");
        overview();
        if (provincePages != null) {
            provinces();
            rulesSection();
            h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
            flush();
            out.flush();
            return;
        }
        recognitions();
        charts();
        flush();
        units();
        gaps();
        rulesSection();
        h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        flush();
        out.flush();
    }

    // ---- the counts behind the headline and the charts ----

    private void tally() {
        for (UnitAssessment u : a.units()) {
            for (CertificationResult c : u.certifications()) {
                tallies.computeIfAbsent("certification:" + c.certification().id(), k -> new Tally()).counts[c.status().ordinal()]++;
            }
            for (CriterionResult r : u.criteria()) {
                Tally t = tallies.computeIfAbsent("criterion:" + r.criterion().id(), k -> new Tally());
                t.counts[r.status().ordinal()]++;
                if (t.threshold == null) {
                    t.threshold = r.threshold();
                }
            }
            for (TargetResult tr : u.targets()) {
                Tally t = tallies.computeIfAbsent("target:" + tr.target().id(), k -> new Tally());
                t.counts[tr.status().ordinal()]++;
                if (t.threshold == null) {
                    t.threshold = tr.result().threshold();
                }
                if (tr.status() != Status.NOT_APPLICABLE) {
                    t.overdue |= tr.deadlinePassed() && tr.status() != Status.MET;
                    tr.result().progress().ifPresent(p -> {
                        t.progress = t.progress.add(p.percent(2).min(BigDecimal.valueOf(100)));
                        t.progressed++;
                    });
                }
            }
        }
    }

    private Tally tally(Rule r) {
        return tallies.getOrDefault(r.kind() + ":" + r.id(), new Tally());
    }

    private Optional<BigDecimal> meanProgress(Tally t) {
        return t.progressed == 0 ? Optional.empty()
                : Optional.of(t.progress.divide(BigDecimal.valueOf(t.progressed), 1, RoundingMode.HALF_EVEN).stripTrailingZeros());
    }

    // ---- overview: headline and summary by level ----

    private void overview() {
        h.append("<section id=\"overview\">\n<h2>").append(both(Messages.label("html.overview"))).append("</h2>\n<ul class=\"headline\">\n");
        boolean any = false;
        for (Rule r : rules) {
            Tally t = tally(r);
            if (r.kind().equals("criterion") || t.applicable() == 0) {
                continue;
            }
            any = true;
            long met = t.counts[Status.MET.ordinal()];
            Text line = r.kind().equals("certification")
                    ? Messages.text("html.headline.certification", "met", met, "total", t.applicable(), "level", r.level().label(),
                            "certification", r.name())
                    : Messages.text("html.headline.target", "met", met, "total", t.applicable(), "level", r.level().label(),
                            "name", r.name(), "deadline", r.deadline().orElseThrow());
            h.append("<li class=\"").append(met == t.applicable() ? "sm" : "sn").append("\" data-rule=\"").append(esc(r.id())).append("\">")
                    .append(both(line));
            long missing = t.counts[Status.MISSING_DATA.ordinal()];
            if (missing > 0) {
                h.append("; ").append(both(Messages.text("html.headline.missing", "count", missing)));
            }
            meanProgress(t).ifPresent(p -> h.append("; ").append(both(Messages.text("html.headline.progress", "progress", p))));
            if (t.overdue) {
                h.append("; ").append(both(Messages.label("html.headline.overdue")));
            }
            h.append("</li>\n");
        }
        if (!any) {
            h.append("<li>").append(both(Messages.label("html.headline.none"))).append("</li>\n");
        }
        h.append("</ul>\n<h3>").append(both(Messages.text("report.summary"))).append("</h3>\n");
        for (LevelSummary level : LevelSummary.of(a)) {
            h.append("<h4>").append(both(Messages.text("report.level", "level", Messages.capitalized(level.level().label()), "count",
                    level.units()))).append("</h4>\n");
            if (level.rows().isEmpty()) {
                h.append("<p>").append(both(Messages.text("report.noRules"))).append("</p>\n");
                continue;
            }
            h.append("<div class=\"scroll\"><table>\n<tr><th>").append(both(Messages.text("report.column.rule"))).append("</th>");
            for (Status s : Status.values()) {
                h.append("<th class=\"").append(CODE[s.ordinal()]).append("\">").append(both(s.label())).append("</th>");
            }
            h.append("</tr>\n");
            for (LevelSummary.Row row : level.rows()) {
                h.append("<tr><td>").append(both(Messages.text("report.kind." + row.kind(), "name", row.name()))).append("</td>");
                for (Status s : Status.values()) {
                    h.append("<td class=\"n\">").append(row.count(s)).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table></div>\n");
        }
        h.append("</section>\n");
    }

    // ---- official recognitions beside the computed verdicts, and the disagreements both ways ----

    /** The dataset's recognitions, each with the pack's verdict, then the disagreements; nothing when there is none. */
    private void recognitions() {
        List<RecognitionLines.Section> sections = RecognitionLines.of(a);
        if (sections.isEmpty()) {
            return;
        }
        h.append("<section id=\"recognitions\">\n<h2>").append(both(sections.get(0).heading())).append("</h2>\n");
        String[] ids = {"rec-all", "rec-not-met", "rec-not-recognised"};
        for (int i = 0; i < sections.size(); i++) {
            RecognitionLines.Section section = sections.get(i);
            if (i > 0) {
                h.append("<h3>").append(both(section.heading())).append("</h3>\n");
            }
            h.append("<ul class=\"rec\" id=\"").append(ids[i]).append("\">\n");
            for (Text line : section.lines()) {
                h.append("<li>").append(both(line)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    /** A unit's recognitions, one line each, to sit beside its computed verdicts: empty when it has none. */
    private String recognitionsOf(UnitAssessment u) {
        StringBuilder b = new StringBuilder();
        for (vn.smartvillage.data.Recognition r : a.recognitions(u.unit().id())) {
            b.append("<div class=\"rec small\" data-rec=\"").append(esc(r.unitId())).append("\">\u2605 ")
                    .append(both(RecognitionLines.beside(a, r))).append("</div>");
        }
        return b.toString();
    }

    // ---- the national summary: a row per province ----

    private void provinces() throws IOException {
        h.append("<section id=\"units\">\n<h2>").append(both(Messages.label("html.national.provinces"))).append("</h2>\n<p>")
                .append(both(Messages.label("html.national.intro"))).append("</p>\n<div class=\"scroll\"><table>\n<tr><th>")
                .append(both(Messages.label("html.national.column.province"))).append("</th><th>")
                .append(both(Messages.label("html.national.column.units"))).append("</th>");
        List<Rule> shown = rules.stream().filter(r -> !r.kind().equals("criterion") && r.level() != AdminLevel.PROVINCE || r.kind().equals("target"))
                .toList();
        for (Rule r : shown) {
            h.append("<th>").append(both(r.name())).append("</th>");
        }
        h.append("</tr>\n");
        Map<String, long[]> below = new HashMap<>();
        for (UnitAssessment u : a.units()) {
            if (u.unit().level() == AdminLevel.PROVINCE) {
                continue;
            }
            // Communes and villages of each province, climbing at most two parents.
            Optional<String> p = u.unit().parentId();
            for (int steps = 0; p.isPresent() && steps < 4; steps++) {
                Optional<UnitAssessment> up = a.unit(p.get());
                if (up.isEmpty()) {
                    break;
                }
                if (up.get().unit().level() == AdminLevel.PROVINCE) {
                    below.computeIfAbsent(p.get(), k -> new long[2])[u.unit().level() == AdminLevel.VILLAGE ? 1 : 0]++;
                    break;
                }
                p = up.get().unit().parentId();
            }
        }
        for (UnitAssessment u : a.units()) {
            if (u.unit().level() != AdminLevel.PROVINCE) {
                continue;
            }
            String href = provincePages.get(u.unit().id());
            h.append("<tr class=\"u\"><td class=\"nm\">");
            if (href != null) {
                h.append("<a href=\"").append(esc(href)).append("\">").append(esc(u.unit().name())).append("</a>");
            } else {
                h.append(esc(u.unit().name()));
            }
            long[] n = below.getOrDefault(u.unit().id(), new long[2]);
            h.append("</td><td class=\"n\">").append(n[0]).append(" / ").append(n[1]).append("</td>");
            for (Rule r : shown) {
                h.append("<td class=\"n\">");
                if (r.kind().equals("target") && r.level() == AdminLevel.PROVINCE) {
                    u.targets().stream().filter(t -> t.target().id().equals(r.id())).findFirst().ifPresent(t -> h.append("<span class=\"")
                            .append(CODE[t.status().ordinal()]).append("\">").append(both(t.status().label())).append("</span> ")
                            .append(t.result().value().map(v -> v.denominator() == 1 ? String.valueOf(v.numerator())
                                    : v.numerator() + "/" + v.denominator()).orElse("")));
                } else {
                    vn.smartvillage.rules.RuleKind kind = r.kind().equals("certification") ? vn.smartvillage.rules.RuleKind.CERTIFICATION
                            : vn.smartvillage.rules.RuleKind.CRITERION;
                    u.rollUp(kind, r.id()).ifPresent(x -> h.append(x.met()).append('/').append(x.met() + x.notMet() + x.missingData()));
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
            if (h.length() > 1 << 16) {
                flush();
            }
        }
        h.append("</table></div>\n</section>\n");
    }

    // ---- charts ----

    private void charts() throws IOException {
        h.append("<section id=\"charts\">\n<h2>").append(both(Messages.label("html.charts"))).append("</h2>\n");
        for (Rule r : rules) {
            if (r.kind().equals("certification") && tally(r).applicable() > 0) {
                byParent(r);
            }
        }
        List<Rule> targets = rules.stream().filter(r -> r.kind().equals("target") && tally(r).applicable() > 0).toList();
        if (!targets.isEmpty()) {
            h.append("<figure>\n<figcaption>").append(both(Messages.label("html.chart.targets"))).append("</figcaption>\n");
            int rowH = 58;
            h.append("<svg viewBox=\"0 0 400 ").append(targets.size() * rowH).append("\" role=\"img\">\n");
            int y = 0;
            for (Rule r : targets) {
                Tally t = tally(r);
                h.append("<text x=\"0\" y=\"").append(y + 16).append("\">").append(svgBoth(r.name())).append(" (")
                        .append(svgBoth(Messages.date(r.deadline().orElseThrow()))).append(")</text><text x=\"400\" y=\"").append(y + 16)
                        .append("\" text-anchor=\"end\">").append(t.counts[0]).append('/').append(t.applicable()).append("</text>\n");
                stack(t.counts, y + 21, 11);
                BigDecimal p = meanProgress(t).orElse(BigDecimal.ZERO);
                h.append("<rect class=\"ft\" x=\"0\" y=\"").append(y + 37).append("\" width=\"260\" height=\"8\"/>")
                        .append("<rect class=\"fp\" x=\"0\" y=\"").append(y + 37).append("\" width=\"")
                        .append(p.multiply(BigDecimal.valueOf(26, 1)).setScale(1, RoundingMode.HALF_EVEN).toPlainString())
                        .append("\" height=\"8\"/><text x=\"268\" y=\"").append(y + 46).append("\">")
                        .append(svgBoth(Messages.text("html.chart.progress", "progress", p))).append("</text>\n");
                y += rowH;
            }
            h.append("</svg>\n");
            key();
            h.append("</figure>\n");
        }
        h.append("</section>\n");
    }

    /** A bar per parent unit: the statuses of the units below it for the certification {@code r}, most certified first. */
    private void byParent(Rule r) throws IOException {
        Map<String, long[]> byParent = new LinkedHashMap<>();
        AdminLevel parentLevel = null;
        for (UnitAssessment u : a.units()) {
            if (u.unit().level() != r.level() || u.unit().parentId().isEmpty()) {
                continue;
            }
            Optional<CertificationResult> c = u.certification(r.id());
            if (c.isEmpty()) {
                continue;
            }
            String p = u.unit().parentId().get();
            byParent.computeIfAbsent(p, k -> new long[Status.values().length])[c.get().status().ordinal()]++;
            if (parentLevel == null) {
                parentLevel = a.unit(p).map(x -> x.unit().level()).orElse(null);
            }
        }
        if (byParent.isEmpty() || parentLevel == null) {
            return;
        }
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(byParent.entrySet());
        rows.sort(Comparator.comparingDouble((Map.Entry<String, long[]> e) -> {
            long[] c = e.getValue();
            long total = c[0] + c[1] + c[2];
            return total == 0 ? 0 : -(double) c[0] / total;
        }));
        h.append("<figure>\n<figcaption>").append(both(Messages.text("html.chart.byParent", "certification", r.name(), "level",
                parentLevel.label()))).append("</figcaption>\n");
        int rowH = 38;
        h.append("<svg viewBox=\"0 0 400 ").append(rows.size() * rowH).append("\" role=\"img\">\n");
        int y = 0;
        for (Map.Entry<String, long[]> e : rows) {
            long[] c = e.getValue();
            String name = a.unit(e.getKey()).map(x -> x.unit().name()).orElse(e.getKey());
            h.append("<text x=\"0\" y=\"").append(y + 16).append("\">").append(esc(name)).append("</text><text x=\"400\" y=\"")
                    .append(y + 16).append("\" text-anchor=\"end\">").append(c[0]).append('/').append(c[0] + c[1] + c[2]).append("</text>\n");
            stack(c, y + 21, 11);
            y += rowH;
        }
        h.append("</svg>\n");
        key();
        h.append("</figure>\n");
        flush();
    }

    /** A bar 400 wide, split by the statuses in {@code counts}. */
    private void stack(long[] counts, int y, int height) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return;
        }
        double x = 0;
        String[] fills = {"fm", "fn", "fd", "fa"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double w = 400.0 * counts[i] / total;
            h.append("<rect class=\"").append(fills[i]).append("\" x=\"").append(num(x)).append("\" y=\"").append(y).append("\" width=\"")
                    .append(num(w)).append("\" height=\"").append(height).append("\"/>");
            x += w;
        }
        h.append('\n');
    }

    private static String num(double d) {
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** The key to the charts' colours and the tables' symbols. */
    private void key() {
        h.append("<p class=\"key small\">").append(both(Messages.label("html.legend"))).append(':');
        String[] sw = {"m", "n", "d", "a"};
        for (Status s : Status.values()) {
            h.append("<span class=\"sw ").append(sw[s.ordinal()]).append("\"></span>").append(SYMBOL[s.ordinal()]).append(' ')
                    .append(both(s.label()));
        }
        h.append("</p>\n");
    }

    // ---- the units, nested ----

    private void units() throws IOException {
        h.append("<section id=\"units\">\n<h2>").append(both(Messages.text("report.units"))).append("</h2>\n");
        // The filters need the script: hidden until it runs, so a page read without script shows no dead controls.
        h.append("<form id=\"filters\" hidden onsubmit=\"return false\"><label>").append(both(Messages.label("html.filter.search")))
                .append("<input id=\"f-q\" type=\"search\" autocomplete=\"off\"></label><label>")
                .append(both(Messages.text("report.column.status"))).append("<select id=\"f-s\">").append(option("", Messages.label(
                        "html.filter.any")));
        for (Status s : Status.values()) {
            h.append(option(CODE[s.ordinal()], s.label()));
        }
        h.append("</select></label><label>").append(both(Messages.text("report.column.rule"))).append("<select id=\"f-r\">")
                .append(option("", Messages.label("html.filter.any")));
        for (Rule r : rules) {
            if (tally(r).applicable() + tally(r).counts[3] > 0) {
                h.append(option(String.valueOf(r.index()), r.label()));
            }
        }
        h.append("</select></label><p><output id=\"f-n\"></output> ").append(both(Messages.label("html.filter.matching")))
                .append("</p></form>\n");
        key();
        h.append("<div id=\"tree\">\n");
        List<UnitAssessment> roots = a.units().stream().filter(u -> u.unit().parentId().flatMap(a::unit).isEmpty()).toList();
        group(roots, 0);
        h.append("</div>\n</section>\n");
        flush();
    }

    private String option(String value, Text label) {
        return "<option value=\"" + value + "\" data-vi=\"" + esc(label.vi()) + "\" data-en=\"" + esc(label.en()) + "\">"
                + esc(one(label)) + "</option>";
    }

    /** Units of one parent: those with units below as nested sections, the others as rows of one table. */
    private void group(List<UnitAssessment> group, int depth) throws IOException {
        List<UnitAssessment> leaves = new ArrayList<>();
        for (UnitAssessment u : group) {
            if (a.children(u.unit().id()).isEmpty()) {
                leaves.add(u);
            } else {
                node(u, depth);
            }
        }
        if (!leaves.isEmpty()) {
            leafTable(leaves);
        }
    }

    private void node(UnitAssessment u, int depth) throws IOException {
        boolean open = depth == 0 || small;
        List<UnitAssessment> children = a.children(u.unit().id());
        h.append("<details class=\"u\" id=\"u-").append(esc(u.unit().id())).append('"').append(open ? " open data-o" : "")
                .append(">\n<summary><span class=\"nm\">").append(esc(u.unit().name())).append("</span> <span class=\"small\">(")
                .append(both(u.unit().level().label())).append(", ").append(esc(u.unit().id())).append(")");
        // How many units directly below hold each certification.
        for (Rule r : rules) {
            if (!r.kind().equals("certification")) {
                continue;
            }
            long met = 0;
            long total = 0;
            for (UnitAssessment c : children) {
                Optional<CertificationResult> cr = c.certification(r.id());
                if (cr.isPresent() && cr.get().status() != Status.NOT_APPLICABLE) {
                    total++;
                    met += cr.get().isCertified() ? 1 : 0;
                }
            }
            if (total > 0) {
                h.append(" · ").append(both(Messages.text("html.headline.certification", "met", met, "total", total, "level",
                        r.level().label(), "certification", r.name())));
            }
        }
        h.append("</span></summary>\n");
        String recognised = recognitionsOf(u);
        if (!recognised.isEmpty()) {
            h.append(recognised).append('\n');
        }
        ownTable(u);
        flush();
        group(children, depth + 1);
        h.append("</details>\n");
        flush();
    }

    /** A unit's own results, one row per rule with the reason written out: units with units below are few. */
    private void ownTable(UnitAssessment u) {
        if (u.criteria().isEmpty() && u.certifications().isEmpty() && u.targets().isEmpty()) {
            return;
        }
        h.append("<div class=\"scroll\"><table class=\"own\">\n<tr><th>").append(both(Messages.text("report.column.rule"))).append("</th><th>")
                .append(both(Messages.text("report.column.value"))).append("</th><th></th><th>")
                .append(both(Messages.text("report.column.threshold"))).append("</th><th>")
                .append(both(Messages.text("report.column.status"))).append("</th></tr>\n");
        for (CertificationResult c : u.certifications()) {
            Rule r = byKey.get("certification:" + c.certification().id());
            h.append("<tr><td>").append(both(r.label())).append("</td><td></td><td></td><td></td>");
            statusCell(r, c.status(), true);
            h.append("</tr>\n");
        }
        for (CriterionResult r : u.criteria()) {
            ownRow(r, byKey.get("criterion:" + r.criterion().id()));
        }
        for (TargetResult t : u.targets()) {
            ownRow(t.result(), byKey.get("target:" + t.target().id()));
        }
        h.append("</table></div>\n");
    }

    private void ownRow(CriterionResult r, Rule rule) {
        h.append("<tr><td>").append(both(rule.label()));
        rule.deadline().ifPresent(d -> h.append(" <span class=\"small\">(").append(both(Messages.date(d))).append(")</span>"));
        h.append("<div class=\"small\">").append(both(reason(r))).append("</div></td><td class=\"n\">");
        value(r).ifPresent(v -> h.append(both(v)));
        h.append("</td><td>").append(bar(r)).append("</td><td>").append(both(r.threshold())).append("</td>");
        statusCell(rule, r.status(), true);
        h.append("</tr>\n");
    }

    /** The result's reason, naming missing data by the metrics' names rather than their ids. */
    private Text reason(CriterionResult r) {
        if (r.status() == Status.MISSING_DATA && !r.missing().isEmpty()) {
            return Messages.text("reason.missing", "metrics", metricNames(r.missing()));
        }
        return r.reason();
    }

    private Text metricNames(List<String> ids) {
        StringBuilder v = new StringBuilder();
        StringBuilder e = new StringBuilder();
        for (String id : ids) {
            Text name = metric(id).map(Metric::name).orElse(Text.of(id, id));
            if (v.length() > 0) {
                v.append("; ");
                e.append("; ");
            }
            v.append(name.vi());
            e.append(name.en());
        }
        return Text.of(v.toString(), e.toString());
    }

    private final Map<String, Optional<Metric<?>>> metrics = new HashMap<>();

    private Optional<Metric<?>> metric(String id) {
        return metrics.computeIfAbsent(id, k -> {
            for (Metric<?> m : pack.vocabulary()) {
                if (m.id().equals(k)) {
                    return Optional.of(m);
                }
            }
            return pack.metrics().stream().filter(m -> m.id().equals(k)).findFirst();
        });
    }

    private void statusCell(Rule rule, Status s, boolean words) {
        h.append("<td class=\"").append(CODE[s.ordinal()]).append("\" data-r=\"").append(rule.index()).append("\">")
                .append(SYMBOL[s.ordinal()]);
        if (words) {
            h.append(' ').append(both(s.label()));
        }
        h.append("</td>");
    }

    /** Units with none below: one row each, a column per rule, a symbol, value and gap per cell. */
    private void leafTable(List<UnitAssessment> leaves) throws IOException {
        boolean[] used = new boolean[rules.size()];
        for (UnitAssessment u : leaves) {
            u.certifications().forEach(c -> used[byKey.get("certification:" + c.certification().id()).index()] = true);
            u.criteria().forEach(c -> used[byKey.get("criterion:" + c.criterion().id()).index()] = true);
            u.targets().forEach(t -> used[byKey.get("target:" + t.target().id()).index()] = true);
        }
        AdminLevel level = leaves.get(0).unit().level();
        h.append("<div class=\"scroll\"><table class=\"k\">\n<tr><th>").append(both(Messages.capitalized(level.label()))).append("</th>");
        for (Rule r : rules) {
            if (used[r.index()]) {
                h.append("<th>").append(both(r.name())).append("</th>");
            }
        }
        h.append("</tr>\n");
        int n = 0;
        for (UnitAssessment u : leaves) {
            String recognised = recognitionsOf(u);
            if (recognised.isEmpty()) {
                h.append("<tr class=\"u\"><th scope=\"row\" class=\"nm\">").append(esc(u.unit().name())).append("</th>");
            } else {
                // The name stays the searched text; the recognition sits under it, beside the row's verdicts.
                h.append("<tr class=\"u\"><th scope=\"row\"><span class=\"nm\">").append(esc(u.unit().name())).append("</span>")
                        .append(recognised).append("</th>");
            }
            for (Rule r : rules) {
                if (!used[r.index()]) {
                    continue;
                }
                switch (r.kind()) {
                    case "certification" -> u.certification(r.id()).ifPresentOrElse(c -> statusCell(r, c.status(), false),
                            () -> h.append("<td></td>"));
                    case "criterion" -> u.criterion(r.id()).ifPresentOrElse(c -> leafCell(r, c), () -> h.append("<td></td>"));
                    default -> u.target(r.id()).ifPresentOrElse(t -> leafCell(r, t.result()), () -> h.append("<td></td>"));
                }
            }
            h.append("</tr>\n");
            if (++n % 16 == 0) {
                flush();
            }
        }
        h.append("</table></div>\n");
        flush();
    }

    private void leafCell(Rule rule, CriterionResult r) {
        Status s = r.status();
        h.append("<td class=\"").append(CODE[s.ordinal()]).append("\" data-r=\"").append(rule.index()).append("\">")
                .append(SYMBOL[s.ordinal()]);
        if (!isFlag(r.criterion())) {
            value(r).ifPresent(v -> h.append(' ').append(numbers(v)));
        }
        if (s == Status.NOT_MET) {
            r.gap().filter(g -> !g.isClosed()).ifPresent(g -> h.append("<small>").append(g.isRemoval() ? "\u2212" : "+")
                    .append(numbers(Messages.text("trend.number", "value", g.amount()))).append("</small>"));
        }
        h.append("</td>");
    }

    private static boolean isFlag(Criterion c) {
        List<Metric<?>> m = c.measure().metrics();
        return !c.measure().isShare() && m.size() == 1 && m.get(0).type() == ValueType.FLAG;
    }

    private static Optional<Text> value(CriterionResult r) {
        if (r.percent().isPresent()) {
            return Optional.of(Messages.text("trend.percent", "value", r.percent().get()));
        }
        return r.value().filter(v -> v.denominator() == 1).map(v -> Messages.text("trend.number", "value", v.numerator()));
    }

    /** Numbers read the same in both languages more often than not: then they are written once. */
    private static String numbers(Text t) {
        return t.vi().equals(t.en()) ? esc(t.vi()) : both(t);
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

    // ---- gaps ----

    private void gaps() throws IOException {
        h.append("<section id=\"gaps\">\n<h2>").append(both(Messages.text("report.gaps"))).append("</h2>\n");
        Map<Rule, List<CriterionResult>> gaps = new LinkedHashMap<>();
        Map<Rule, List<CriterionResult>> missing = new LinkedHashMap<>();
        rules.forEach(r -> {
            gaps.put(r, new ArrayList<>());
            missing.put(r, new ArrayList<>());
        });
        for (UnitAssessment u : a.units()) {
            for (CriterionResult r : u.criteria()) {
                sort(r, byKey.get("criterion:" + r.criterion().id()), gaps, missing);
            }
            for (TargetResult t : u.targets()) {
                sort(t.result(), byKey.get("target:" + t.target().id()), gaps, missing);
            }
        }
        gaps.values().removeIf(List::isEmpty);
        missing.values().removeIf(List::isEmpty);
        if (gaps.isEmpty() && missing.isEmpty()) {
            h.append("<p>").append(both(Messages.text("report.noGaps"))).append("</p>\n</section>\n");
            return;
        }
        closest();
        if (gaps.isEmpty()) {
            h.append("<p>").append(both(Messages.label("html.noKnownGaps"))).append("</p>\n");
        }
        for (Map.Entry<Rule, List<CriterionResult>> e : gaps.entrySet()) {
            List<CriterionResult> list = e.getValue();
            list.sort(GapPlan.BY_SIZE);
            Gap first = list.get(0).gap().orElseThrow();
            h.append("<h3>").append(both(e.getKey().label())).append("</h3>\n<p class=\"small\">")
                    .append(both(Messages.text(first.isRemoval() ? "html.gapsOf.remove" : "html.gapsOf.add", "subject", first.of())))
                    .append("</p>\n<div class=\"scroll\"><table class=\"k gap\">\n<tr><th>")
                    .append(both(Messages.text("report.column.unit"))).append("</th><th>").append(both(Messages.label("html.column.parent")))
                    .append("</th><th>").append(both(Messages.text("report.column.value"))).append("</th><th>")
                    .append(both(Messages.text("report.column.gap"))).append("</th></tr>\n");
            int n = 0;
            for (CriterionResult r : list) {
                Gap g = r.gap().orElseThrow();
                h.append("<tr><th scope=\"row\">").append(esc(name(r.unitId()))).append("</th><td>").append(esc(parentName(r.unitId())))
                        .append("</td><td>");
                value(r).ifPresent(v -> h.append(numbers(v)));
                h.append("</td><td>").append(g.isRemoval() ? "\u2212" : "+")
                        .append(numbers(Messages.text("trend.number", "value", g.amount()))).append("</td></tr>\n");
                if (++n % 16 == 0) {
                    flush();
                }
            }
            h.append("</table></div>\n");
            flush();
        }
        if (!missing.isEmpty()) {
            h.append("<h3 id=\"missing\">").append(both(Messages.label("html.missing"))).append("</h3>\n<p>")
                    .append(both(Messages.label("html.missing.intro"))).append("</p>\n");
            for (Map.Entry<Rule, List<CriterionResult>> e : missing.entrySet()) {
                h.append("<h4>").append(both(e.getKey().label())).append("</h4>\n");
                // Units lacking the same figures, listed together under them.
                Map<String, List<CriterionResult>> bySet = new LinkedHashMap<>();
                for (CriterionResult r : e.getValue()) {
                    String key = r.missing().isEmpty() ? "\u0000" + r.reason().vi() : String.join("\u0000", r.missing());
                    bySet.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                }
                for (List<CriterionResult> set : bySet.values()) {
                    CriterionResult r0 = set.get(0);
                    Text what = r0.missing().isEmpty() ? r0.reason()
                            : Messages.text("html.missing.metrics", "metrics", metricNames(r0.missing()));
                    h.append("<p><b>").append(both(what)).append("</b> (").append(set.size()).append("): ");
                    int n = 0;
                    for (CriterionResult r : set) {
                        if (n > 0) {
                            h.append(", ");
                        }
                        h.append(esc(name(r.unitId())));
                        String p = parentName(r.unitId());
                        if (!p.isEmpty()) {
                            h.append(" <span class=\"small\">(").append(esc(p)).append(")</span>");
                        }
                        if (++n % 128 == 0) {
                            flush();
                        }
                    }
                    h.append("</p>\n");
                }
                flush();
            }
        }
        h.append("</section>\n");
    }

    private static void sort(CriterionResult r, Rule rule, Map<Rule, List<CriterionResult>> gaps, Map<Rule, List<CriterionResult>> missing) {
        if (r.status() == Status.NOT_MET && r.gap().isPresent() && !r.gap().get().isClosed()) {
            gaps.get(rule).add(r);
        } else if (r.status() == Status.MISSING_DATA) {
            missing.get(rule).add(r);
        }
    }

    /** Per certification, the units not holding it whose plan needs no missing data, the smallest total change first. */
    private void closest() throws IOException {
        GapPlanner planner = new GapPlanner(a);
        for (Rule r : rules) {
            if (!r.kind().equals("certification")) {
                continue;
            }
            List<GapPlan> plans = new ArrayList<>();
            for (UnitAssessment u : a.units()) {
                Optional<CertificationResult> c = u.certification(r.id());
                if (c.isPresent() && c.get().status() == Status.NOT_MET) {
                    GapPlan p = planner.plan(u.unit().id(), r.id());
                    if (p.isSufficient() && !p.steps().isEmpty()) {
                        plans.add(p);
                    }
                }
            }
            if (plans.isEmpty()) {
                continue;
            }
            plans.sort(Comparator.comparingLong(GapPlan::total).thenComparingInt(p -> p.steps().size()).thenComparing(GapPlan::unitId));
            h.append("<h3>").append(both(Messages.text("html.closest", "certification", r.name()))).append("</h3>\n")
                    .append("<div class=\"scroll\"><table class=\"k closest\">\n<tr><th>")
                    .append(both(Messages.text("report.column.unit"))).append("</th><th>").append(both(Messages.label("html.column.parent")))
                    .append("</th><th>").append(both(Messages.label("html.column.steps"))).append("</th><th>")
                    .append(both(Messages.label("html.column.total"))).append("</th></tr>\n");
            for (GapPlan p : plans.subList(0, Math.min(CLOSEST, plans.size()))) {
                h.append("<tr><th scope=\"row\">").append(esc(name(p.unitId()))).append("</th><td>").append(esc(parentName(p.unitId())))
                        .append("</td><td class=\"t\">");
                for (int i = 0; i < p.steps().size(); i++) {
                    CriterionResult s = p.steps().get(i);
                    Gap g = s.gap().orElseThrow();
                    h.append(i == 0 ? "" : "; ").append(both(s.criterion().name())).append(' ').append(g.isRemoval() ? "\u2212" : "+")
                            .append(numbers(Messages.text("trend.number", "value", g.amount())));
                }
                h.append("</td><td>").append(numbers(Messages.text("trend.number", "value", p.total()))).append("</td></tr>\n");
            }
            h.append("</table></div>\n");
            if (plans.size() > CLOSEST) {
                h.append("<p class=\"small\">").append(both(Messages.text("html.closest.more", "count", (long) (plans.size() - CLOSEST),
                        "level", r.level().label()))).append("</p>\n");
            }
            flush();
        }
    }

    private String name(String unitId) {
        return a.unit(unitId).map(u -> u.unit().name()).orElse(unitId);
    }

    private String parentName(String unitId) {
        return a.unit(unitId).flatMap(u -> u.unit().parentId()).map(this::name).orElse("");
    }

    // ---- rules and citations ----

    private void rulesSection() {
        h.append("<section id=\"rules\">\n<h2>").append(both(Messages.label("html.rules"))).append("</h2>\n<div class=\"scroll\"><table>\n<tr><th>")
                .append(both(Messages.text("report.column.rule"))).append("</th><th>").append(both(Messages.label("html.column.level")))
                .append("</th><th>").append(both(Messages.text("report.column.threshold"))).append("</th><th>")
                .append(both(Messages.label("html.column.citation"))).append("</th></tr>\n");
        for (Rule r : rules) {
            h.append("<tr><td>").append(both(r.label()));
            r.deadline().ifPresent(d -> h.append(" <span class=\"small\">(").append(both(Messages.date(d))).append(")</span>"));
            h.append("</td><td>").append(both(r.level().label())).append("</td><td>");
            Tally t = tallies.get(r.kind() + ":" + r.id());
            if (t != null && t.threshold != null) {
                h.append(both(t.threshold));
            }
            h.append("</td><td>").append(both(citation(r.citation()))).append("</td></tr>\n");
        }
        h.append("</table></div>\n</section>\n");
    }

    /** A citation as a reader looks it up ({@link Citation#text()}); the JSON report keeps where the project read it. */
    static Text citation(Citation c) {
        return c.text();
    }

    // ---- writing ----

    private void flush() throws IOException {
        out.append(h);
        h.setLength(0);
    }

    private String one(Text t) {
        return vi ? t.vi() : t.en();
    }

    private static String both(Text t) {
        return "<span class=\"vi\">" + esc(t.vi()) + "</span><span class=\"en\">" + esc(t.en()) + "</span>";
    }

    private static String svgBoth(Text t) {
        return "<tspan class=\"vi\">" + esc(t.vi()) + "</tspan><tspan class=\"en\">" + esc(t.en()) + "</tspan>";
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
