package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.model.AdminLevel;

/**
 * A node of a certification's requirement tree. The family is closed; the static methods here make each
 * kind.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Requirement {

    /**
     * {@return a requirement that every one of {@code all} holds}
     *
     * @param all the requirements, at least one, none null
     * @throws IllegalArgumentException if none is given
     */
    static Requirement allOf(Requirement... all) {
        return new AllOf(List.of(all));
    }

    /**
     * {@return a requirement that at least one of {@code any} holds}
     *
     * @param any the requirements, at least one, none null
     * @throws IllegalArgumentException if none is given
     */
    static Requirement anyOf(Requirement... any) {
        return new AnyOf(List.of(any));
    }

    /**
     * {@return a requirement that at least {@code n} of {@code options} hold}
     *
     * @param n       how many must hold, from 1 to the number of options
     * @param options the requirements to choose from, at least one, none null
     * @throws IllegalArgumentException if no option is given or {@code n} is out of range
     */
    static Requirement atLeast(int n, Requirement... options) {
        return new AtLeast(n, List.of(options));
    }

    /**
     * {@return a requirement that the unit meets {@code criterionId}}
     *
     * @param criterionId the id of a criterion of the same pack, at the certification's level; not null
     */
    static Requirement meets(String criterionId) {
        return new Meets(criterionId);
    }

    /**
     * {@return a requirement that every criterion in {@code criterionIds} is met}
     *
     * @param criterionIds the ids of criteria of the same pack, at the certification's level: at least one,
     *                     none null
     * @throws IllegalArgumentException if none is given
     */
    static Requirement meetsAll(String... criterionIds) {
        return new AllOf(List.of(criterionIds).stream().map(id -> (Requirement) new Meets(id)).toList());
    }

    /**
     * {@return a requirement that at least {@code count} units at {@code level} below hold {@code certificationId}}
     *
     * @param count           how many units must hold it, one or more
     * @param level           the level of those units, below the certification's own; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}; not null
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    static Requirement childrenCertified(int count, AdminLevel level, String certificationId) {
        return new ChildrenCertified(count, level, certificationId);
    }

    /**
     * Every requirement holds.
     *
     * @param all the requirements, at least one
     */
    @API(status = STABLE, since = "0.1")
    record AllOf(List<Requirement> all) implements Requirement {
        /**
         * Copies the list and checks it is not empty.
         *
         * @param all the requirements that must all hold: at least one, none null
         * @throws IllegalArgumentException if {@code all} is empty
         */
        public AllOf {
            all = nonEmpty(all);
        }
    }

    /**
     * At least one requirement holds.
     *
     * @param any the requirements, at least one
     */
    @API(status = STABLE, since = "0.1")
    record AnyOf(List<Requirement> any) implements Requirement {
        /**
         * Copies the list and checks it is not empty.
         *
         * @param any the requirements of which one must hold: at least one, none null
         * @throws IllegalArgumentException if {@code any} is empty
         */
        public AnyOf {
            any = nonEmpty(any);
        }
    }

    /**
     * At least {@code n} of the requirements hold.
     *
     * @param n       how many must hold, from 1 to the number of requirements
     * @param options the requirements
     */
    @API(status = STABLE, since = "0.1")
    record AtLeast(int n, List<Requirement> options) implements Requirement {
        /**
         * Copies the list and checks {@code n}.
         *
         * @param n       how many must hold, from 1 to the number of options
         * @param options the requirements to choose from: at least one, none null
         * @throws IllegalArgumentException if {@code options} is empty or {@code n} is out of range
         */
        public AtLeast {
            options = nonEmpty(options);
            if (n < 1 || n > options.size()) {
                throw new IllegalArgumentException("at least " + n + " of " + options.size() + " requirements can never hold");
            }
        }
    }

    /**
     * The unit meets a criterion of its own level.
     *
     * @param criterionId the criterion
     */
    @API(status = STABLE, since = "0.1")
    record Meets(String criterionId) implements Requirement {
        /**
         * Checks the id is present.
         *
         * @param criterionId the id of a criterion at the certification's level, not null; that the pack has it
         *                    is checked by the pack
         */
        public Meets {
            Objects.requireNonNull(criterionId, "criterionId");
        }
    }

    /**
     * At least {@code count} units at {@code level} below the unit hold a certification.
     *
     * @param count           how many, one or more
     * @param level           the level of those units
     * @param certificationId the certification they hold
     */
    @API(status = STABLE, since = "0.1")
    record ChildrenCertified(int count, AdminLevel level, String certificationId) implements Requirement {
        /**
         * Checks the parts.
         *
         * @param count           how many units must hold the certification, one or more
         * @param level           the level of those units, below the certification's own; not null
         * @param certificationId the id of the certification they must hold, defined for {@code level}; not null
         * @throws IllegalArgumentException if {@code count} is below 1
         */
        public ChildrenCertified {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(certificationId, "certificationId");
            if (count < 1) {
                throw new IllegalArgumentException("a requirement on certified children needs a count of at least 1, got " + count);
            }
        }
    }

    private static List<Requirement> nonEmpty(List<Requirement> list) {
        List<Requirement> copy = List.copyOf(list);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a requirement group needs at least one requirement");
        }
        return copy;
    }
}
