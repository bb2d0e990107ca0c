package vn.smartvillage.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.assertj.core.api.AbstractAssert;

import org.apiguardian.api.API;

import vn.smartvillage.Fraction;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Gap;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Requirement;

/**
 * AssertJ assertions on assessments. A failure says what was expected and why the result is what it is:
 * the reason in English and Vietnamese and the rule's citation.
 *
 * <pre>{@code
 * assertThat(assessment).unit("kha-ly-thuong").isCertified("bg.smart-village");
 * assertThat(assessment).unit("Khả Lý Thượng").criterion("bg.village.electronic-id").isNotMet().hasGap(12);
 * }</pre>
 *
 * <p>A unit is found by id, or else by its name when exactly one unit has it.
 */
@API(status = STABLE, since = "0.1")
public final class SmartVillageAssertions {

    private SmartVillageAssertions() {
    }

    /**
     * Starts assertions on an assessment.
     *
     * @param actual the assessment under test; {@code null} fails the first assertion
     * @return assertions on it, to move on to a unit
     */
    public static AssessmentAssert assertThat(Assessment actual) {
        return new AssessmentAssert(actual);
    }

    /**
     * Starts assertions on one criterion or target result.
     *
     * @param actual the result under test; {@code null} fails the first assertion
     * @return assertions on it
     */
    public static CriterionAssert assertThat(CriterionResult actual) {
        return new CriterionAssert(actual);
    }

    /** Assertions on an {@link Assessment}. */
    @API(status = STABLE, since = "0.1")
    public static final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {
        AssessmentAssert(Assessment actual) {
            super(actual, AssessmentAssert.class);
        }

        /**
         * Moves to the unit with this id, or else this name; fails naming the units there are.
         *
         * @param idOrName the unit's id, such as {@code "kha-ly-thuong"}, or its name when exactly one unit has
         *                 it, such as {@code "Khả Lý Thượng"}
         * @return assertions on that unit's results
         */
        public UnitAssert unit(String idOrName) {
            isNotNull();
            Optional<UnitAssessment> byId = actual.unit(idOrName);
            if (byId.isPresent()) {
                return new UnitAssert(byId.get());
            }
            List<UnitAssessment> byName = actual.units().stream().filter(u -> u.unit().name().equals(idOrName)).toList();
            if (byName.size() != 1) {
                failWithMessage("%nExpecting a unit with id or name%n  \"%s\"%nbut %s; the units are:%n  %s", idOrName,
                        byName.isEmpty() ? "there is none" : byName.size() + " units have that name",
                        actual.units().stream().map(u -> u.unit().id() + " (" + u.unit().name() + ")").collect(Collectors.joining(", ")));
            }
            return new UnitAssert(byName.get(0));
        }

        /**
         * Checks that the assessment carries no warning (a stale pack, rules for an abolished level).
         *
         * @return these assertions, to chain another
         */
        public AssessmentAssert hasNoWarnings() {
            isNotNull();
            if (!actual.warnings().isEmpty()) {
                failWithMessage("%nExpecting no warnings but got:%n  %s", actual.warnings().stream().map(w -> w.en())
                        .collect(Collectors.joining("\n  ")));
            }
            return this;
        }

        /**
         * Checks that a warning contains {@code text}, in English or Vietnamese.
         *
         * @param text a part of the warning expected, matched exactly (case and diacritics count)
         * @return these assertions, to chain another
         */
        public AssessmentAssert hasWarningContaining(String text) {
            isNotNull();
            if (actual.warnings().stream().noneMatch(w -> w.en().contains(text) || w.vi().contains(text))) {
                failWithMessage("%nExpecting a warning containing%n  \"%s\"%nbut the warnings are:%n  %s", text,
                        actual.warnings().isEmpty() ? "(none)" : actual.warnings().stream().map(w -> w.en())
                                .collect(Collectors.joining("\n  ")));
            }
            return this;
        }
    }

    /** Assertions on one unit's results. */
    @API(status = STABLE, since = "0.1")
    public static final class UnitAssert extends AbstractAssert<UnitAssert, UnitAssessment> {
        UnitAssert(UnitAssessment actual) {
            super(actual, UnitAssert.class);
        }

