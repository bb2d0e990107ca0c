package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.IdGrammar;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Component;
import vn.smartvillage.model.Pillar;

/**
 * A rule a unit at one level meets or not: a measure compared with a threshold, with its citation.
 *
 * <p>Build one with {@link #builder(String)}; the builder fails fast, naming the criterion and the value
 * that is wrong. A part a criterion may lack (its pillar, its component) is empty ({@link Optional}), never
 * {@code null}. Instances are immutable; two criteria are equal when all their parts are.
 */
@API(status = STABLE, since = "0.1")
public final class Criterion {

    private final String id;
    private final Text name;
    private final AdminLevel level;
    private final Pillar pillar;
    private final Component component;
    private final Measure measure;
    private final Threshold threshold;
    private final Citation citation;
    private final EffectivePeriod effective;
    private final WhenEmpty whenEmpty;
    /** The count that says which units the rule applies to, and the value it must have there; null and 0 when it applies to all. */
    private final Metric<Long> scope;
    private final long scopeValue;

    /**
     * Checks the parts and how they fit together; {@code pillar}, {@code component} and {@code scope} are null
     * when absent.
     */
    private Criterion(String id, Text name, AdminLevel level, Pillar pillar, Component component, Measure measure,
            Threshold threshold, Citation citation, EffectivePeriod effective, WhenEmpty whenEmpty, Metric<Long> scope,
            long scopeValue) {
        Objects.requireNonNull(id, "id");
        String where = "criterion '" + id + "': ";
        if (!IdGrammar.RULE.matches(id)) {
            throw new IllegalArgumentException(where + "an id is 1 to 100 lower-case letters, digits and . _ -");
        }
        Objects.requireNonNull(name, where + "name");
        Objects.requireNonNull(level, where + "level");
        Objects.requireNonNull(measure, where + "measure");
        Objects.requireNonNull(threshold, where + "threshold");
        Objects.requireNonNull(citation, where + "citation");
        Objects.requireNonNull(effective, where + "effective");
        Objects.requireNonNull(whenEmpty, where + "whenEmpty");
        if (level == AdminLevel.HOUSEHOLD) {
            throw new IllegalArgumentException(where + "criteria apply to units, not households; "
                    + "count households with a village metric instead");
        }
        if (measure.isShare() != threshold.percent()) {
            throw new IllegalArgumentException(where + (measure.isShare()
                    ? "a share needs a percentage threshold, got " + threshold
                    : "a count or flag needs an absolute threshold, got " + threshold));
        }
        if (!measure.isEncoded() && !threshold.equals(Threshold.holds())) {
            throw new IllegalArgumentException(where + "a rule not yet encoded has no threshold, got " + threshold);
        }
        for (Metric<?> m : measure.metrics()) {
            if (!m.appliesTo(level)) {
                throw new IllegalArgumentException(where + "metric '" + m.id() + "' describes a " + m.level().label().en()
                        + (m.level() == AdminLevel.HOUSEHOLD ? "; use a village count that aggregates it" : " or above")
                        + ", so a " + level.label().en() + " cannot have it");
            }
        }
        if (scope != null) {
            if (scope.type() != vn.smartvillage.metric.ValueType.COUNT) {
                throw new IllegalArgumentException(where + "it applies where a count has a value, and '" + scope.id() + "' is not a count");
            }
            if (!scope.appliesTo(level) || scope.level() != level) {
                throw new IllegalArgumentException(where + "it applies where '" + scope.id() + "' has a value, which describes a "
                        + scope.level().label().en() + ", not a " + level.label().en());
            }
            if (scopeValue < 0) {
                throw new IllegalArgumentException(where + "a count is never negative, so it cannot apply where '" + scope.id()
                        + "' is " + scopeValue);
            }
        }
        Optional<AdminLevel> childLevel = measure.childLevel();
        if (childLevel.isPresent() && !level.isAbove(childLevel.get())) {
            throw new IllegalArgumentException(where + "children at level " + childLevel.get() + " are not below " + level);
        }
        this.id = id;
        this.name = name;
        this.level = level;
        this.pillar = pillar;
        this.component = component;
        this.measure = measure;
        this.threshold = threshold;
        this.citation = citation;
        this.effective = effective;
        this.whenEmpty = whenEmpty;
        this.scope = scope;
        this.scopeValue = scope == null ? 0 : scopeValue;
    }

    /**
     * {@return a builder for the criterion {@code id}}
     *
     * @param id the criterion's id, unique in its rule pack: 1 to 100 lower-case letters, digits and
     *           {@code . _ -}, such as {@code "bg.village.electronic-id"}; not null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** {@return the id, unique in its rule pack, such as {@code "bg.smart-village.electronic-id"}} */
    public String id() {
        return id;
    }

    /** {@return the name in Vietnamese and English} */
    public Text name() {
        return name;
    }

    /** {@return the level of the units it applies to; never {@link AdminLevel#HOUSEHOLD}} */
    public AdminLevel level() {
        return level;
    }

