package vn.smartvillage.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.smartvillage.Text;
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

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    /** Checks the parts and how they fit together. */
    public Criterion {
        Objects.requireNonNull(id, "id");
        String where = "criterion '" + id + "': ";
        if (!ID.matcher(id).matches()) {
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

    /** Returns a builder for the criterion {@code id}. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Returns the pillar, if any. */
    public Optional<Pillar> pillarIfAny() {
        return Optional.ofNullable(pillar);
    }

    /** Returns {@code true} if the criterion is listed but not yet encoded ({@link Measure.NotEncoded}); it is never decided. */
    public boolean isEncoded() {
        return !(measure instanceof Measure.NotEncoded);
    }

    /** Returns the component, if any. */
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

        /** Sets the name in Vietnamese and English. */
        public Builder name(String vi, String en) {
            this.name = Text.of(vi, en);
            return this;
        }

        /** Sets the level of the units the criterion applies to. */
        public Builder level(AdminLevel level) {
            this.level = level;
            return this;
        }

        /** Sets the pillar. */
        public Builder pillar(Pillar pillar) {
            this.pillar = pillar;
            return this;
        }

        /** Sets the smart-village component. */
        public Builder component(Component component) {
            this.component = component;
            return this;
        }

        /** Sets the measure and its threshold. */
        public Builder measure(Measure measure, Threshold threshold) {
            this.measure = measure;
            this.threshold = threshold;
            return this;
        }

        /** Sets a flag measure: met when the flag holds. */
        public Builder flag(Metric<Boolean> flag) {
            return measure(Measures.flag(flag), Threshold.holds());
        }

        /** Marks the criterion as not yet encoded: its source names it, its measure or threshold is not known. */
        public Builder notEncoded(String whyVi, String whyEn) {
            return measure(Measures.notEncoded(whyVi, whyEn), Threshold.holds());
        }

        /** Sets the citation. */
        public Builder citation(Citation citation) {
            this.citation = citation;
            return this;
        }

        /** Sets when the criterion is in force. */
        public Builder effective(EffectivePeriod effective) {
            this.effective = effective;
            return this;
        }

        /** Sets what a share concludes when there is nothing to share. */
        public Builder whenEmpty(WhenEmpty whenEmpty) {
            this.whenEmpty = whenEmpty;
            return this;
        }

        /** Returns the criterion; throws naming the first part that is missing or wrong. */
        public Criterion build() {
            return new Criterion(id, name, level, pillar, component, measure, threshold, citation, effective, whenEmpty);
        }
    }
}
