package vn.smartvillage.report;

import java.util.ArrayList;
import java.util.List;

import vn.smartvillage.Text;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Requirement;

/**
 * The official recognitions of an assessment as lines of text, in both languages, for the text reports: each
 * recognition beside the computed verdict of what it grants, then the disagreements both ways. Nothing when
 * the dataset records no recognition, so that a report of such data is as it was.
 */
final class RecognitionLines {

    /** A heading and its lines. */
    record Section(Text heading, List<Text> lines) {
    }

    private RecognitionLines() {
    }

    /** The three sections: the recognitions, recognised but not met, met but not recognised; empty without any recognition. */
    static List<Section> of(Assessment a) {
        if (a.recognitions().isEmpty()) {
            return List.of();
        }
        List<Text> recognised = new ArrayList<>();
        for (Recognition r : a.recognitions()) {
            recognised.add(line(a, r));
        }
        List<Text> notMet = new ArrayList<>();
        for (CertificationResult c : a.recognisedButNotMet()) {
            notMet.add(Messages.text("report.recognisedNotMet.item", "unit", unit(a, c.unitId()), "certification",
                    c.certification().name(), "failing", failing(a, c)));
        }
        List<Text> unrecognised = new ArrayList<>();
        for (CertificationResult c : a.metButNotRecognised()) {
            unrecognised.add(Messages.text("report.metNotRecognised.item", "unit", unit(a, c.unitId()), "certification",
                    c.certification().name()));
        }
        Text none = Messages.text("report.recognition.none");
        return List.of(new Section(Messages.text("report.recognitions"), recognised),
                new Section(Messages.text("report.recognisedNotMet"), notMet.isEmpty() ? List.of(none) : notMet),
                new Section(Messages.text("report.metNotRecognised"), unrecognised.isEmpty() ? List.of(none) : unrecognised));
    }

    /** One recognition beside the computed verdict of what it grants. */
    static Text line(Assessment a, Recognition r) {
        Text notStated = Messages.text("report.recognition.notStated");
        Text decision = r.decision().map(d -> Text.of(d, d)).orElse(notStated);
        Text date = r.date().map(Messages::date).orElse(notStated);
        Text issuer = r.issuer().map(i -> Text.of(i, i)).orElse(notStated);
        return Messages.text("report.recognition", "unit", unit(a, r.unitId()), "title", title(a, r), "decision", decision,
                "date", date, "issuer", issuer, "computed", computed(a, r).map(CertificationResult::status).map(st -> st.label())
                        .orElse(Messages.text(r.certificationId().isPresent() ? "report.recognition.notInPack" : "report.recognition.titleOnly")));
    }

    /**
     * One recognition as it sits beside the unit's own verdicts: what it grants, its decision, date and issuer
     * ("not stated" when the data does not say), and the pack's verdict on the same certification.
     */
    static Text beside(Assessment a, Recognition r) {
        Text notStated = Messages.text("report.recognition.notStated");
        return Messages.text("report.recognition.beside", "title", title(a, r),
                "decision", r.decision().map(d -> Text.of(d, d)).orElse(notStated),
                "date", r.date().map(Messages::date).orElse(notStated),
                "issuer", r.issuer().map(i -> Text.of(i, i)).orElse(notStated),
                "computed", computed(a, r).map(CertificationResult::status).map(st -> st.label())
                        .orElse(Messages.text(r.certificationId().isPresent() ? "report.recognition.notInPack" : "report.recognition.titleOnly")));
    }

    /** What a recognition grants: the pack certification's name, or its own title. */
    static Text title(Assessment a, Recognition r) {
        return r.certificationId().map(id -> a.pack().certification(id).map(Certification::name).orElse(Text.of(id, id)))
                .orElseGet(() -> r.title().orElseThrow());
    }

    /** The computed result of the certification a recognition grants, if the pack has it for that unit. */
    static java.util.Optional<CertificationResult> computed(Assessment a, Recognition r) {
        return r.certificationId().flatMap(id -> a.unit(r.unitId()).flatMap(u -> u.certifications().stream()
                .filter(c -> c.certification().id().equals(id)).findFirst()));
    }

    private static Text unit(Assessment a, String id) {
        String name = a.unit(id).map(UnitAssessment::unit).map(u -> u.name() + " [" + id + "]").orElse(id);
        return Text.of(name, name);
    }

    /** The requirements standing in the way, by the names of their criteria. */
    private static Text failing(Assessment a, CertificationResult c) {
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Requirement r : c.unmet()) {
            Text t = r.match(new Requirement.Cases<Text>() {
                @Override
                public Text allOf(List<Requirement> all) {
                    return Text.of("…", "…");
                }

                @Override
                public Text anyOf(List<Requirement> any) {
                    return Text.of("…", "…");
                }

                @Override
                public Text atLeast(int n, List<Requirement> options) {
                    return Text.of("…", "…");
                }

                @Override
                public Text meets(String criterionId) {
                    return a.pack().criterion(criterionId).map(x -> x.name())
                            .or(() -> a.pack().target(criterionId).map(x -> x.indicator().name()))
                            .orElse(Text.of(criterionId, criterionId));
                }

                @Override
                public Text childrenCertified(int count, AdminLevel level, String certificationId) {
                    String s = "≥ " + count + " " + certificationId;
                    return Text.of(s, s);
                }
            });
            vi.add(t.vi());
            en.add(t.en());
        }
        return Text.of(String.join("; ", vi), String.join("; ", en));
    }
}