    /** {@return the digital-transformation pillar, or empty for infrastructure and cross-cutting rules} */
    public Optional<Pillar> pillar() {
        return Optional.ofNullable(pillar);
    }

    /** {@return the smart-village component, or empty} */
    public Optional<Component> component() {
        return Optional.ofNullable(component);
    }

    /** {@return what is measured} */
    public Measure measure() {
        return measure;
    }

    /**
     * {@return what the measure must reach: a percentage for shares, absolute otherwise, and
     * {@link Threshold#holds()} for a rule not yet encoded}
     */
    public Threshold threshold() {
        return threshold;
    }

    /** {@return where the rule comes from} */
    public Citation citation() {
        return citation;
    }

    /** {@return when the rule is in force} */
    public EffectivePeriod effective() {
        return effective;
    }

    /** {@return what a share concludes when there is nothing to share (0 of 0)} */
    public WhenEmpty whenEmpty() {
        return whenEmpty;
    }

    /**
     * {@return the count that says which units at its level the criterion applies to, or empty when it applies
     * to every one} A criterion with one, such as an indicator of one commune group, applies only to the units
     * whose count equals {@link #appliesWhereValue()}; for any other value it is {@code NOT_APPLICABLE}, and where
     * the count is not stated it is {@code MISSING_DATA}, naming the count: the unit's case is never guessed.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public Optional<Metric<Long>> appliesWhere() {
        return Optional.ofNullable(scope);
    }

    /**
     * {@return the value {@link #appliesWhere()} must have for the criterion to apply, or empty when it applies
     * to every unit at its level}
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public OptionalLong appliesWhereValue() {
        return scope == null ? OptionalLong.empty() : OptionalLong.of(scopeValue);
    }

    /**
     * {@return {@code true} if the criterion is encoded; {@code false} if it is listed but not yet encoded
     * ({@link Measure#notEncoded}), and so is never decided}
     */
    public boolean isEncoded() {
        return measure.isEncoded();
    }

    /**
     * {@return a copy whose measure must reach {@code threshold} instead, as a pack that changes its parent's
     * threshold has it}
     *
     * @param threshold the new threshold, not null: a percentage for a share, absolute otherwise
     * @throws IllegalArgumentException if the threshold does not fit the measure, as {@link Builder#build()} would
     */
    public Criterion withThreshold(Threshold threshold) {
        return new Criterion(id, name, level, pillar, component, measure, Objects.requireNonNull(threshold, "threshold"), citation,
                effective, whenEmpty, scope, scopeValue);
    }

    /**
     * {@return a copy citing {@code citation} instead}
     *
     * @param citation where the rule now comes from, not null
     */
    public Criterion withCitation(Citation citation) {
        return new Criterion(id, name, level, pillar, component, measure, threshold, Objects.requireNonNull(citation, "citation"),
                effective, whenEmpty, scope, scopeValue);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Criterion c && id.equals(c.id) && name.equals(c.name) && level == c.level && pillar == c.pillar
                && component == c.component && measure.equals(c.measure) && threshold.equals(c.threshold)
                && citation.equals(c.citation) && effective.equals(c.effective) && whenEmpty == c.whenEmpty
                && Objects.equals(scope, c.scope) && scopeValue == c.scopeValue;
    }

    @Override
    public int hashCode() {
        int h = id.hashCode();
        h = 31 * h + name.hashCode();
        h = 31 * h + level.hashCode();
        h = 31 * h + Objects.hashCode(pillar);
        h = 31 * h + Objects.hashCode(component);
        h = 31 * h + measure.hashCode();
        h = 31 * h + threshold.hashCode();
        h = 31 * h + citation.hashCode();
        h = 31 * h + effective.hashCode();
        h = 31 * h + whenEmpty.hashCode();
        // A criterion that applies to all units hashes as before the scope existed.
        return scope == null ? h : 31 * (31 * h + scope.hashCode()) + Long.hashCode(scopeValue);
    }

    /** Returns the parts as a record writes them, an absent pillar or component as {@code null}. */
    @Override
    public String toString() {
        return "Criterion[id=" + id + ", name=" + name + ", level=" + level + ", pillar=" + pillar + ", component=" + component
                + ", measure=" + measure + ", threshold=" + threshold + ", citation=" + citation + ", effective=" + effective
                + ", whenEmpty=" + whenEmpty + (scope == null ? "" : ", appliesWhere=" + scope.id() + " = " + scopeValue) + "]";
    }

    /** Builds a {@link Criterion}; defaults: in force always, a share of nothing does not apply. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private final String id;
        private Text name;
        private AdminLevel level;
        private Pillar pillar;
        private Component component;
        private Measure measure;
        private Threshold threshold;
        private Citation citation;
        private EffectivePeriod effective = EffectivePeriod.ALWAYS;
        private WhenEmpty whenEmpty = WhenEmpty.NOT_APPLICABLE;
        private Metric<Long> scope;
        private long scopeValue;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the name in Vietnamese and English; every criterion needs one.
         *
         * @param vi the name in Vietnamese, not blank
         * @param en the name in English, not blank
         * @return this builder
         * @throws IllegalArgumentException if either name is blank
         */
        public Builder name(String vi, String en) {
            return name(Text.of(vi, en));
        }

