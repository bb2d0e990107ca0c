package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

import vn.smartvillage.model.AdminLevel;

/**
 * A node of a certification's requirement tree. The family is closed; the static methods here make each
 * kind: the groups {@link #allOf allOf}, {@link #anyOf anyOf} and {@link #atLeast atLeast}, and the leaves
 * {@link #meets meets} (a criterion of the unit's own level) and {@link #childrenCertified childrenCertified}
 * (units below holding a certification).
 *
 * <p>The kinds are not public types. To act on the kind of a requirement, such as to walk the tree, pass
 * {@link #match} a {@link Cases}: it has one method per kind, named as the factory that makes it and given
 * its parts, and the compiler checks that every kind is handled (Java 17 has no pattern matching for
 * {@code switch}). Two requirements are equal when they are of the same kind with equal parts; the
 * {@code toString} of a leaf, such as {@code Meets[criterionId=wifi]}, is for logs and test messages.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Requirement permits Requirements.AllOf, Requirements.AnyOf, Requirements.AtLeast, Requirements.Meets,
        Requirements.ChildrenCertified {

    /**
     * {@return a requirement that every one of {@code all} holds}
     *
     * @param all the requirements, at least one, none null
     * @throws IllegalArgumentException if none is given
     */
    static Requirement allOf(Requirement... all) {
        return new Requirements.AllOf(List.of(all));
    }

    /**
     * {@return a requirement that at least one of {@code any} holds}
     *
     * @param any the requirements, at least one, none null
     * @throws IllegalArgumentException if none is given
     */
    static Requirement anyOf(Requirement... any) {
        return new Requirements.AnyOf(List.of(any));
    }

    /**
     * {@return a requirement that at least {@code n} of {@code options} hold}
     *
     * @param n       how many must hold, from 1 to the number of options
     * @param options the requirements to choose from, at least one, none null
     * @throws IllegalArgumentException if no option is given or {@code n} is out of range
     */
    static Requirement atLeast(int n, Requirement... options) {
        return new Requirements.AtLeast(n, List.of(options));
    }

    /**
     * {@return a requirement that the unit meets {@code criterionId}}
     *
     * @param criterionId the id of a criterion of the same pack, at the certification's level; not null
     */
    static Requirement meets(String criterionId) {
        return new Requirements.Meets(criterionId);
    }

    /**
     * {@return a requirement that every criterion in {@code criterionIds} is met}
     *
     * @param criterionIds the ids of criteria of the same pack, at the certification's level: at least one,
     *                     none null
     * @throws IllegalArgumentException if none is given
     */
    static Requirement meetsAll(String... criterionIds) {
        return new Requirements.AllOf(List.of(criterionIds).stream().map(id -> (Requirement) new Requirements.Meets(id)).toList());
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
        return new Requirements.ChildrenCertified(count, level, certificationId);
    }

    /**
     * Calls the method of {@code cases} for this requirement's kind, with its parts.
     *
     * @param <R>   what the cases return
     * @param cases one method per kind of requirement, not null
     * @return what the method called returned
     */
    <R> R match(Cases<R> cases);

    /**
     * What to do with each kind of requirement, for {@link Requirement#match}: one method per kind, named as
     * the factory that makes it and given its parts ({@link Requirement#meetsAll} makes an {@code allOf} of
     * {@code meets}). Implementing it is the exhaustive dispatch that a {@code switch} over the kinds would
     * be in a later Java: a kind added to the family is a method added here, which every implementation must
     * then handle.
     *
     * @param <R> what each method returns
     */
    @API(status = STABLE, since = "0.1")
    interface Cases<R> {

        /**
         * {@return what "every one holds" gives} See {@link Requirement#allOf}.
         *
         * @param all the requirements, at least one; an unmodifiable list
         */
        R allOf(List<Requirement> all);

        /**
         * {@return what "at least one holds" gives} See {@link Requirement#anyOf}.
         *
         * @param any the requirements, at least one; an unmodifiable list
         */
        R anyOf(List<Requirement> any);

        /**
         * {@return what "at least {@code n} hold" gives} See {@link Requirement#atLeast}.
         *
         * @param n       how many must hold, from 1 to the number of options
         * @param options the requirements, at least one; an unmodifiable list
         */
        R atLeast(int n, List<Requirement> options);

        /**
         * {@return what "the unit meets a criterion" gives} See {@link Requirement#meets}.
         *
         * @param criterionId the criterion, of the certification's level
         */
        R meets(String criterionId);

        /**
         * {@return what "units below hold a certification" gives} See {@link Requirement#childrenCertified}.
         *
         * @param count           how many units must hold it, one or more
         * @param level           the level of those units
         * @param certificationId the certification they must hold
         */
        R childrenCertified(int count, AdminLevel level, String certificationId);
    }
}
