package vn.smartvillage.rules;

import java.util.Objects;
import java.util.Optional;

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
 * that is wrong.
 *
 * @param id        the id, unique in its rule pack, such as {@code "bg.smart-village.electronic-id"}
 * @param name      the name in Vietnamese and English
 * @param level     the level of the units it applies to; never {@link AdminLevel#HOUSEHOLD}
 * @param pillar    the digital-transformation pillar, or {@code null} for infrastructure and
 *                  cross-cutting rules
 * @param component the smart-village component, or {@code null}
 * @param measure   what is measured
 * @param threshold what the measure must reach: a percentage for shares, absolute otherwise
 * @param citation  where the rule comes from
 * @param effective when the rule is in force
 * @param whenEmpty what a share concludes when there is nothing to share (0 of 0)
 */
public record Criterion(String id, Text name, AdminLevel level, Pillar pillar, Component component, Measure measure,
        Threshold threshold, Citation citation, EffectivePeriod effective, WhenEmpty whenEmpty) {

    /**
     * Checks the parts and how they fit together.
     *
     * @param id        the id, unique in its rule pack: 1 to 100 lower-case letters, digits and {@code . _ -},
     *                  starting with a letter or digit; not null
     * @param name      the name in Vietnamese and English, not null
     * @param level     the level of the units it applies to, not null and not {@link AdminLevel#HOUSEHOLD};
     *                  every metric of the measure must describe this level or a level below it
     * @param pillar    the digital-transformation pillar, or {@code null} for infrastructure and
     *                  cross-cutting rules
     * @param component the smart-village component, or {@code null}
     * @param measure   what is measured, not null; a measure over children must count a level below
     *                  {@code level}
     * @param threshold what the measure must reach, not null: a percentage for shares, absolute otherwise,
     *                  and {@link Threshold#holds()} for a rule not yet encoded
     * @param citation  where the rule comes from, not null
     * @param effective when the rule is in force, not null
     * @param whenEmpty what a share concludes when there is nothing to share (0 of 0), not null
     * @throws NullPointerException     if a part other than the pillar or component is {@code null}
     * @throws IllegalArgumentException if the id is malformed or the parts do not fit together; the message
     *                                  names the criterion and the wrong value
     */
    public Criterion {
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
        if (measure instanceof Measure.NotEncoded && !threshold.equals(Threshold.holds())) {
            throw new IllegalArgumentException(where + "a rule not yet encoded has no threshold, got " + threshold);
        }
        for (Metric<?> m : measure.metrics()) {
            if (!m.appliesTo(level)) {
                throw new IllegalArgumentException(where + "metric '" + m.id() + "' describes a " + m.level().label().en()
                        + (m.level() == AdminLevel.HOUSEHOLD ? "; use a village count that aggregates it" : " or above")
                        + ", so a " + level.label().en() + " cannot have it");
            }
        }
        AdminLevel childLevel = measure instanceof Measure.ChildrenMeeting c ? c.level()
                : measure instanceof Measure.ChildrenCertified c ? c.level() : null;
        if (childLevel != null && !level.isAbove(childLevel)) {
            throw new IllegalArgumentException(where + "children at level " + childLevel + " are not below " + level);
        }
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

    /** {@return the pillar, or empty for infrastructure and cross-cutting rules} */
    public Optional<Pillar> pillarIfAny() {
        return Optional.ofNullable(pillar);
    }

    /**
     * {@return {@code true} if the criterion is encoded; {@code false} if it is listed but not yet encoded
     * ({@link Measure.NotEncoded}), and so is never decided}
     */
    public boolean isEncoded() {
        return !(measure instanceof Measure.NotEncoded);
    }

    /** {@return the smart-village component, if any} */
    public Optional<Component> componentIfAny() {
        return Optional.ofNullable(component);
    }

    /** Builds a {@link Criterion}; defaults: in force always, a share of nothing does not apply. */
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
            this.name = Text.of(vi, en);
            return this;
        }

        /**
         * Sets the level of the units the criterion applies to; every criterion needs one.
         *
         * @param level a level above the household
         * @return this builder
         */
        public Builder level(AdminLevel level) {
            this.level = level;
            return this;
        }

        /**
         * Sets the pillar; by default a criterion has none.
         *
         * @param pillar the digital-transformation pillar, or {@code null} for infrastructure and
         *               cross-cutting rules
         * @return this builder
         */
        public Builder pillar(Pillar pillar) {
            this.pillar = pillar;
            return this;
        }

        /**
         * Sets the smart-village component; by default a criterion has none.
         *
         * @param component the component, or {@code null}
         * @return this builder
         */
        public Builder component(Component component) {
            this.component = component;
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
            this.measure = measure;
            this.threshold = threshold;
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
            this.citation = citation;
            return this;
        }

        /**
         * Sets when the criterion is in force; by default, always.
         *
         * @param effective the first and, if any, last day the criterion is in force
         * @return this builder
         */
        public Builder effective(EffectivePeriod effective) {
            this.effective = effective;
            return this;
        }

        /**
         * Sets what a share concludes when there is nothing to share; by default it does not apply.
         *
         * @param whenEmpty the verdict for 0 of 0
         * @return this builder
         */
        public Builder whenEmpty(WhenEmpty whenEmpty) {
            this.whenEmpty = whenEmpty;
            return this;
        }

        /**
         * {@return the criterion; throws naming the first part that is missing or wrong}
         *
         * @throws NullPointerException     if the name, level, measure or citation was not set
         * @throws IllegalArgumentException if the parts do not fit together, such as a share with an absolute
         *                                  threshold
         */
        public Criterion build() {
            return new Criterion(id, name, level, pillar, component, measure, threshold, citation, effective, whenEmpty);
        }
    }
}
