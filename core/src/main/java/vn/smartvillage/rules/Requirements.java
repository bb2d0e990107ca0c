package vn.smartvillage.rules;

import java.util.List;
import java.util.Objects;

import vn.smartvillage.model.AdminLevel;

/**
 * The kinds of {@link Requirement}, one record each: not public, so that the public type count stays
 * small; callers make them with {@code Requirement}'s factories and read them with
 * {@link Requirement#match}. Code of this package may use them directly.
 */
final class Requirements {

    private Requirements() {
    }

    /**
     * Every requirement holds.
     *
     * @param all the requirements, at least one
     */
    record AllOf(List<Requirement> all) implements Requirement {
        /**
         * Copies the list and checks it is not empty.
         *
         * @param all the requirements that must all hold: at least one, none null
         * @throws IllegalArgumentException if {@code all} is empty
         */
        AllOf {
            all = nonEmpty(all);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.allOf(all);
        }
    }

    /**
     * At least one requirement holds.
     *
     * @param any the requirements, at least one
     */
    record AnyOf(List<Requirement> any) implements Requirement {
        /**
         * Copies the list and checks it is not empty.
         *
         * @param any the requirements of which one must hold: at least one, none null
         * @throws IllegalArgumentException if {@code any} is empty
         */
        AnyOf {
            any = nonEmpty(any);
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.anyOf(any);
        }
    }

    /**
     * At least {@code n} of the requirements hold.
     *
     * @param n       how many must hold, from 1 to the number of requirements
     * @param options the requirements
     */
    record AtLeast(int n, List<Requirement> options) implements Requirement {
        /**
         * Copies the list and checks {@code n}.
         *
         * @param n       how many must hold, from 1 to the number of options
         * @param options the requirements to choose from: at least one, none null
         * @throws IllegalArgumentException if {@code options} is empty or {@code n} is out of range
         */
        AtLeast {
            options = nonEmpty(options);
            if (n < 1 || n > options.size()) {
                throw new IllegalArgumentException("at least " + n + " of " + options.size() + " requirements can never hold");
            }
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.atLeast(n, options);
        }
    }

    /**
     * The unit meets a criterion of its own level.
     *
     * @param criterionId the criterion
     */
    record Meets(String criterionId) implements Requirement {
        /**
         * Checks the id is present.
         *
         * @param criterionId the id of a criterion at the certification's level, not null; that the pack has it
         *                    is checked by the pack
         */
        Meets {
            Objects.requireNonNull(criterionId, "criterionId");
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.meets(criterionId);
        }
    }

    /**
     * At least {@code count} units at {@code level} below the unit hold a certification.
     *
     * @param count           how many, one or more
     * @param level           the level of those units
     * @param certificationId the certification they hold
     */
    record ChildrenCertified(int count, AdminLevel level, String certificationId) implements Requirement {
        /**
         * Checks the parts.
         *
         * @param count           how many units must hold the certification, one or more
         * @param level           the level of those units, below the certification's own; not null
         * @param certificationId the id of the certification they must hold, defined for {@code level}; not null
         * @throws IllegalArgumentException if {@code count} is below 1
         */
        ChildrenCertified {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(certificationId, "certificationId");
            if (count < 1) {
                throw new IllegalArgumentException("a requirement on certified children needs a count of at least 1, got " + count);
            }
        }

        @Override
        public <R> R match(Cases<R> cases) {
            return cases.childrenCertified(count, level, certificationId);
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
