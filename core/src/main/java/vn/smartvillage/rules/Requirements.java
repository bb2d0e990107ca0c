package vn.smartvillage.rules;

import java.util.List;

import vn.smartvillage.model.AdminLevel;

/** Factories for {@link Requirement}s. */
public final class Requirements {

    private Requirements() {
    }

    /** Returns a requirement that every one of {@code all} holds. */
    public static Requirement allOf(Requirement... all) {
        return new Requirement.AllOf(List.of(all));
    }

    /** Returns a requirement that at least one of {@code any} holds. */
    public static Requirement anyOf(Requirement... any) {
        return new Requirement.AnyOf(List.of(any));
    }

    /** Returns a requirement that at least {@code n} of {@code options} hold. */
    public static Requirement atLeast(int n, Requirement... options) {
        return new Requirement.AtLeast(n, List.of(options));
    }

    /** Returns a requirement that the unit meets {@code criterionId}. */
    public static Requirement meets(String criterionId) {
        return new Requirement.Meets(criterionId);
    }

    /** Returns a requirement that every criterion in {@code criterionIds} is met. */
    public static Requirement meetsAll(String... criterionIds) {
        return new Requirement.AllOf(List.of(criterionIds).stream().map(id -> (Requirement) new Requirement.Meets(id)).toList());
    }

    /** Returns a requirement that at least {@code count} units at {@code level} below hold {@code certificationId}. */
    public static Requirement childrenCertified(int count, AdminLevel level, String certificationId) {
        return new Requirement.ChildrenCertified(count, level, certificationId);
    }
}
