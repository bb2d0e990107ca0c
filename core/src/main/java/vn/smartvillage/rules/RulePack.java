package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apiguardian.api.API;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.internal.IdGrammar;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.location.Places.Kind;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.origin.Origins;
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
 *
 * <p>A pack names metrics of two kinds: those it declares ({@link #metrics()}), and those of its
 * <em>vocabulary</em> ({@link #vocabulary()}), a set of metrics shared by many packs (such as a country's)
 * that it names without declaring them. A pack read by a registry ({@code RulePackRegistry}) has the
 * registry's vocabulary; a pack built in Java has the one given to {@link Builder#vocabulary}.
 */
@API(status = STABLE, since = "0.1")
public final class RulePack {

    static {
        // The pack reader says where each element was defined and where each rule came from through this;
        // the public builder does not.
        Origins.register(new Origins.PackOrigins<Builder, Metric<?>, Criterion, Certification, Target, Origin>() {
            @Override
            public void metric(Builder builder, Metric<?> metric, Location location) {
                builder.metric(metric, location);
            }

            @Override
            public void criterion(Builder builder, Criterion criterion, Location location) {
                builder.criterion(criterion, location);
            }

            @Override
            public void certification(Builder builder, Certification certification, Location location) {
                builder.certification(certification, location);
            }

            @Override
            public void target(Builder builder, Target target, Location location) {
                builder.target(target, location);
            }

            @Override
            public void origin(Builder builder, String ruleId, Origin origin) {
                builder.origin(ruleId, origin);
            }

            @Override
            public void ancestors(Builder builder, List<String> packs) {
                builder.ancestors(packs);
            }
        });
    }

    private final String id;
    private final String version;
    private final Text title;
    private final EffectivePeriod effective;
    private final Area area;
    private final List<Metric<?>> metrics;
    private final List<Metric<?>> vocabulary;
    private final Set<Metric<?>> vocabularySet;
    private final List<Criterion> criteria;
    private final List<Certification> certifications;
    private final List<Target> targets;
    private final Map<String, Criterion> criteriaById;
    private final Map<String, Certification> certificationsById;
    private final Map<String, Origin> origins;
    private final List<String> lineage;

    private RulePack(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.title = b.title;
        this.effective = b.effective;
        this.area = b.area;
        this.metrics = b.metrics.stream().<Metric<?>>map(Located::value).toList();
        Map<String, Metric<?>> given = new LinkedHashMap<>();
        b.vocabulary.forEach(m -> given.putIfAbsent(m.id(), m));
        this.vocabulary = List.copyOf(given.values());
        this.vocabularySet = Set.copyOf(vocabulary);
        this.criteria = b.criteria.stream().map(Located::value).toList();
        this.certifications = b.certifications.stream().map(Located::value).toList();
        this.targets = b.targets.stream().map(Located::value).toList();
        this.origins = Map.copyOf(b.origins);
        List<String> line = new ArrayList<>();
        line.add(id + "@" + version);
        line.addAll(b.ancestors);
        this.lineage = List.copyOf(line);
        Map<String, Criterion> crit = new LinkedHashMap<>();
        criteria.forEach(c -> crit.put(c.id(), c));
        this.criteriaById = java.util.Collections.unmodifiableMap(crit);
        Map<String, Certification> certs = new LinkedHashMap<>();
        certifications.forEach(c -> certs.put(c.id(), c));
        this.certificationsById = java.util.Collections.unmodifiableMap(certs);
    }

    /**
     * {@return a builder for version {@code version} of the pack {@code id}}
     *
     * @param id      the pack's id, not null: 1 to 100 lower-case letters, digits and {@code . _ -}, starting
     *                with a letter or digit, such as {@code "example.smart-village"} (checked by
     *                {@link Builder#build()})
     * @param version the pack's version, not null and not blank, such as {@code "2023.1"}
     */
    public static Builder builder(String id, String version) {
        return new Builder(id, version);
    }

    /** {@return the pack's id, such as {@code "example.smart-village"}} */
    public String id() {
        return id;
    }

    /** {@return the pack's version, such as {@code "2023.1"}} */
    public String version() {
        return version;
    }

    /** {@return the title in Vietnamese and English} */
    public Text title() {
        return title;
    }

    /** {@return when the pack is in force} */
    public EffectivePeriod effective() {
        return effective;
    }

    /**
     * {@return the geography the pack governs, by official codes, and until when its units existed; empty when
     * the pack does not say (a national pack)} A pack resolved over a parent without an area of its own
     * governs its parent's.
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1")
    public Optional<Area> area() {
        return Optional.ofNullable(area);
    }

    /**
     * {@return the metrics the pack declares itself (and, resolved over a parent, those its parent
     * declares), in declaration order} The metrics of its {@link #vocabulary()} are not listed here, unless
     * the pack declares one of them again.
     */
    public List<Metric<?>> metrics() {
        return metrics;
    }

    /**
     * {@return the metrics the pack may name without declaring them: the vocabulary it was read against
     * (a registry's, such as Vietnam's metrics), or given in Java by {@link Builder#vocabulary}; one of each
     * id, in the order given; unmodifiable} A document written from the pack leaves them out, so it is read
     * back against the same vocabulary. Empty for a pack that declares every metric it names.
     */
    public List<Metric<?>> vocabulary() {
        return vocabulary;
    }

    /** {@return the criteria, in declaration order} */
    public List<Criterion> criteria() {
        return criteria;
    }

    /** {@return the certifications, in declaration order} */
    public List<Certification> certifications() {
        return certifications;
    }

    /** {@return the targets, in declaration order} */
    public List<Target> targets() {
        return targets;
    }

    /**
     * {@return the criterion with the given id, or empty} A target's id is not found here; see
     * {@link #target}.
     *
     * @param criterionId the criterion's id, such as {@code "example.village.electronic-id"}
     */
    public Optional<Criterion> criterion(String criterionId) {
        return Optional.ofNullable(criteriaById.get(criterionId));
    }

    /**
     * {@return the certification with the given id, or empty}
     *
     * @param certificationId the certification's id in this pack
     */
    public Optional<Certification> certification(String certificationId) {
        return Optional.ofNullable(certificationsById.get(certificationId));
    }

    /**
     * {@return the target with the given id, or empty}
     *
     * @param targetId the target's id in this pack
     */
    public Optional<Target> target(String targetId) {
        return targets.stream().filter(t -> t.id().equals(targetId)).findFirst();
    }

    /**
     * {@return where the criterion or target {@code id} comes from: the pack that defined it and the
     * packs that changed it} A rule the builder was told nothing about was defined in this pack.
     *
     * @param id the id of a criterion or target of this pack; any other id gives empty
     */
    public Optional<Origin> origin(String id) {
        if (criteriaById.containsKey(id) || target(id).isPresent()) {
            return Optional.of(origins.getOrDefault(id, Origin.definedIn(this.id + "@" + version)));
        }
        return Optional.empty();
    }

    /**
     * {@return this pack and the packs it extends, nearest first, each as {@code "id@version"}: a
     * province pack that extends the national one gives {@code [province@v, national@v]}}
     */
    public List<String> lineage() {
        return lineage;
    }

    /**
     * Two packs are equal when their rules are: id, version, title, dates, area, metrics, vocabulary (as a set),
     * criteria, certifications and targets. Where the rules came from ({@link #origin}, {@link #lineage})
     * is not compared, so that a pack written out flat and read back against the same vocabulary equals
     * the pack it was resolved from.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RulePack p && id.equals(p.id) && version.equals(p.version) && title.equals(p.title)
                && effective.equals(p.effective) && Objects.equals(area, p.area) && metrics.equals(p.metrics) && vocabularySet.equals(p.vocabularySet)
                && criteria.equals(p.criteria)
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

    /** An element with the place it was defined, for problem reports; {@code null} when not known. */
    private record Located<T>(T value, Location location) {
    }

    /** Builds a {@link RulePack}; not thread-safe. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private final String id;
        private final String version;
        private Text title;
        private EffectivePeriod effective = EffectivePeriod.ALWAYS;
        private Area area;
        private final List<Located<Metric<?>>> metrics = new ArrayList<>();
        private final List<Metric<?>> vocabulary = new ArrayList<>();
        private final List<Located<Criterion>> criteria = new ArrayList<>();
        private final List<Located<Certification>> certifications = new ArrayList<>();
        private final List<Located<Target>> targets = new ArrayList<>();
        private final Map<String, Origin> origins = new HashMap<>();
        private final List<String> ancestors = new ArrayList<>();

        private Builder(String id, String version) {
            this.id = Objects.requireNonNull(id, "id");
            this.version = Objects.requireNonNull(version, "version");
        }

        /**
         * Sets the title, which every pack needs.
         *
         * @param vi the title in Vietnamese, not blank
         * @param en the title in English, not blank
         * @return this builder
         * @throws IllegalArgumentException if either title is blank
         */
        public Builder title(String vi, String en) {
            return title(Text.of(vi, en));
        }

        /**
         * Sets the title, which every pack needs.
         *
         * @param title the title in Vietnamese and English, not null
         * @return this builder
         */
        public Builder title(Text title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Sets when the pack is in force; without it, the pack is always in force.
         *
         * @param effective the first and, if any, last day the pack is in force; not null
         * @return this builder
         */
        public Builder effective(EffectivePeriod effective) {
            this.effective = Objects.requireNonNull(effective, "effective");
            return this;
        }

        /**
         * Sets the geography the pack governs; without it, the pack states none.
         *
         * @param area the units the pack governs and, if they ceased to exist, until when; not null
         * @return this builder
         */
        @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1")
        public Builder area(Area area) {
            this.area = Objects.requireNonNull(area, "area");
            return this;
        }

        /**
         * Adds metrics to the pack's vocabulary: metrics it may name without declaring them, shared with
         * other packs (such as a country's); see {@link RulePack#vocabulary()}.
         *
         * @param metrics the metrics, not null, none null; added to those of earlier calls. A metric whose
         *                id is given twice is kept once; two different metrics with one id are a problem that
         *                {@link #build()} reports
         * @return this builder
         */
        public Builder vocabulary(java.util.Collection<? extends Metric<?>> metrics) {
            metrics.forEach(m -> vocabulary.add(Objects.requireNonNull(m, "metric")));
            return this;
        }

        /**
         * Declares a metric of the pack's own.
         *
         * @param metric a metric the pack defines itself, beside those of its {@linkplain #vocabulary
         *               vocabulary}; not null
         * @return this builder
         */
        public Builder metric(Metric<?> metric) {
            return metric(metric, null);
        }

        /**
         * Declares a metric of the pack's own, defined at {@code location} (such as a file and a JSON
         * pointer), which problem reports then name.
         *
         * @param metric   a metric the pack defines itself, beside those of its {@linkplain #vocabulary
         *                 vocabulary}; not null
         * @param location where the metric is defined, or {@code null} when not known
         * @return this builder
         */
        Builder metric(Metric<?> metric, Location location) {
            metrics.add(new Located<>(Objects.requireNonNull(metric, "metric"), location));
            return this;
        }

        /**
         * Adds a criterion.
         *
         * @param criterion the criterion, not null; its id must differ from every other criterion's and
         *                  target's in the pack
         * @return this builder
         */
        public Builder criterion(Criterion criterion) {
            return criterion(criterion, null);
        }

        /**
         * Adds a criterion defined at {@code location}, which problem reports then name.
         *
         * @param criterion the criterion, not null; its id must differ from every other criterion's and
         *                  target's in the pack
         * @param location  where the criterion is defined, such as a file and a JSON pointer, or {@code null}
         *                  when not known
         * @return this builder
         */
        Builder criterion(Criterion criterion, Location location) {
            criteria.add(new Located<>(Objects.requireNonNull(criterion, "criterion"), location));
            return this;
        }

        /**
         * Adds a certification.
         *
         * @param certification the certification, not null; its id must differ from every other
         *                      certification's in the pack
         * @return this builder
         */
        public Builder certification(Certification certification) {
            return certification(certification, null);
        }

        /**
         * Adds a certification defined at {@code location}, which problem reports then name.
         *
         * @param certification the certification, not null; its id must differ from every other
         *                      certification's in the pack
         * @param location      where the certification is defined, such as a file and a JSON pointer, or
         *                      {@code null} when not known
         * @return this builder
         */
        Builder certification(Certification certification, Location location) {
            certifications.add(new Located<>(Objects.requireNonNull(certification, "certification"), location));
            return this;
        }

        /**
         * Adds a target.
         *
         * @param target the target, not null; its id must differ from every criterion's and other target's in
         *               the pack
         * @return this builder
         */
        public Builder target(Target target) {
            return target(target, null);
        }

        /**
         * Adds a target defined at {@code location}, which problem reports then name.
         *
         * @param target   the target, not null; its id must differ from every criterion's and other target's
         *                 in the pack
         * @param location where the target is defined, such as a file and a JSON pointer, or {@code null} when
         *                 not known
         * @return this builder
         */
        Builder target(Target target, Location location) {
            targets.add(new Located<>(Objects.requireNonNull(target, "target"), location));
            return this;
        }

        /**
         * Records where the criterion or target {@code ruleId} comes from; see {@link RulePack#origin}.
         *
         * @param ruleId the id of a criterion or target of the pack, not null
         * @param origin the pack that defined the rule and those that changed it, not null; replaces an
         *               origin recorded before for the same id
         * @return this builder
         */
        Builder origin(String ruleId, Origin origin) {
            origins.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(origin, "origin"));
            return this;
        }

        /**
         * Records the packs this pack extends, nearest first, each {@code "id@version"}; see {@link RulePack#lineage}.
         *
         * @param packs the packs extended, nearest first, not null; empty for a pack that extends none;
         *              replaces the packs recorded before
         * @return this builder
         */
        Builder ancestors(List<String> packs) {
            ancestors.clear();
            ancestors.addAll(packs);
            return this;
        }

        /**
         * Checks the pack as a whole and returns it.
         *
         * @return the immutable pack
         * @throws SmartVillageException listing every problem, if there is any
         */
        public RulePack build() {
            List<Problem> problems = new ArrayList<>();
            Location where = Places.pack(id);
            if (!IdGrammar.RULE.matches(id)) {
                problems.add(Problem.of("pack.id.syntax", where));
            }
            if (version.isBlank()) {
                problems.add(Problem.of("pack.version.missing", where));
            }
            if (title == null) {
                problems.add(Problem.of("pack.title.missing", where));
            }
            checkMetrics(where, problems::add);
            Map<String, Criterion> byId = new HashMap<>();
            for (Located<Criterion> c : criteria) {
                if (byId.putIfAbsent(c.value().id(), c.value()) != null) {
                    problems.add(Problem.of("pack.criterion.duplicate", at(c, element(where, Kind.CRITERION, c.value().id()))));
                }
            }
            for (Located<Target> t : targets) {
                if (byId.putIfAbsent(t.value().id(), t.value().indicator()) != null) {
                    problems.add(Problem.of("pack.target.duplicate", at(t, element(where, Kind.TARGET, t.value().id()))));
                }
            }
            Map<String, Certification> certs = new HashMap<>();
            for (Located<Certification> c : certifications) {
                if (certs.putIfAbsent(c.value().id(), c.value()) != null) {
                    problems.add(Problem.of("pack.certification.duplicate", at(c, element(where, Kind.CERTIFICATION, c.value().id()))));
                }
            }
            for (Located<Criterion> c : criteria) {
                checkMeasure(at(c, element(where, Kind.CRITERION, c.value().id())), c.value(), byId, certs, problems::add);
            }
            for (Located<Target> t : targets) {
                checkMeasure(at(t, element(where, Kind.TARGET, t.value().id())), t.value().indicator(), byId, certs, problems::add);
            }
            for (Located<Certification> c : certifications) {
                checkRequirement(at(c, element(where, Kind.CERTIFICATION, c.value().id())), c.value(), c.value().requirement(), byId,
                        certs, problems::add);
            }
            if (!problems.isEmpty()) {
                throw invalid(id, problems);
            }
            return new RulePack(this);
        }

        /** Where a loader read the element, or else the element of the pack. */
        private static Location at(Located<?> element, Location fallback) {
            return element.location() != null ? element.location() : fallback;
        }

        private static Location element(Location pack, Kind kind, String id) {
            return Places.packElement(pack, kind, id);
        }

        private void checkMetrics(Location where, Consumer<Problem> sink) {
            Map<String, Metric<?>> seen = new HashMap<>();
            List<Metric<?>> used = new ArrayList<>(vocabulary);
            metrics.forEach(m -> used.add(m.value()));
            criteria.forEach(c -> used.addAll(c.value().measure().metrics()));
            targets.forEach(t -> used.addAll(t.value().indicator().measure().metrics()));
            // Follow wholes and aggregation sources, so two different metrics with one id are found at any depth.
            for (int i = 0; i < used.size(); i++) {
                Metric<?> m = used.get(i);
                m.whole().ifPresent(used::add);
                m.aggregation().flatMap(Aggregation::householdMetric).ifPresent(used::add);
            }
            // Each id once: a metric and its wholes are met again as the walk follows them.
            java.util.Set<String> reported = new java.util.HashSet<>();
            for (Metric<?> m : used) {
                Metric<?> earlier = seen.putIfAbsent(m.id(), m);
                if (earlier != null && !earlier.equals(m) && reported.add(m.id())) {
                    sink.accept(Problem.of("pack.metric.conflict", element(where, Kind.METRIC, m.id())));
                    seen.put(m.id(), m);
                }
            }
        }

        private static void checkMeasure(Location where, Criterion c, Map<String, Criterion> criteria,
                Map<String, Certification> certs, Consumer<Problem> sink) {
            if (c.measure() instanceof Measures.ChildrenMeeting m) {
                checkCriterionRef(where, m.criterionId(), m.level(), criteria, sink);
            } else if (c.measure() instanceof Measures.ChildrenCertified m) {
                checkCertificationRef(where, m.certificationId(), m.level(), certs, sink);
            }
        }

        private static void checkRequirement(Location where, Certification owner, Requirement r, Map<String, Criterion> criteria,
                Map<String, Certification> certs, Consumer<Problem> sink) {
            if (r instanceof Requirements.AllOf g) {
                g.all().forEach(x -> checkRequirement(where, owner, x, criteria, certs, sink));
            } else if (r instanceof Requirements.AnyOf g) {
                g.any().forEach(x -> checkRequirement(where, owner, x, criteria, certs, sink));
            } else if (r instanceof Requirements.AtLeast g) {
                g.options().forEach(x -> checkRequirement(where, owner, x, criteria, certs, sink));
            } else if (r instanceof Requirements.Meets m) {
                checkCriterionRef(where, m.criterionId(), owner.level(), criteria, sink);
            } else if (r instanceof Requirements.ChildrenCertified cc) {
                if (!owner.level().isAbove(cc.level())) {
                    sink.accept(Problem.of("pack.requirement.levelNotBelow", where, "level", cc.level().label(), "owner", owner.level().label()));
                }
                checkCertificationRef(where, cc.certificationId(), cc.level(), certs, sink);
            }
        }

        /** A referenced criterion (or target) must exist and apply to units at {@code level}. */
        private static void checkCriterionRef(Location where, String criterionId, AdminLevel level, Map<String, Criterion> criteria,
                Consumer<Problem> sink) {
            Criterion c = criteria.get(criterionId);
            if (c == null) {
                sink.accept(Problem.of("pack.criterion.unknown", where, "criterion", criterionId));
            } else if (c.level() != level) {
                sink.accept(Problem.of("pack.criterion.wrongLevel", where, "criterion", criterionId, "level", c.level().label(),
                        "expected", level.label()));
            }
        }

        private static void checkCertificationRef(Location where, String certId, AdminLevel level, Map<String, Certification> certs,
                Consumer<Problem> sink) {
            Certification cert = certs.get(certId);
            if (cert == null) {
                sink.accept(Problem.of("pack.certification.unknown", where, "certification", certId));
            } else if (cert.level() != level) {
                sink.accept(Problem.of("pack.certification.wrongLevel", where, "certification", certId, "level", cert.level().label(),
                        "expected", level.label()));
            }
        }
    }

    /** The exception for the problems of the rule pack {@code packId}, at least one. */
    private static SmartVillageException invalid(String packId, List<Problem> problems) {
        return new SmartVillageException(Strings.problemsSummary("the rule pack '" + packId + "' has", problems.size()), problems);
    }

}