        /**
         * Sets the name in Vietnamese and English; every criterion needs one.
         *
         * @param name the name, not null
         * @return this builder
         */
        public Builder name(Text name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the level of the units the criterion applies to; every criterion needs one.
         *
         * @param level a level above the household
         * @return this builder
         */
        public Builder level(AdminLevel level) {
            this.level = Objects.requireNonNull(level, "level");
            return this;
        }

        /**
         * Sets the pillar; by default a criterion has none (infrastructure and cross-cutting rules).
         *
         * @param pillar the digital-transformation pillar, not null
         * @return this builder
         */
        public Builder pillar(Pillar pillar) {
            this.pillar = Objects.requireNonNull(pillar, "pillar");
            return this;
        }

        /**
         * Sets the smart-village component; by default a criterion has none.
         *
         * @param component the component, not null
         * @return this builder
         */
        public Builder component(Component component) {
            this.component = Objects.requireNonNull(component, "component");
            return this;
        }

        /**
         * Sets the measure and its threshold; every criterion needs them.
         *
         * @param measure   what is measured, such as a ratio of two metrics (see {@link Measure})
         * @param threshold what the measure must reach: a percentage for a share, absolute otherwise
         * @return this builder
         */
        public Builder measure(Measure measure, Threshold threshold) {
            this.measure = Objects.requireNonNull(measure, "measure");
            this.threshold = Objects.requireNonNull(threshold, "threshold");
            return this;
        }

        /**
         * Sets a flag measure: met when the flag holds.
         *
         * @param flag the yes/no fact read, not null, such as "the cultural house has Wi-Fi"
         * @return this builder
         */
        public Builder flag(Metric<Boolean> flag) {
            return measure(Measure.flag(flag), Threshold.holds());
        }

        /**
         * Marks the criterion as not yet encoded: its source names it, its measure or threshold is not known.
         *
         * @param whyVi why it is not encoded, in Vietnamese, not blank; evaluation results quote it in their
         *              reason
         * @param whyEn the same in English, not blank
         * @return this builder
         */
        public Builder notEncoded(String whyVi, String whyEn) {
            return measure(Measure.notEncoded(whyVi, whyEn), Threshold.holds());
        }

        /**
         * Sets the citation; every criterion needs one.
         *
         * @param citation where the rule comes from: the legal document and, where known, the article in it
         * @return this builder
         */
        public Builder citation(Citation citation) {
            this.citation = Objects.requireNonNull(citation, "citation");
            return this;
        }

        /**
         * Sets when the criterion is in force; by default, always.
         *
         * @param effective the first and, if any, last day the criterion is in force
         * @return this builder
         */
        public Builder effective(EffectivePeriod effective) {
            this.effective = Objects.requireNonNull(effective, "effective");
            return this;
        }

        /**
         * Sets what a share concludes when there is nothing to share; by default it does not apply.
         *
         * @param whenEmpty the verdict for 0 of 0
         * @return this builder
         */
        public Builder whenEmpty(WhenEmpty whenEmpty) {
            this.whenEmpty = Objects.requireNonNull(whenEmpty, "whenEmpty");
            return this;
        }

        /**
         * Makes the criterion apply only to the units whose count {@code metric} is {@code value}, such as the
         * communes of one group; by default it applies to every unit at its level. For another value it is
         * {@code NOT_APPLICABLE}; where the count is not stated it is {@code MISSING_DATA}, naming the count.
         *
         * @param metric a count describing units at the criterion's level, not null, such as a commune's group
         * @param value  the value it must have, zero or more
         * @return this builder
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public Builder appliesWhere(Metric<Long> metric, long value) {
            this.scope = Objects.requireNonNull(metric, "metric");
            this.scopeValue = value;
            return this;
        }

        /**
         * {@return the criterion; throws naming the first part that is missing or wrong}
         *
         * @throws IllegalStateException    if the name, level, measure or citation was not set; the message names
         *                                  the criterion and the part, such as {@code "criterion 'x': citation is
         *                                  not set"}
         * @throws IllegalArgumentException if the parts do not fit together, such as a share with an absolute
         *                                  threshold
         */
        public Criterion build() {
            String where = "criterion '" + id + "': ";
            require(name, where + "name");
            require(level, where + "level");
            require(measure, where + "measure");
            require(threshold, where + "threshold");
            require(citation, where + "citation");
            return new Criterion(id, name, level, pillar, component, measure, threshold, citation, effective, whenEmpty, scope,
                    scopeValue);
        }

        private static void require(Object part, String what) {
            if (part == null) {
                throw new IllegalStateException(what + " is not set");
            }
        }
    }
}
