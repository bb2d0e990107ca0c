package vn.smartvillage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;

/** Plans the least changes that would earn a unit a certification: the work behind {@link GapPlan#of}. */
final class GapPlanner {

    private final Assessment assessment;
    private final RulePack pack;

    GapPlanner(Assessment assessment) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.pack = assessment.pack();
    }

    /** The plan {@link GapPlan#of} returns. */
    GapPlan plan(String unitId, String certificationId) {
        UnitAssessment u = assessment.unit(unitId).orElseThrow(() -> new IllegalArgumentException("no unit '" + unitId + "'"));
        Certification cert = pack.certification(certificationId)
                .orElseThrow(() -> new IllegalArgumentException("no certification '" + certificationId + "'"));
        CertificationResult result = u.certification(certificationId).orElseThrow(() -> new IllegalArgumentException(
                "the certification '" + certificationId + "' is not for a " + u.unit().level()));
        if (result.isCertified()) {
            return new GapPlan(unitId, certificationId, result.status(), List.of(), List.of());
        }
        Plan p = plan(u, cert.requirement());
        List<CriterionResult> steps = new ArrayList<>(p.steps);
        steps.sort(GapPlan.BY_SIZE);
        return new GapPlan(unitId, certificationId, result.status(), steps, p.blockers);
    }

    /** Returns the units at {@code level} below {@code unitId}, in assessment order. */
    List<UnitAssessment> below(String unitId, AdminLevel level) {
        List<UnitAssessment> out = new ArrayList<>();
        for (UnitAssessment c : assessment.children(unitId)) {
            if (c.unit().level() == level) {
                out.add(c);
            } else if (c.unit().level().isAbove(level)) {
                out.addAll(below(c.unit().id(), level));
            }
        }
        return out;
    }

    /** A partial plan: steps, blockers, and their total. */
    record Plan(List<CriterionResult> steps, List<GapPlan.Blocker> blockers) {
        static final Plan NONE = new Plan(List.of(), List.of());

        long total() {
            return steps.stream().mapToLong(GapPlan::amount).sum();
        }

        Plan plus(Plan other) {
            List<CriterionResult> s = new ArrayList<>(steps);
            s.addAll(other.steps);
            List<GapPlan.Blocker> b = new ArrayList<>(blockers);
            b.addAll(other.blockers);
            return new Plan(s, b);
        }

        /** Sufficient plans first, then the smallest total, then the fewest steps. */
        static final Comparator<Plan> CHEAPEST = Comparator.comparing((Plan p) -> !p.blockers.isEmpty())
                .thenComparingLong(Plan::total).thenComparingInt(p -> p.steps.size());
    }

    Plan plan(UnitAssessment u, Requirement r) {
        return r.match(new Requirement.Cases<Plan>() {
            @Override
            public Plan allOf(List<Requirement> all) {
                Plan out = Plan.NONE;
                for (Requirement x : all) {
                    out = out.plus(plan(u, x));
                }
                return out;
            }

            @Override
            public Plan anyOf(List<Requirement> any) {
                return cheapest(u, any, 1);
            }

            @Override
            public Plan atLeast(int n, List<Requirement> options) {
                return cheapest(u, options, n);
            }

            @Override
            public Plan meets(String criterionId) {
                return GapPlanner.this.meets(u, criterionId);
            }

            @Override
            public Plan childrenCertified(int count, AdminLevel level, String certificationId) {
                return children(u, count, level, certificationId);
            }
        });
    }

    private Plan cheapest(UnitAssessment u, List<Requirement> options, int n) {
        List<Plan> plans = new ArrayList<>(options.stream().map(x -> plan(u, x)).toList());
        plans.sort(Plan.CHEAPEST);
        Plan out = Plan.NONE;
        for (int i = 0; i < n; i++) {
            out = out.plus(plans.get(i));
        }
        return out;
    }

    private Plan meets(UnitAssessment u, String criterionId) {
        Optional<CriterionResult> found = u.criterion(criterionId);
        if (found.isEmpty()) {
            return Plan.NONE;
        }
        CriterionResult r = found.get();
        String id = u.unit().id();
        return switch (r.status()) {
            case MET, NOT_APPLICABLE -> Plan.NONE;
            case MISSING_DATA -> new Plan(List.of(), List.of(new GapPlan.Blocker(id, r.criterion().name(), r.reason())));
            case NOT_MET -> r.gap().filter(g -> !g.isClosed())
                    .map(g -> new Plan(List.of(r), List.of()))
                    .orElseGet(() -> new Plan(List.of(), List.of(new GapPlan.Blocker(id, r.criterion().name(), r.reason()))));
        };
    }

    private Plan children(UnitAssessment u, int count, AdminLevel level, String certificationId) {
        List<UnitAssessment> below = below(u.unit().id(), level);
        long held = below.stream().filter(c -> c.certification(certificationId).map(CertificationResult::isCertified).orElse(false))
                .count();
        long need = count - held;
        if (need <= 0) {
            return Plan.NONE;
        }
        Certification cert = pack.certification(certificationId).orElseThrow();
        List<Plan> candidates = new ArrayList<>();
        for (UnitAssessment c : below) {
            if (c.certification(certificationId).map(x -> !x.isCertified() && x.status() != Status.NOT_APPLICABLE).orElse(false)) {
                candidates.add(plan(c, cert.requirement()));
            }
        }
        candidates.sort(Plan.CHEAPEST);
        Plan out = Plan.NONE;
        for (int i = 0; i < Math.min(need, candidates.size()); i++) {
            out = out.plus(candidates.get(i));
        }
        if (candidates.size() < need) {
            Text what = Messages.text("explain.requirement.children", "count", (long) count, "level", level.label(),
                    "certification", cert.name());
            out = out.plus(new Plan(List.of(), List.of(new GapPlan.Blocker(u.unit().id(), what,
                    Messages.text("plan.notEnoughChildren", "level", level.label(), "count", (long) candidates.size(),
                            "need", need)))));
        }
        return out;
    }
}