        /**
         * Checks that the unit holds the certification; a failure lists the requirements in the way, each
         * with its reason.
         *
         * @param certificationId the certification's id in the pack, such as {@code "bg.smart-village"}
         * @return these assertions, to chain another
         */
        public UnitAssert isCertified(String certificationId) {
            CertificationResult r = certificationResult(certificationId);
            if (r.status() != Status.MET) {
                failWithMessage("%nExpecting %s to be certified \"%s\" but it is %s.%n%s", who(), certificationId, r.status(),
                        why(r));
            }
            return this;
        }

        /**
         * Checks that the unit does not hold the certification because a requirement is not met (not for lack of data).
         *
         * @param certificationId the certification's id in the pack
         * @return these assertions, to chain another
         */
        public UnitAssert isNotCertified(String certificationId) {
            CertificationResult r = certificationResult(certificationId);
            if (r.status() != Status.NOT_MET) {
                failWithMessage("%nExpecting %s not to be certified \"%s\" (a requirement not met) but it is %s.%n%s", who(),
                        certificationId, r.status(), why(r));
            }
            return this;
        }

        /**
         * Checks the certification's status: {@code MISSING_DATA} when it cannot be decided.
         *
         * @param certificationId the certification's id in the pack
         * @param expected        the status the certification should have
         * @return these assertions, to chain another
         */
        public UnitAssert hasCertificationStatus(String certificationId, Status expected) {
            CertificationResult r = certificationResult(certificationId);
            if (r.status() != expected) {
                failWithMessage("%nExpecting certification \"%s\" of %s to be %s but it is %s.%n%s", certificationId, who(),
                        expected, r.status(), why(r));
            }
            return this;
        }

        /**
         * Moves to a criterion's result; fails naming the unit's criteria if it has no result for it.
         *
         * @param criterionId the criterion's id in the pack, set for this unit's level
         * @return assertions on that result
         */
        public CriterionAssert criterion(String criterionId) {
            isNotNull();
            Optional<CriterionResult> r = actual.criterion(criterionId);
            if (r.isEmpty()) {
                failWithMessage("%nExpecting %s to have a result for criterion \"%s\" but its criteria are:%n  %s", who(), criterionId,
                        actual.criteria().stream().map(c -> c.criterion().id()).collect(Collectors.joining(", ")));
            }
            return new CriterionAssert(r.get());
        }

        /**
         * Moves to a target's result; fails naming the unit's targets if it has no result for it.
         *
         * @param targetId the target's id in the pack, set for this unit's level
         * @return assertions on the result of the target's indicator
         */
        public CriterionAssert target(String targetId) {
            isNotNull();
            Optional<TargetResult> r = actual.target(targetId);
            if (r.isEmpty()) {
                failWithMessage("%nExpecting %s to have a result for target \"%s\" but its targets are:%n  %s", who(), targetId,
                        actual.targets().stream().map(t -> t.target().id()).collect(Collectors.joining(", ")));
            }
            return new CriterionAssert(r.get().result());
        }

        private CertificationResult certificationResult(String id) {
            isNotNull();
            Optional<CertificationResult> r = actual.certification(id);
            if (r.isEmpty()) {
                failWithMessage("%nExpecting %s to have a result for certification \"%s\" but its certifications are:%n  %s", who(), id,
                        actual.certifications().stream().map(c -> c.certification().id()).collect(Collectors.joining(", ")));
            }
            return r.get();
        }

        private String who() {
            return actual.unit().name() + " [" + actual.unit().id() + "]";
        }

        /** The requirements in the way, each with the criterion's reason where the unit has one. */
        private String why(CertificationResult r) {
            if (r.unmet().isEmpty()) {
                return "Nothing stands in the way.";
            }
            StringBuilder s = new StringBuilder("In the way:");
            for (Requirement req : r.unmet()) {
                s.append("\n  - ").append(req.match(new Requirement.Cases<String>() {
                    @Override
                    public String allOf(List<Requirement> all) {
                        return req.toString();
                    }

                    @Override
                    public String anyOf(List<Requirement> any) {
                        return req.toString();
                    }

                    @Override
                    public String atLeast(int n, List<Requirement> options) {
                        return req.toString();
                    }

                    @Override
                    public String meets(String criterionId) {
                        return actual.criterion(criterionId).map(CriterionAssert::describe)
                                .map(d -> d.replace("\n  ", "\n    ")).orElse(criterionId);
                    }

                    @Override
                    public String childrenCertified(int count, AdminLevel level, String certificationId) {
                        return req.toString();
                    }
                }));
            }
            return s.toString();
        }
    }

