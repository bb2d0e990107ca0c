package vn.smartvillage.evaluation;

import java.util.List;
import java.util.Objects;

import vn.smartvillage.Text;
import vn.smartvillage.internal.rules.Kinds;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;

/**
 * Sentences that explain results, in Vietnamese and English, from the message catalogs: what was
 * measured, the value with its numerator and denominator, the threshold, the verdict, the gap and the
 * citation. {@link Assessment#explain(CriterionResult)} and its overloads are the way in.
 */
final class Explanations {

    private final Assessment assessment;
    private final RulePack pack;

    Explanations(Assessment assessment) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.pack = assessment.pack();
    }

    /**
     * Explains a criterion result, with its gap when it is not met.
     *
     * @param r a criterion result of the assessment, not null
     * @return the unit, the criterion, the result's reason and the citation, then what must change when the
     *         result is not met and its gap is known and not closed; in Vietnamese and English
     */
    Text criterion(CriterionResult r) {
        Criterion c = r.criterion();
        Text unit = unitName(r.unitId());
        Text sentence = Messages.text("explain.criterion", "unit", unit, "name", c.name(), "reason", r.reason(),
                "citation", citation(c.citation()));
        if (r.status() == Status.NOT_MET && r.gap().isPresent() && !r.gap().get().isClosed()) {
            Gap g = r.gap().get();
            Text gap = Messages.text(g.isRemoval() ? "explain.criterion.gap.remove" : "explain.criterion.gap.add",
                    "unit", unit, "name", c.name(), "amount", g.amount(), "subject", g.of());
            return Messages.join(sentence, gap);
        }
        return sentence;
    }

    /**
     * Explains a certification result: held, or what is not met or lacks data.
     *
     * @param r a certification result of the assessment, not null
     * @return a sentence for its status: held (with the citation), not applicable, not held (with the
     *         criteria met and the requirements unmet) or lacking data (with the requirements unmet); in
     *         Vietnamese and English
     */
    Text certification(CertificationResult r) {
        Text unit = unitName(r.unitId());
        Text name = r.certification().name();
        Text citation = citation(r.certification().citation());
        return switch (r.status()) {
            case MET -> Messages.text("explain.certification.met", "unit", unit, "certification", name, "citation", citation);
            case NOT_APPLICABLE -> Messages.text("explain.certification.notApplicable", "unit", unit, "certification", name);
            case NOT_MET -> Messages.text("explain.certification.notMet", "unit", unit, "certification", name,
                    "met", requirements(met(r)), "missing", requirements(r.unmet()), "citation", citation);
            case MISSING_DATA -> Messages.text("explain.certification.missing", "unit", unit, "certification", name,
                    "missing", requirements(r.unmet()), "citation", citation);
        };
    }

    /**
     * Explains a target: the verdict, how far along it is and what remains, and whether the deadline passed.
     *
     * @param t a target result of the assessment, not null
     * @return the unit, the target, its deadline and the result's reason; the progress and what remains when
     *         the progress is known; and a warning when the deadline passed unmet; in Vietnamese and English
     */
    Text target(TargetResult t) {
        CriterionResult r = t.result();
        Text unit = unitName(r.unitId());
        Text head = Messages.text("explain.target", "unit", unit, "name", t.target().indicator().name(),
                "deadline", t.target().deadline(), "reason", r.reason());
        Text remaining;
        if (r.status() == Status.MET) {
            remaining = Messages.text("explain.target.remaining.none");
        } else if (r.gap().isPresent()) {
            Gap g = r.gap().get();
            remaining = Messages.text(g.isRemoval() ? "explain.target.remaining.remove" : "explain.target.remaining.add",
                    "amount", g.amount(), "subject", g.of());
        } else {
            remaining = Messages.text("explain.target.remaining.unknown");
        }
        Text out = head;
        if (r.progress().isPresent()) {
            out = Messages.join(out, Messages.text("explain.target.progress", "progress", r.progress().get().percent(1), "remaining", remaining));
        }
        if (t.deadlinePassed() && r.status() != Status.MET) {
            out = Messages.join(out, Messages.text("explain.target.overdue"));
        }
        return out;
    }

    /** The criteria of the certification's tree that the unit meets, in tree order. */
    private List<Requirement> met(CertificationResult r) {
        List<Requirement> out = new java.util.ArrayList<>();
        for (Requirement leaf : Kinds.leaves(r.certification().requirement())) {
            Kinds.criterionMet(leaf).ifPresent(id -> {
                boolean met = assessment.unit(r.unitId()).flatMap(u -> u.criterion(id)).map(CriterionResult::isMet).orElse(false);
                if (met && !out.contains(leaf)) {
                    out.add(leaf);
                }
            });
        }
        return out;
    }

    /** Names the leaves of a requirement tree, joined by "; ", or "—" when there is none. */
    Text requirements(List<Requirement> unmet) {
        StringBuilder vi = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Requirement req : unmet) {
            Text t = requirement(req);
            if (vi.length() > 0) {
                vi.append("; ");
                en.append("; ");
            }
            vi.append(t.vi());
            en.append(t.en());
        }
        return vi.length() == 0 ? Text.of("—", "—") : Text.of(vi.toString(), en.toString());
    }

    /** Names one leaf requirement: the criterion's name, or "at least k villages certified …". */
    Text requirement(Requirement r) {
        Text asWritten = Text.of(r.toString(), r.toString());
        return r.match(new Requirement.Cases<Text>() {
            @Override
            public Text allOf(List<Requirement> all) {
                return asWritten;
            }

            @Override
            public Text anyOf(List<Requirement> any) {
                return asWritten;
            }

            @Override
            public Text atLeast(int n, List<Requirement> options) {
                return asWritten;
            }

            @Override
            public Text meets(String criterionId) {
                return pack.criterion(criterionId).map(Criterion::name).orElse(Text.of(criterionId, criterionId));
            }

            @Override
            public Text childrenCertified(int count, AdminLevel level, String certificationId) {
                Text cert = pack.certification(certificationId).map(x -> x.name()).orElse(Text.of(certificationId, certificationId));
                return Messages.text("explain.requirement.children", "count", (long) count, "level", level.label(),
                        "certification", cert);
            }
        });
    }

    Text unitName(String unitId) {
        String name = assessment.unit(unitId).map(u -> u.unit().name()).orElse(unitId);
        return Text.of(name, name);
    }

    /** A citation as its reader looks it up ({@link Citation#text()}): where the project read it is left out. */
    static Text citation(Citation c) {
        return c.text();
    }

}
