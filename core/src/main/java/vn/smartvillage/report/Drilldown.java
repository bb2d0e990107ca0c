package vn.smartvillage.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Gap;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.rules.Kinds;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.RuleKind;

/**
 * Which units below hold back a parent's criterion or target counted over them ("at least 20 smart
 * villages", "50 % of villages meeting the electronic-ID criterion"), closest first.
 *
 * <pre>{@code
 * Drilldown r = Drilldown.of(assessment, "song-xanh", "example.province.smart-villages");
 * r.summary().en();   // "14 of 80 villages do not yet count towards …; 6 more villages are needed; the 6 closest need at most 3 each"
 * r.children();       // the 14, closest first, each with its gap
 * }</pre>
 *
 * <p>Made by {@link #of(Assessment, String, String)}, never by hand.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Drilldown {

    /** A unit below that does not yet count; made by {@link Drilldown#of(Assessment, String, String)}, never by hand. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Child {
        private final String unitId;
        private final String name;
        private final Status status;
        private final OptionalLong gap;
        private final Text reason;

        /** Checks the parts; {@code gap} is empty when not known. */
        Child(String unitId, String name, Status status, OptionalLong gap, Text reason) {
            this.unitId = Objects.requireNonNull(unitId, "unitId");
            this.name = name;
            this.status = Objects.requireNonNull(status, "status");
            this.gap = Objects.requireNonNull(gap, "gap");
            this.reason = Objects.requireNonNull(reason, "reason");
        }

        /** {@return the unit's id} */
        public String unitId() {
            return unitId;
        }

        /** {@return the unit's name} */
        public String name() {
            return name;
        }

        /** {@return its status for the criterion or certification counted} */
        public Status status() {
            return status;
        }

        /**
         * {@return the least total change, in whole people, households, records or units, that would make it
         * count; empty when not known}
         */
        public OptionalLong gap() {
            return gap;
        }

        /** {@return why it does not count, in Vietnamese and English} */
        public Text reason() {
            return reason;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Child c && unitId.equals(c.unitId) && Objects.equals(name, c.name) && status == c.status
                    && gap.equals(c.gap) && reason.equals(c.reason);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitId, name, status, gap, reason);
        }

        @Override
        public String toString() {
            return "Child[unitId=" + unitId + ", name=" + name + ", status=" + status + ", gap=" + gap + ", reason=" + reason + "]";
        }
    }

    private final CriterionResult parent;
    private final AdminLevel level;
    private final long total;
    private final List<Child> children;
    private final Text summary;

    private Drilldown(CriterionResult parent, AdminLevel level, long total, List<Child> children, Text summary) {
        this.parent = parent;
        this.level = level;
        this.total = total;
        this.children = List.copyOf(children);
        this.summary = summary;
    }

    /**
     * Returns the units below {@code parentId} that hold back its criterion or target {@code ruleId}.
     *
     * @param assessment the assessment to drill into, not null; its pack's certifications are planned when a
     *                   rule counts certified units
     * @param parentId the id of a unit of the assessment
     * @param ruleId   the id of a criterion or target that the parent has a result for, measured over units
     *                 below it (units meeting a criterion, or holding a certification)
     * @return the units below that do not yet count, closest first, with a summary
     * @throws IllegalArgumentException if the unit is unknown, the rule is not measured over units below, or
     *                                  not for the parent's level
     */
    public static Drilldown of(Assessment assessment, String parentId, String ruleId) {
        Objects.requireNonNull(assessment, "assessment");
        GapPlanner planner = new GapPlanner(assessment);
        UnitAssessment parent = assessment.unit(parentId).orElseThrow(() -> new IllegalArgumentException("no unit '" + parentId + "'"));
        CriterionResult result = parent.criterion(ruleId).or(() -> parent.target(ruleId).map(TargetResult::result))
                .orElseThrow(() -> new IllegalArgumentException("'" + ruleId + "' is not a criterion or target of " + parentId));
        Criterion c = result.criterion();
        Kinds.Children measured = Kinds.children(c.measure())
                .orElseThrow(() -> new IllegalArgumentException("'" + ruleId + "' is not measured over the units below"));
        AdminLevel level = measured.level();
        String counted = measured.id();
        boolean certified = measured.kind() == RuleKind.CERTIFICATION;
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
                            assessment.explain(cr.get())));
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
                summary = Messages.join(summary, Messages.text("drill.need", "need", need, "level", level.label(), "most", most,
                        "subject", subject));
            }
        }
        return new Drilldown(result, level, total, blocking, summary);
    }

    /** {@return the parent's result for the criterion or target} */
    public CriterionResult parent() {
        return parent;
    }

    /** {@return the level of the units counted} */
    public AdminLevel level() {
        return level;
    }

    /** {@return how many units at that level are below the parent and counted (those the rule applies to)} */
    public long total() {
        return total;
    }

    /** {@return those that do not yet count, closest first (known gaps by size, then the rest); unmodifiable} */
    public List<Child> children() {
        return children;
    }

    /** {@return the sentence for a report, in Vietnamese and English} */
    public Text summary() {
        return summary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Drilldown d && parent.equals(d.parent) && level == d.level && total == d.total
                && children.equals(d.children) && summary.equals(d.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parent, level, total, children, summary);
    }

    @Override
    public String toString() {
        return "Drilldown[parent=" + parent + ", level=" + level + ", total=" + total + ", children=" + children
                + ", summary=" + summary + "]";
    }
}
