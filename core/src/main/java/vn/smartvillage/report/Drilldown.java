package vn.smartvillage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Gap;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RulePack;

/**
 * Which units below hold back a parent's criterion or target counted over them ("at least 20 smart
 * villages", "50 % of villages meeting the electronic-ID criterion"), closest first.
 *
 * <pre>{@code
 * Drilldown.Result r = Drilldown.of(assessment, pack).of("song-xanh", "example.province.smart-villages");
 * r.summary().en();   // "14 of 80 villages do not yet count towards …; 6 more villages are needed; the 6 closest need at most 3 each"
 * r.children();       // the 14, closest first, each with its gap
 * }</pre>
 */
public final class Drilldown {

    /**
     * A unit below that does not yet count.
     *
     * @param unitId  the unit
     * @param name    its name
     * @param status  its status for the criterion or certification counted
     * @param gap     the least total change that would make it count, when known
     * @param reason  why, in both languages
     */
    public record Child(String unitId, String name, Status status, OptionalLong gap, Text reason) {
        /**
         * Checks the parts.
         *
         * @param unitId the unit's id, not null
         * @param name   the unit's name
         * @param status its status for the criterion or certification counted, not null
         * @param gap    the least total change, in whole people, households, records or units, that would make
         *               it count; empty when not known; not null
         * @param reason why it does not count, in Vietnamese and English; not null
         * @throws NullPointerException if a part other than the name is {@code null}
         */
        public Child {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(gap, "gap");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The drill-down of one parent result.
     *
     * @param parent   the parent's result for the criterion or target
     * @param level    the level of the units counted
     * @param total    how many units at that level are below the parent and counted (applicable)
     * @param children those that do not yet count, closest first (known gaps by size, then the rest)
     * @param summary  the sentence for a report
     */
    public record Result(CriterionResult parent, AdminLevel level, long total, List<Child> children, Text summary) {
        /**
         * Copies the list.
         *
         * @param parent   the parent's result for the criterion or target
         * @param level    the level of the units counted
         * @param total    how many units at that level are below the parent and counted (applicable)
         * @param children those that do not yet count, closest first; not null, none null
         * @param summary  the sentence for a report, in Vietnamese and English
         */
        public Result {
            children = List.copyOf(children);
        }
    }

    private final Assessment assessment;
    private final RulePack pack;
    private final GapPlanner planner;

    private Drilldown(Assessment assessment, RulePack pack) {
        this.assessment = assessment;
        this.pack = pack;
        this.planner = GapPlanner.of(assessment, pack);
    }

    /**
     * Returns the drill-down over {@code assessment}, made with {@code pack}.
     *
     * @param assessment the assessment to drill into, not null
     * @param pack       the pack the assessment was made with, not null; its certifications are planned when a
     *                   rule counts certified units
     * @return the drill-down, for any parent and rule of the assessment
     */
    public static Drilldown of(Assessment assessment, RulePack pack) {
        return new Drilldown(Objects.requireNonNull(assessment, "assessment"), Objects.requireNonNull(pack, "pack"));
    }

    /**
     * Returns the units below {@code parentId} that hold back its criterion or target {@code ruleId}.
     *
     * @param parentId the id of a unit of the assessment
     * @param ruleId   the id of a criterion or target that the parent has a result for, measured over units
     *                 below it (units meeting a criterion, or holding a certification)
     * @return the units below that do not yet count, closest first, with a summary
     * @throws IllegalArgumentException if the unit is unknown, the rule is not measured over units below, or
     *                                  not for the parent's level
     */
    public Result of(String parentId, String ruleId) {
        UnitAssessment parent = assessment.unit(parentId).orElseThrow(() -> new IllegalArgumentException("no unit '" + parentId + "'"));
        CriterionResult result = parent.criterion(ruleId).or(() -> parent.target(ruleId).map(TargetResult::result))
                .orElseThrow(() -> new IllegalArgumentException("'" + ruleId + "' is not a criterion or target of " + parentId));
        Criterion c = result.criterion();
        AdminLevel level;
        String counted;
        boolean certified;
        if (c.measure() instanceof Measure.ChildrenMeeting m) {
            level = m.level();
            counted = m.criterionId();
            certified = false;
        } else if (c.measure() instanceof Measure.ChildrenCertified m) {
            level = m.level();
            counted = m.certificationId();
            certified = true;
        } else {
            throw new IllegalArgumentException("'" + ruleId + "' is not measured over the units below");
        }
        List<Child> blocking = new ArrayList<>();
        long total = 0;
        Text subject = Messages.text("drill.changes");
        for (UnitAssessment u : planner.below(parentId, level)) {
            String name = u.unit().name();
            if (certified) {
                var cr = u.certification(counted);
                if (cr.isEmpty() || cr.get().status() == Status.NOT_APPLICABLE) {
                    continue;
                }
                total++;
                if (!cr.get().isCertified()) {
                    GapPlan plan = planner.plan(u.unit().id(), counted);
                    OptionalLong gap = plan.isSufficient() ? OptionalLong.of(plan.total()) : OptionalLong.empty();
                    blocking.add(new Child(u.unit().id(), name, cr.get().status(), gap,
                            Explanations.of(assessment, pack).certification(cr.get())));
                }
            } else {
                var cr = u.criterion(counted);
                if (cr.isEmpty() || cr.get().status() == Status.NOT_APPLICABLE) {
                    continue;
                }
                total++;
                if (!cr.get().isMet()) {
                    OptionalLong gap = cr.get().gap().map(g -> OptionalLong.of(g.amount())).orElse(OptionalLong.empty());
                    subject = cr.get().gap().map(Gap::of).orElse(subject);
                    blocking.add(new Child(u.unit().id(), name, cr.get().status(), gap, cr.get().reason()));
                }
            }
        }
        blocking.sort(Comparator.comparing((Child x) -> x.gap().isEmpty())
                .thenComparingLong(x -> x.gap().orElse(Long.MAX_VALUE)).thenComparing(Child::unitId));
        Text summary = Messages.text("drill.summary", "blocked", (long) blocking.size(), "total", total, "level", level.label(),
                "name", c.name());
        if (result.status() == Status.NOT_MET && result.gap().isPresent()) {
            long need = result.gap().get().amount();
            List<Child> closest = blocking.stream().filter(x -> x.gap().isPresent()).limit(need).toList();
            if (need > 0 && closest.size() == need) {
                long most = closest.get(closest.size() - 1).gap().getAsLong();
                summary = Explanations.join(summary, Messages.text("drill.need", "need", need, "level", level.label(), "most", most,
                        "subject", subject));
            }
        }
        return new Result(result, level, total, blocking, summary);
    }
}
