package vn.smartvillage.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import vn.smartvillage.Problem;
import vn.smartvillage.Text;
import vn.smartvillage.metric.Aggregation;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;

/**
 * A versioned set of rules: the metrics it declares, its criteria, the certifications built on them,
 * and a plan's targets, with the dates it is in force.
 *
 * <p>A pack is immutable and safe to share between threads. It is built, and checked as a whole, by
 * {@link #builder(String, String)}: {@link Builder#build()} reports every problem at once (duplicate ids,
 * references to criteria or certifications that do not exist or sit at the wrong level, two different
 * metrics with one id).
 */
public final class RulePack {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private final String id;
    private final String version;
    private final Text title;
    private final EffectivePeriod effective;
    private final List<Metric<?>> metrics;
    private final List<Criterion> criteria;
    private final List<Certification> certifications;
    private final List<Target> targets;
    private final Map<String, Criterion> criteriaById;
    private final Map<String, Certification> certificationsById;

    private RulePack(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.title = b.title;
        this.effective = b.effective;
        this.metrics = List.copyOf(b.metrics);
        this.criteria = List.copyOf(b.criteria);
        this.certifications = List.copyOf(b.certifications);
        this.targets = List.copyOf(b.targets);
        Map<String, Criterion> crit = new LinkedHashMap<>();
        criteria.forEach(c -> crit.put(c.id(), c));
        this.criteriaById = java.util.Collections.unmodifiableMap(crit);
        Map<String, Certification> certs = new LinkedHashMap<>();
        certifications.forEach(c -> certs.put(c.id(), c));
        this.certificationsById = java.util.Collections.unmodifiableMap(certs);
    }

    /** Returns a builder for version {@code version} of the pack {@code id}. */
    public static Builder builder(String id, String version) {
        return new Builder(id, version);
    }

    /** Returns the pack's id, such as {@code "vn.bac-giang.smart-village"}. */
    public String id() {
        return id;
    }

    /** Returns the pack's version, such as {@code "2023.1"}. */
    public String version() {
        return version;
    }

    /** Returns the title in Vietnamese and English. */
    public Text title() {
        return title;
    }

    /** Returns when the pack is in force. */
    public EffectivePeriod effective() {
        return effective;
    }

    /** Returns the metrics the pack declares beyond the well-known ones, in declaration order. */
    public List<Metric<?>> metrics() {
        return metrics;
    }

    /** Returns the criteria, in declaration order. */
    public List<Criterion> criteria() {
        return criteria;
    }

    /** Returns the certifications, in declaration order. */
    public List<Certification> certifications() {
        return certifications;
    }

    /** Returns the targets, in declaration order. */
    public List<Target> targets() {
        return targets;
    }

    /** Returns the criterion with the given id, or empty. */
    public Optional<Criterion> criterion(String criterionId) {
        return Optional.ofNullable(criteriaById.get(criterionId));
    }

    /** Returns the certification with the given id, or empty. */
    public Optional<Certification> certification(String certificationId) {
        return Optional.ofNullable(certificationsById.get(certificationId));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RulePack p && id.equals(p.id) && version.equals(p.version) && title.equals(p.title)
                && effective.equals(p.effective) && metrics.equals(p.metrics) && criteria.equals(p.criteria)
                && certifications.equals(p.certifications) && targets.equals(p.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, criteria);
    }

    /** Returns {@code "id@version"}. */
    @Override
    public String toString() {
        return id + "@" + version;
    }

    /** Builds a {@link RulePack}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String version;
        private Text title;
        private EffectivePeriod effective = EffectivePeriod.ALWAYS;
        private final List<Metric<?>> metrics = new ArrayList<>();
        private final List<Criterion> criteria = new ArrayList<>();
        private final List<Certification> certifications = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();

        private Builder(String id, String version) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
        }

        /** Sets the title. */
        public Builder title(String vi, String en) {
            this.title = Text.of(vi, en);
            return this;
        }

        /** Sets when the pack is in force. */
        public Builder effective(EffectivePeriod effective) {
            this.effective = Objects.requireNonNull(effective, "effective");
            return this;
        }

        /** Declares a metric of the pack's own. */
        public Builder metric(Metric<?> metric) {
            metrics.add(Objects.requireNonNull(metric, "metric"));
            return this;
        }

        /** Adds a criterion. */
        public Builder criterion(Criterion criterion) {
            criteria.add(Objects.requireNonNull(criterion, "criterion"));
            return this;
        }

        /** Adds a certification. */
        public Builder certification(Certification certification) {
            certifications.add(Objects.requireNonNull(certification, "certification"));
            return this;
        }

        /** Adds a target. */
        public Builder target(Target target) {
            targets.add(Objects.requireNonNull(target, "target"));
            return this;
        }