    /** Assertions on a criterion's or target's result. */
    @API(status = STABLE, since = "0.1")
    public static final class CriterionAssert extends AbstractAssert<CriterionAssert, CriterionResult> {
        CriterionAssert(CriterionResult actual) {
            super(actual, CriterionAssert.class);
        }

        /**
         * Checks that the criterion is met.
         *
         * @return these assertions, to chain another
         */
        public CriterionAssert isMet() {
            return hasStatus(Status.MET);
        }

        /**
         * Checks that the criterion is not met (decided, not for lack of data).
         *
         * @return these assertions, to chain another
         */
        public CriterionAssert isNotMet() {
            return hasStatus(Status.NOT_MET);
        }

        /**
         * Checks that the criterion cannot be decided for lack of data.
         *
         * @return these assertions, to chain another
         */
        public CriterionAssert isMissingData() {
            return hasStatus(Status.MISSING_DATA);
        }

        /**
         * Checks that the criterion does not apply.
         *
         * @return these assertions, to chain another
         */
        public CriterionAssert isNotApplicable() {
            return hasStatus(Status.NOT_APPLICABLE);
        }

        /**
         * Checks the status; a failure gives the reason in both languages and the rule's citation.
         *
         * @param expected the status the result should have
         * @return these assertions, to chain another
         */
        public CriterionAssert hasStatus(Status expected) {
            isNotNull();
            if (actual.status() != expected) {
                failWithMessage("%nExpecting %s to be %s but it is %s:%n  %s", name(), expected, actual.status(),
                        describe(actual));
            }
            return this;
        }

        /**
         * Checks the gap: the least whole number of people, households or records to change (0 when met).
         *
         * @param expected the gap's amount, whether to add or to remove; a result without a gap fails
         * @return these assertions, to chain another
         */
        public CriterionAssert hasGap(long expected) {
            isNotNull();
            Optional<Gap> g = actual.gap();
            if (g.isEmpty() || g.get().amount() != expected) {
                failWithMessage("%nExpecting %s to have a gap of %s but it has %s:%n  %s", name(), expected,
                        g.map(x -> String.valueOf(x.amount())).orElse("none"), describe(actual));
            }
            return this;
        }

        /**
         * Checks that there is no gap: the value is not fully known, or no change within bounds meets it.
         *
         * @return these assertions, to chain another
         */
        public CriterionAssert hasNoGap() {
            isNotNull();
            if (actual.gap().isPresent()) {
                failWithMessage("%nExpecting %s to have no gap but it has %s:%n  %s", name(), actual.gap().get().amount(), describe(actual));
            }
            return this;
        }

        /**
         * Checks the exact value, as a fraction of the counts measured: 1100/4000 does not match 11/40.
         *
         * @param numerator   the count measured, such as residents with electronic ID, zero or more
         * @param denominator the count it is measured against, such as residents; 1 for a count or a flag
         * @return these assertions, to chain another
         * @throws IllegalArgumentException if the numerator is negative or the denominator is not positive
         */
        public CriterionAssert hasValue(long numerator, long denominator) {
            isNotNull();
            Fraction expected = Fraction.of(numerator, denominator);
            if (!actual.value().equals(Optional.of(expected))) {
                failWithMessage("%nExpecting %s to have the value %s but it has %s:%n  %s", name(), expected,
                        actual.value().map(Fraction::toString).orElse("none"), describe(actual));
            }
            return this;
        }

        private String name() {
            return "criterion \"" + actual.criterion().id() + "\" of unit " + actual.unitId();
        }

        static String describe(CriterionResult r) {
            return r.criterion().name().en() + ": " + r.reason().en() + "\n  " + r.criterion().name().vi() + ": " + r.reason().vi()
                    + "\n  source: " + r.criterion().citation();
        }
    }
}
