package vn.smartvillage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Locale;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.RollUp;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.model.Unit;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RuleKind;

/**
 * Renders an assessment as indented plain text, in one or both languages.
 *
 * <p>What {@code smartvillage evaluate --format text} prints, and what the examples print; the library's
 * own reports (JSON, CSV, Markdown, HTML) are in {@code vn.smartvillage.report}.
 */
public final class TextReport {

    private final List<Locale> languages;
    private final Map<String, Text> criterionNames = new HashMap<>();
    private final Map<String, Text> certificationNames = new HashMap<>();

    private TextReport(List<Locale> languages) {
        this.languages = List.copyOf(languages);
    }

    /**
     * Returns a report in the given languages, each line repeated once per language.
     *
     * @param languages the languages, in the order their lines are printed: Vietnamese for a locale whose
     *                  language is {@code vi}, English otherwise
     * @return the report
     */
    public static TextReport in(Locale... languages) {
        return new TextReport(List.of(languages));
    }

    /**
     * Renders every unit of the assessment, indented by its depth in the dataset.
     *
     * @param assessment the assessment to print, not null
     * @param data       the dataset it was made from, which gives each unit's depth; not null
     * @return the report, one line per result, each ending in the platform's line separator
     */
    public String render(Assessment assessment, Dataset data) {
        StringBuilder s = new StringBuilder();
        try {
            render(assessment, data, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    /**
     * Renders every unit of the assessment to {@code to}, one unit at a time. Names and reasons from the
     * pack and the dataset are printed with {@link Text#printable}: no line break, control character or
     * bidirectional override from a file reaches the terminal.
     *
     * @param assessment the assessment to print, not null
     * @param data       the dataset it was made from, which gives each unit's depth; not null
     * @param to         where the report goes, not null
     * @throws IOException if {@code to} fails
     */
    public void render(Assessment assessment, Dataset data, Appendable to) throws IOException {
        List<String> out = new ArrayList<>();
        out.add(words("text.pack") + ": " + assessment.packRef());
        out.add(words("text.dates", "rules", assessment.asOf(), "figures", assessment.dataAsOf()));
        assessment.warnings().stream().distinct().forEach(w -> text(out, "! ", w));
        RequirementWords names = new RequirementWords(id -> name(assessment, id, false), id -> name(assessment, id, true));
        for (UnitAssessment u : assessment.units()) {
            String pad = "  ".repeat(depth(data, u.unit()));
            out.add("");
            out.add(pad + label(u.unit().level().label()).toUpperCase(Locale.ROOT) + " " + u.unit().name() + " [" + u.unit().id() + "]");
            for (CriterionResult r : u.criteria()) {
                criterion(out, pad + "  ", r);
            }
            for (TargetResult t : u.targets()) {
                out.add(pad + "  " + words("text.targetBy", "deadline", t.target().deadline())
                        + (t.deadlinePassed() ? " " + words("text.deadlinePassed") : "") + ":");
                criterion(out, pad + "    ", t.result());
            }
            for (CertificationResult c : u.certifications()) {
                certification(out, pad + "  ", c, names);
            }
            for (Recognition r : assessment.recognitions(u.unit().id())) {
                text(out, pad + "  * ", recognised(assessment, r));
            }
            for (RollUp r : u.rollUps()) {
                String kind = r.kind() == RuleKind.CRITERION ? "kind.criterion" : r.kind() == RuleKind.TARGET ? "kind.target" : "kind.certification";
                text(out, pad + "  ", CliText.text("text.rollUp", "kind", CliText.text(kind), "subject", subject(assessment, r),
                        "level", r.level().label(), "met", r.met(), "notMet", r.notMet(), "missing", r.missingData(),
                        "notApplicable", r.notApplicable()));
            }
            flush(out, to);
        }
        recognitions(out, assessment, names);
        flush(out, to);
    }

    /**
     * The official recognitions, each with the pack's verdict on what it grants, then the disagreements both ways
     * (with the requirements still open); nothing when the data records none. Every word is from the catalogs, so
     * the block follows {@code --lang}.
     */
    private void recognitions(List<String> out, Assessment assessment, RequirementWords names) {
        if (assessment.recognitions().isEmpty()) {
            return;
        }
        out.add("");
        out.add(words("text.recognitions").toUpperCase(Locale.ROOT));
        for (Recognition r : assessment.recognitions()) {
            String unit = unit(assessment, r.unitId());
            Text line = recognised(assessment, r);
            text(out, "  ", Text.of(unit + ": " + line.vi(), unit + ": " + line.en()));
        }
        out.add("  " + words("text.recognisedNotMet") + ":");
        List<CertificationResult> notMet = assessment.recognisedButNotMet();
        for (CertificationResult c : notMet) {
            text(out, "    ", CliText.text("text.recognisedNotMet.item", "unit", unit(assessment, c.unitId()), "certification",
                    c.certification().name(), "failing", unmet(c, names)));
        }
        if (notMet.isEmpty()) {
            out.add("    " + words("text.none"));
        }
        out.add("  " + words("text.metNotRecognised") + ":");
        List<CertificationResult> unrecognised = assessment.metButNotRecognised();
        for (CertificationResult c : unrecognised) {
            text(out, "    ", CliText.text("text.metNotRecognised.item", "unit", unit(assessment, c.unitId()), "certification",
                    c.certification().name()));
        }
        if (unrecognised.isEmpty()) {
            out.add("    " + words("text.none"));
        }
    }

    /** What a recognition grants, by whom and when ("not stated" where the data does not say), and the pack's verdict on it. */
    static Text recognised(Assessment assessment, Recognition r) {
        Text notStated = CliText.text("text.notStated");
        Text title = title(assessment, r);
        Text computed = r.certificationId().flatMap(id -> assessment.unit(r.unitId()).flatMap(u -> u.certification(id)))
                .map(c -> c.status().label())
                .orElse(CliText.text(r.certificationId().isPresent() ? "text.recognition.notInPack" : "text.recognition.titleOnly"));
        return CliText.text("text.recognised", "title", title, "decision", r.decision().map(d -> Text.of(d, d)).orElse(notStated),
                "date", r.date().map(CliText::date).orElse(notStated),
                "issuer", r.issuer().map(i -> Text.of(i, i)).orElse(notStated), "computed", computed);
    }

    /** The title a recognition grants: the name of the pack's certification, else the decision's own title. */
    static Text title(Assessment assessment, Recognition r) {
        return r.certificationId().map(id -> assessment.pack().certification(id).map(c -> c.name()).orElse(Text.of(id, id)))
                .orElseGet(() -> r.title().orElseThrow());
    }

    /** A unit by its name and id, as the report heads it. */
    private static String unit(Assessment assessment, String id) {
        return assessment.unit(id).map(u -> u.unit().name() + " [" + id + "]").orElse(id);
    }

    /** The message {@code key} in each language of the report, joined by " / ". */
    private String words(String key, Object... args) {
        return label(CliText.text(key, args));
    }

    /** The text in each language of the report, joined by " / ". */
    private String label(Text t) {
        StringBuilder s = new StringBuilder();
        String first = null;
        for (Locale l : languages) {
            String said = t.in(l);
            if (first != null && said.equals(first)) {
                continue;   // a name or a citation the same in both languages is said once
            }
            if (s.length() > 0) {
                s.append(" / ");
            }
            s.append(said);
            first = first == null ? said : first;
        }
        return s.toString();
    }

    /**
     * What a roll-up counts, as its reader knows it: the rule's name, then its id in brackets, as a unit's heading
     * gives its name and id ({@code "Tỷ lệ …" [vn.318.8-1]}); the id alone for a rule without a name. A target's
     * id is its indicator's, which {@link #name} knows.
     */
    private Object subject(Assessment assessment, RollUp r) {
        String id = r.subjectId();
        return name(assessment, id, r.kind() == RuleKind.CERTIFICATION)
                .<Object>map(n -> Text.of("\"" + n.vi() + "\" [" + id + "]", "\"" + n.en() + "\" [" + id + "]")).orElse(id);
    }

    /** The name of a criterion (or certification) of the assessment, from the first result that holds it. */
    private Optional<Text> name(Assessment assessment, String id, boolean certification) {
        Map<String, Text> known = certification ? certificationNames : criterionNames;
        if (known.isEmpty()) {
            for (UnitAssessment u : assessment.units()) {
                u.criteria().forEach(r -> criterionNames.putIfAbsent(r.criterion().id(), r.criterion().name()));
                u.targets().forEach(r -> criterionNames.putIfAbsent(r.result().criterion().id(), r.result().criterion().name()));
                u.certifications().forEach(r -> certificationNames.putIfAbsent(r.certification().id(), r.certification().name()));
            }
        }
        return Optional.ofNullable(known.get(id));
    }

    private static void flush(List<String> lines, Appendable to) throws IOException {
        for (String line : lines) {
            to.append(Text.printable(line)).append(System.lineSeparator());
        }
        lines.clear();
    }

    private void criterion(List<String> out, String pad, CriterionResult r) {
        out.add(pad + String.format(Locale.ROOT, "%-14s %s", label(r.status().label()), r.criterion().id()));
        text(out, pad + "               ", joined(r.criterion().name(), r.reason()));
        out.add(pad + "               " + words("text.source") + ": " + label(r.criterion().citation().text()));
    }

    private void certification(List<String> out, String pad, CertificationResult c, RequirementWords names) {
        out.add(pad + String.format(Locale.ROOT, "%-14s %s %s", label(c.status().label()), words("text.certification"),
                c.certification().id()));
        text(out, pad + "               ", c.certification().name());
        if (!c.unmet().isEmpty()) {
            Text open = unmet(c, names);
            text(out, pad + "               ", Text.of(CliText.vi("text.stillOpen") + ": " + open.vi(),
                    CliText.en("text.stillOpen") + ": " + open.en()));
        }
    }

    /** The requirements of a certification still open, each in words, joined by "; " in each language. */
    private static Text unmet(CertificationResult c, RequirementWords names) {
        StringBuilder vi = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Requirement r : c.unmet()) {
            Text t = names.inline(r);
            vi.append(vi.length() > 0 ? "; " : "").append(t.vi());
            en.append(en.length() > 0 ? "; " : "").append(t.en());
        }
        return Text.of(vi.toString(), en.toString());
    }

    private void text(List<String> out, String pad, Text t) {
        for (Locale l : languages) {
            out.add(pad + t.in(l));
        }
    }

    private static Text joined(Text name, Text reason) {
        return Text.of(name.vi() + ": " + reason.vi(), name.en() + ": " + reason.en());
    }

    private static int depth(Dataset data, Unit unit) {
        int d = 0;
        for (String p = unit.parentId().orElse(null); p != null; p = data.unit(p).flatMap(Unit::parentId).orElse(null)) {
            d++;
        }
        return d;
    }
}
