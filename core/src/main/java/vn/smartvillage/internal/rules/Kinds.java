package vn.smartvillage.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RuleKind;

/**
 * What the evaluation and the reports read of the kinds of measure and requirement, through their visitors:
 * one place for the small questions many callers ask of them.
 */
public final class Kinds {

    private Kinds() {
    }

    /**
     * A measure over the units below.
     *
     * @param kind  whether it counts units meeting a criterion or holding a certification
     * @param id    the criterion or certification counted
     * @param level the level of the units counted
     * @param count {@code true} for their number, {@code false} for their share
     */
    public record Children(RuleKind kind, String id, AdminLevel level, boolean count) {
    }

    /** Returns what a measure over the units below counts; empty for the other kinds. */
    public static Optional<Children> children(Measure m) {
        return m.match(new Measure.Cases<Optional<Children>>() {
            @Override
            public Optional<Children> ratio(Metric<Long> numerator, Metric<Long> denominator) {
                return Optional.empty();
            }

            @Override
            public Optional<Children> count(Metric<Long> metric) {
                return Optional.empty();
            }

            @Override
            public Optional<Children> flag(Metric<Boolean> metric) {
                return Optional.empty();
            }

            @Override
            public Optional<Children> flagsHeld(List<Metric<Boolean>> flags) {
                return Optional.empty();
            }

            @Override
            public Optional<Children> shareMeeting(AdminLevel level, String criterionId) {
                return Optional.of(new Children(RuleKind.CRITERION, criterionId, level, false));
            }

            @Override
            public Optional<Children> countMeeting(AdminLevel level, String criterionId) {
                return Optional.of(new Children(RuleKind.CRITERION, criterionId, level, true));
            }

            @Override
            public Optional<Children> shareCertified(AdminLevel level, String certificationId) {
                return Optional.of(new Children(RuleKind.CERTIFICATION, certificationId, level, false));
            }

            @Override
            public Optional<Children> countCertified(AdminLevel level, String certificationId) {
                return Optional.of(new Children(RuleKind.CERTIFICATION, certificationId, level, true));
            }

            @Override
            public Optional<Children> notEncoded(Text why) {
                return Optional.empty();
            }
        });
    }

    /** Returns the leaves of a requirement tree ({@code meets} and {@code childrenCertified}), in tree order. */
    public static List<Requirement> leaves(Requirement r) {
        List<Requirement> out = new ArrayList<>();
        addLeaves(r, out);
        return out;
    }

    private static void addLeaves(Requirement r, List<Requirement> out) {
        List<Requirement> parts = parts(r);
        if (parts.isEmpty()) {
            out.add(r);
        } else {
            parts.forEach(p -> addLeaves(p, out));
        }
    }

    /** Returns the requirements a group holds, in order; empty for a leaf. */
    public static List<Requirement> parts(Requirement r) {
        return r.match(new Requirement.Cases<List<Requirement>>() {
            @Override
            public List<Requirement> allOf(List<Requirement> all) {
                return all;
            }

            @Override
            public List<Requirement> anyOf(List<Requirement> any) {
                return any;
            }

            @Override
            public List<Requirement> atLeast(int n, List<Requirement> options) {
                return options;
            }

            @Override
            public List<Requirement> meets(String criterionId) {
                return List.of();
            }

            @Override
            public List<Requirement> childrenCertified(int count, AdminLevel level, String certificationId) {
                return List.of();
            }
        });
    }

    /** Returns the criterion a {@code meets} leaf names; empty for the other kinds. */
    public static Optional<String> criterionMet(Requirement r) {
        return r.match(new Requirement.Cases<Optional<String>>() {
            @Override
            public Optional<String> allOf(List<Requirement> all) {
                return Optional.empty();
            }

            @Override
            public Optional<String> anyOf(List<Requirement> any) {
                return Optional.empty();
            }

            @Override
            public Optional<String> atLeast(int n, List<Requirement> options) {
                return Optional.empty();
            }

            @Override
            public Optional<String> meets(String criterionId) {
                return Optional.of(criterionId);
            }

            @Override
            public Optional<String> childrenCertified(int count, AdminLevel level, String certificationId) {
                return Optional.empty();
            }
        });
    }
}
