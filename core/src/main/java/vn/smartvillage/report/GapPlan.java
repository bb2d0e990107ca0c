package vn.smartvillage.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Gap;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.rules.Criterion;

/**
 * The least set of changes that would earn a unit a certification, per criterion in whole people,
 * households or records, smallest first; and what no change of figures can fix (missing data, or a
 * criterion out of reach).
 *
 * <p>Each unmet criterion contributes its least gap (already exact and minimal). Where the requirement
 * tree offers a choice, the plan takes the cheapest options: for "any of", the option with the smallest
 * total; for "at least n of", the n smallest; for "at least k units below certified", the closest units
 * not yet certified, as many as k still needs beyond those certified, each with its own plan. A plan
 * that needs data no one has, a criterion no change of its measure can meet, or more units below than
 * there are left to certify, lists those as blockers.
 *
 * <pre>{@code
 * GapPlan plan = GapPlan.of(assessment, "thon-minh-hoa", "bg.smart-village");
 * plan.steps();   // [+1 resident with electronic ID for bg.village.electronic-id]
 * }</pre>
 *
 * @param unitId          the unit
 * @param certificationId the certification
 * @param status          the certification's status now
 * @param steps           the changes, smallest first; empty when certified
 * @param blockers        what stands in the way besides those changes; empty when the steps suffice
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GapPlan(String unitId, String certificationId, Status status, List<Step> steps, List<Blocker> blockers) {

    /**
     * One change: meet {@code criterion} at {@code unitId} (the unit, or a unit below it) by the least
     * {@code gap}.
     *
     * @param unitId    where the change is made
     * @param criterion the criterion it meets
     * @param gap       how many people, households or records to add or remove
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Step(String unitId, Criterion criterion, Gap gap) {
        /**
         * Checks the parts.
         *
         * @param unitId    the id of the unit where the change is made: the unit planned for, or a unit below it;
         *                  not null
         * @param criterion the criterion the change meets, not null
         * @param gap       how many people, households or records to add or remove, not null
         * @throws NullPointerException if a part is {@code null}
         */
        public Step {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(gap, "gap");
        }
    }

    /**
     * What no change of a measured quantity can fix: data that is missing, or a criterion that cannot be
     * met by changing its measure alone.
     *
     * @param unitId where
     * @param what   the criterion or requirement
     * @param why    the reason, such as "missing data: village.fibre-and-mobile"
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Blocker(String unitId, Text what, Text why) {
        /**
         * Checks the parts.
         *
         * @param unitId the id of the unit where it stands, not null
         * @param what   the criterion or requirement that cannot be met by a change of figures, not null
         * @param why    the reason, such as "missing data: village.fibre-and-mobile", in Vietnamese and English;
         *               not null
         * @throws NullPointerException if a part is {@code null}
         */
        public Blocker {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(why, "why");
        }
    }

    /** Orders steps by size, then by unit and criterion, so a plan reads the same every time. */
    static final Comparator<Step> BY_SIZE = Comparator.comparingLong((Step s) -> s.gap().amount())
            .thenComparing(Step::unitId).thenComparing(s -> s.criterion().id());

    /**
     * Checks the parts and copies the lists.
     *
     * @param unitId          the id of the unit planned for, not null
     * @param certificationId the id of the certification it would earn, not null
     * @param status          the certification's status now, not null
     * @param steps           the changes, smallest first; empty when certified; not null, none null
     * @param blockers        what stands in the way besides those changes; empty when the steps suffice; not
     *                        null, none null
     * @throws NullPointerException if a part, or an element of a list, is {@code null}
     */
    public GapPlan {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(certificationId, "certificationId");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
        blockers = List.copyOf(blockers);
    }

    /**
     * Returns the least changes that would earn {@code unitId} the certification {@code certificationId}.
     *
     * @param assessment      the assessment whose results are planned from, not null; its pack's certifications
     *                        give the requirement trees
     * @param unitId          the id of a unit of the assessment, not null
     * @param certificationId the id of a certification of the pack for the unit's level, not null
     * @return the plan: no step and no blocker when the unit holds the certification already
     * @throws IllegalArgumentException if the unit or the certification is unknown, or the certification
     *                                  is not for the unit's level
     */
    public static GapPlan of(Assessment assessment, String unitId, String certificationId) {
        return new GapPlanner(assessment).plan(Objects.requireNonNull(unitId, "unitId"),
                Objects.requireNonNull(certificationId, "certificationId"));
    }

    /** {@return {@code true} if the steps alone would earn the certification: there is no blocker} */
    public boolean isSufficient() {
        return blockers.isEmpty();
    }

    /** {@return the total of the steps' amounts, in whichever people, households or records each counts} */
    public long total() {
        return steps.stream().mapToLong(s -> s.gap().amount()).sum();
    }
}