        /**
         * Checks the pack as a whole and returns it.
         *
         * @throws InvalidRulePackException listing every problem, if there is any
         */
        public RulePack build() {
            List<Problem> problems = new ArrayList<>();
            String where = "pack " + id;
            if (!ID.matcher(id).matches()) {
                problems.add(Problem.at(where, "mã gói chỉ gồm chữ thường, chữ số và . _ -",
                        "a pack id is 1 to 100 lower-case letters, digits and . _ -"));
            }
            if (version.isBlank()) {
                problems.add(Problem.at(where, "thiếu phiên bản", "the version is missing"));
            }
            if (title == null) {
                problems.add(Problem.at(where, "thiếu tên gói", "the title is missing"));
            }
            checkMetrics(where, problems::add);
            Map<String, Criterion> byId = new HashMap<>();
            for (Criterion c : criteria) {
                if (byId.putIfAbsent(c.id(), c) != null) {
                    problems.add(Problem.at(where + ", criterion " + c.id(), "mã tiêu chí bị trùng", "the criterion id is used twice"));
                }
            }
            for (Target t : targets) {
                if (byId.putIfAbsent(t.id(), t.indicator()) != null) {
                    problems.add(Problem.at(where + ", target " + t.id(), "mã chỉ tiêu trùng với một tiêu chí hoặc chỉ tiêu khác",
                            "the target id is already used by a criterion or target"));
                }
            }
            Map<String, Certification> certs = new HashMap<>();
            for (Certification c : certifications) {
                if (certs.putIfAbsent(c.id(), c) != null) {
                    problems.add(Problem.at(where + ", certification " + c.id(), "mã danh hiệu bị trùng",
                            "the certification id is used twice"));
                }
            }
            for (Criterion c : criteria) {
                checkMeasure(where + ", criterion " + c.id(), c, byId, certs, problems::add);
            }
            for (Target t : targets) {
                checkMeasure(where + ", target " + t.id(), t.indicator(), byId, certs, problems::add);
            }
            for (Certification c : certifications) {
                checkRequirement(where + ", certification " + c.id(), c, c.requirement(), byId, certs, problems::add);
            }
            if (!problems.isEmpty()) {
                throw new InvalidRulePackException(id, problems);
            }
            return new RulePack(this);
        }

        private void checkMetrics(String where, Consumer<Problem> sink) {
            Map<String, Metric<?>> seen = new HashMap<>();
            List<Metric<?>> used = new ArrayList<>(metrics);
            criteria.forEach(c -> used.addAll(c.measure().metrics()));
            targets.forEach(t -> used.addAll(t.indicator().measure().metrics()));
            // Follow wholes and aggregation sources, so two different metrics with one id are found at any depth.
            for (int i = 0; i < used.size(); i++) {
                Metric<?> m = used.get(i);
                m.whole().ifPresent(used::add);
                m.aggregation().ifPresent(a -> {
                    if (a instanceof Aggregation.HouseholdsWhere w) {
                        used.add(w.flag());
                    } else if (a instanceof Aggregation.HouseholdSum s) {
                        used.add(s.count());
                    }
                });
            }
            for (Metric<?> m : used) {
                Metric<?> earlier = seen.putIfAbsent(m.id(), m);
                if (earlier != null && !earlier.equals(m)) {
                    sink.accept(Problem.at(where + ", metric " + m.id(), "hai chỉ số khác nhau dùng chung một mã",
                            "two different metrics share this id"));
                    seen.put(m.id(), m);
                }
            }
        }

        private static void checkMeasure(String where, Criterion c, Map<String, Criterion> criteria,
                Map<String, Certification> certs, Consumer<Problem> sink) {
            if (c.measure() instanceof Measure.ChildrenMeeting m) {
                checkCriterionRef(where, m.criterionId(), m.level(), criteria, sink);
            } else if (c.measure() instanceof Measure.ChildrenCertified m) {
                checkCertificationRef(where, m.certificationId(), m.level(), certs, sink);
            }
        }

        private static void checkRequirement(String where, Certification owner, Requirement r, Map<String, Criterion> criteria,
                Map<String, Certification> certs, Consumer<Problem> sink) {
            if (r instanceof Requirement.AllOf g) {
                g.all().forEach(x -> checkRequirement(where, owner, x, criteria, certs, sink));
            } else if (r instanceof Requirement.AnyOf g) {
                g.any().forEach(x -> checkRequirement(where, owner, x, criteria, certs, sink));
            } else if (r instanceof Requirement.AtLeast g) {
                g.options().forEach(x -> checkRequirement(where, owner, x, criteria, certs, sink));
            } else if (r instanceof Requirement.Meets m) {
                checkCriterionRef(where, m.criterionId(), owner.level(), criteria, sink);
            } else if (r instanceof Requirement.ChildrenCertified cc) {
                if (!owner.level().isAbove(cc.level())) {
                    sink.accept(Problem.at(where, "cấp " + cc.level().label().vi() + " không thấp hơn " + owner.level().label().vi(),
                            "the level " + cc.level().label().en() + " is not below " + owner.level().label().en()));
                }
                checkCertificationRef(where, cc.certificationId(), cc.level(), certs, sink);
            }
        }

        /** A referenced criterion (or target) must exist and apply to units at {@code level}. */
        private static void checkCriterionRef(String where, String criterionId, AdminLevel level, Map<String, Criterion> criteria,
                Consumer<Problem> sink) {
            Criterion c = criteria.get(criterionId);
            if (c == null) {
                sink.accept(Problem.at(where, "tiêu chí '" + criterionId + "' không có trong gói",
                        "the criterion '" + criterionId + "' is not in the pack"));
            } else if (c.level() != level) {
                sink.accept(Problem.at(where, "tiêu chí '" + criterionId + "' áp dụng cho " + c.level().label().vi()
                                + ", không phải " + level.label().vi(),
                        "the criterion '" + criterionId + "' applies to a " + c.level().label().en() + ", not a " + level.label().en()));
            }
        }

        private static void checkCertificationRef(String where, String certId, AdminLevel level, Map<String, Certification> certs,
                Consumer<Problem> sink) {
            Certification cert = certs.get(certId);
            if (cert == null) {
                sink.accept(Problem.at(where, "danh hiệu '" + certId + "' không có trong gói",
                        "the certification '" + certId + "' is not in the pack"));
            } else if (cert.level() != level) {
                sink.accept(Problem.at(where, "danh hiệu '" + certId + "' dành cho " + cert.level().label().vi()
                                + ", không phải " + level.label().vi(),
                        "the certification '" + certId + "' is for a " + cert.level().label().en() + ", not a " + level.label().en()));
            }
        }
    }
}
