package vn.smartvillage.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Status;

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
 * plan.steps().get(0).gap();   // Optional[+1 resident with electronic ID], for bg.village.electronic-id
 * }</pre>
 *
 * <p>Made by {@link #of}, never by hand. Immutable; two plans are equal when all their parts are.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GapPlan {

    /**
     * What no change of a measured quantity can fix: data that is missing, or a criterion that cannot be
     * met by changing its measure alone.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Blocker {
        private final String unitId;
        private final Text what;
        private final Text why;

        Blocker(String unitId, Text what, Text why) {
            this.unitId = Objects.requireNonNull(unitId, "unitId");
            this.what = Objects.requireNonNull(what, "what");
            this.why = Objects.requireNonNull(why, "why");
        }

        /** {@return the id of the unit where it stands} */
        public String unitId() {
            return unitId;
        }

        /** {@return the criterion or requirement that cannot be met by a change of figures} */
        public Text what() {
            return what;
        }

        /** {@return the reason, such as "missing data: fibre and 3G/4G reach the village", in Vietnamese and English} */
        public Text why() {
            return why;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Blocker x && unitId.equals(x.unitId) && what.equals(x.what) && why.equals(x.why);
        }

        @Override
        public int hashCode() {
            return (unitId.hashCode() * 31 + what.hashCode()) * 31 + why.hashCode();
        }

        @Override
        public String toString() {
            return "Blocker[unitId=" + unitId + ", what=" + what + ", why=" + why + "]";
        }
    }

    /** Orders steps by size, then by unit and criterion, so a plan reads the same every time. */
    static final Comparator<CriterionResult> BY_SIZE = Comparator.comparingLong(GapPlan::amount)
            .thenComparing(CriterionResult::unitId).thenComparing(s -> s.criterion().id());

    private final String unitId;
    private final String certificationId;
    private final Status status;
    private final List<CriterionResult> steps;
    private final List<Blocker> blockers;

    GapPlan(String unitId, String certificationId, Status status, List<CriterionResult> steps, List<Blocker> blockers) {
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.certificationId = Objects.requireNonNull(certificationId, "certificationId");
        this.status = Objects.requireNonNull(status, "status");
        this.steps = List.copyOf(steps);
        this.blockers = List.copyOf(blockers);
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
        return steps.stream().mapToLong(GapPlan::amount).sum();
    }

    /** {@return the id of the unit planned for} */
    public String unitId() {
        return unitId;
    }

    /** {@return the id of the certification it would earn} */
    public String certificationId() {
        return certificationId;
    }

    /** {@return the certification's status now} */
    public Status status() {
        return status;
    }

    /**
     * {@return the changes, smallest first; empty when certified; unmodifiable} Each step is the result of a
     * criterion not met at the unit planned for or at a unit below it, whose {@link CriterionResult#gap() gap}
     * (always present, never closed) is the least change that meets it.
     */
    public List<CriterionResult> steps() {
        return steps;
    }

    /** {@return what stands in the way besides those changes; empty when the steps suffice; unmodifiable} */
    public List<Blocker> blockers() {
        return blockers;
    }

    /** The amount of a step, whose gap is always present. */
    static long amount(CriterionResult step) {
        return step.gap().orElseThrow().amount();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GapPlan p && unitId.equals(p.unitId) && certificationId.equals(p.certificationId) && status == p.status
                && steps.equals(p.steps) && blockers.equals(p.blockers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, certificationId, status, steps, blockers);
    }

    @Override
    public String toString() {
        return "GapPlan[unitId=" + unitId + ", certificationId=" + certificationId + ", status=" + status + ", steps=" + steps
                + ", blockers=" + blockers + "]";
    }
}
