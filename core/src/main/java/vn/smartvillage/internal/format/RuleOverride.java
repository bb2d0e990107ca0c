package vn.smartvillage.internal.format;

import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;

/** One change a pack makes to the rules it inherits, as its {@code overrides} list them. */
sealed interface RuleOverride {

    /** Returns the rule it changes. */
    RuleKey subject();

    /**
     * A new threshold for an inherited criterion or target, and perhaps a new citation.
     *
     * @param subject   a criterion or target
     * @param threshold the new threshold
     * @param citation  the new citation, or {@code null} to keep the rule's
     */
    record SetThreshold(RuleKey subject, Threshold threshold, Citation citation) implements RuleOverride {
    }

    /**
     * An inherited rule dropped.
     *
     * @param subject the rule
     */
    record Drop(RuleKey subject) implements RuleOverride {
    }

    /**
     * An inherited criterion replaced whole.
     *
     * @param criterion the new criterion, with the id of the one it replaces
     */
    record ReplaceCriterion(Criterion criterion) implements RuleOverride {
        @Override
        public RuleKey subject() {
            return RuleKey.criterion(criterion.id());
        }
    }

    /**
     * An inherited target replaced whole.
     *
     * @param target the new target, with the id of the one it replaces
     */
    record ReplaceTarget(Target target) implements RuleOverride {
        @Override
        public RuleKey subject() {
            return RuleKey.target(target.id());
        }
    }

    /**
     * An inherited certification replaced whole.
     *
     * @param certification the new certification, with the id of the one it replaces
     */
    record ReplaceCertification(Certification certification) implements RuleOverride {
        @Override
        public RuleKey subject() {
            return RuleKey.certification(certification.id());
        }
    }
}
