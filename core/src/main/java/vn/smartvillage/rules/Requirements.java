package vn.smartvillage.rules;

import java.util.List;

import vn.smartvillage.model.AdminLevel;

/** Factories for {@link Requirement}s. */
public final class Requirements {

    private Requirements() {
    }

    /**
     * {@return a requirement that every one of {@code all} holds}
     *
     * @param all the requirements, at least one, none null
     * @throws IllegalArgumentException if none is given
     */
    public static Requirement allOf(Requirement... all) {
        return new Requirement.AllOf(List.of(all));
    }

    /**
     * {@return a requirement that at least one of {@code any} holds}
     *
     * @param any the requirements, at least one, none null
     * @throws IllegalArgumentException if none is given
     */
    public static Requirement anyOf(Requirement... any) {
        return new Requirement.AnyOf(List.of(any));
    }

    /**
     * {@return a requirement that at least {@code n} of {@code options} hold}
     *
     * @param n       how many must hold, from 1 to the number of options
     * @param options the requirements to choose from, at least one, none null
     * @throws IllegalArgumentException if no option is given or {@code n} is out of range
     */
    public static Requirement atLeast(int n, Requirement... options) {
        return new Requirement.AtLeast(n, List.of(options));
    }

    /**
     * {@return a requirement that the unit meets {@code criterionId}}
     *
     * @param criterionId the id of a criterion of the same pack, at the certification's level; not null
     */
    public static Requirement meets(String criterionId) {
        return new Requirement.Meets(criterionId);
    }

    /**
     * {@return a requirement that every criterion in {@code criterionIds} is met}
     *
     * @param criterionIds the ids of criteria of the same pack, at the certification's level: at least one,
     *                     none null
     * @throws IllegalArgumentException if none is given
     */
    public static Requirement meetsAll(String... criterionIds) {
        return new Requirement.AllOf(List.of(criterionIds).stream().map(id -> (Requirement) new Requirement.Meets(id)).toList());
    }

    /**
     * {@return a requirement that at least {@code count} units at {@code level} below hold {@code certificationId}}
     *
     * @param count           how many units must hold it, one or more
     * @param level           the level of those units, below the certification's own; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}; not null
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public static Requirement childrenCertified(int count, AdminLevel level, String certificationId) {
        return new Requirement.ChildrenCertified(count, level, certificationId);
    }
}
