package vn.smartvillage.internal.format;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.smartvillage.Location;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.origin.Origins;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Origin;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;

/**
 * The rules of a pack while it is resolved: those it inherits, changed by its overrides, and its own; for
 * each, where it was defined (for problem reports) and, for criteria and targets, where it comes from
 * ({@link Origin}). Keyed by {@link RuleKey}, so that a criterion and a certification with one id stay
 * apart. Not thread-safe: one per resolution.
 */
final class RuleSet {

    private final String self;
    private final Location where;
    private final Location pack;
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final Map<String, Certification> certifications = new LinkedHashMap<>();
    private final Map<RuleKey, Location> locations = new HashMap<>();
    private final Map<RuleKey, Origin> origins = new LinkedHashMap<>();

    /**
     * The rules of the pack {@code self} ({@code "id@version"}), none yet; a rule read from the document is
     * located at its JSON pointer in {@code where}, the document; an inherited rule is located in
     * {@code pack}, the pack's version without its file.
     */
    RuleSet(String self, Location where, Location pack) {
        this.self = self;
        this.where = where;
        this.pack = pack;
    }

    /** Takes every criterion, target and certification of {@code parent}, with its origin. */
    void inherit(RulePack parent) {
        parent.criteria().forEach(c -> {
            criteria.put(c.id(), c);
            origins.put(RuleKey.criterion(c.id()), parent.origin(c.id()).orElseThrow());
            locations.put(RuleKey.criterion(c.id()), inherited(parent, RuleKey.criterion(c.id())));
        });
        parent.targets().forEach(t -> {
            targets.put(t.id(), t);
            origins.put(RuleKey.target(t.id()), parent.origin(t.id()).orElseThrow());
            locations.put(RuleKey.target(t.id()), inherited(parent, RuleKey.target(t.id())));
        });
        parent.certifications().forEach(c -> {
            certifications.put(c.id(), c);
            locations.put(RuleKey.certification(c.id()), inherited(parent, RuleKey.certification(c.id())));
        });
    }

    /** Where an inherited rule is: in this pack, taken from {@code parent}. */
    private Location inherited(RulePack parent, RuleKey key) {
        return Places.inherited(pack, Places.packVersion(parent.id(), parent.version()), key.kind().element(), key.id());
    }

    // ---- the pack's own rules ---------------------------------------------------------------------

    /** Adds an own criterion, read at {@code c}; criteria and targets share one namespace. */
    void add(Cursor c, Criterion criterion) {
        if (takenByCriterionOrTarget(c, RuleElement.CRITERION, criterion.id())) {
            return;
        }
        criteria.put(criterion.id(), criterion);
        own(RuleKey.criterion(criterion.id()), c);
    }

    /** Adds an own target, read at {@code c}; criteria and targets share one namespace. */
    void add(Cursor c, Target target) {
        if (takenByCriterionOrTarget(c, RuleElement.TARGET, target.id())) {
            return;
        }
        targets.put(target.id(), target);
        own(RuleKey.target(target.id()), c);
    }

    /** Adds an own certification, read at {@code c}. */
    void add(Cursor c, Certification certification) {
        if (certifications.containsKey(certification.id())) {
            alreadyDefined(c, RuleElement.CERTIFICATION, certification.id());
            return;
        }
        certifications.put(certification.id(), certification);
        locations.put(RuleKey.certification(certification.id()), location(c));
    }

    private boolean takenByCriterionOrTarget(Cursor c, RuleElement kind, String id) {
        if (criteria.containsKey(id) || targets.containsKey(id)) {
            alreadyDefined(c, kind, id);
            return true;
        }
        return false;
    }

    private void own(RuleKey key, Cursor c) {
        locations.put(key, location(c));
        origins.put(key, Origin.definedIn(self));
    }

    private static void alreadyDefined(Cursor c, RuleElement kind, String id) {
        c.get("id").refuse("packFile.rule.defined", "kind", kind.label(), "id", id);
    }

    // ---- overrides --------------------------------------------------------------------------------

    /** Applies {@code override}, read at {@code o}; what it cannot do is reported there. */
    void apply(RuleOverride override, Cursor o) {
        if (override instanceof RuleOverride.SetThreshold s) {
            setThreshold(s, o);
        } else if (override instanceof RuleOverride.Drop d) {
            drop(d.subject(), o);
        } else if (override instanceof RuleOverride.ReplaceCriterion r) {
            Criterion old = criteria.get(r.criterion().id());
            if (replaceable(old, r, o)) {
                criteria.put(r.criterion().id(), r.criterion());
                replaced(r.subject(), old.threshold(), r.criterion().threshold(), OverrideCodec.subjectIn(o, r.subject()));
            }
        } else if (override instanceof RuleOverride.ReplaceTarget r) {
            Target old = targets.get(r.target().id());
            if (replaceable(old, r, o)) {
                targets.put(r.target().id(), r.target());
                replaced(r.subject(), old.indicator().threshold(), r.target().indicator().threshold(), OverrideCodec.subjectIn(o, r.subject()));
            }
        } else if (override instanceof RuleOverride.ReplaceCertification r) {
            if (replaceable(certifications.get(r.certification().id()), r, o)) {
                certifications.put(r.certification().id(), r.certification());
                locations.put(r.subject(), location(OverrideCodec.subjectIn(o, r.subject())));
            }
        }
    }

    /** Returns where a rule read at {@code at} is, for problem reports. */
    private Location location(Cursor at) {
        return Places.pointer(where, at.pointer());
    }

    private void setThreshold(RuleOverride.SetThreshold s, Cursor o) {
        RuleKey key = s.subject();
        Criterion old = key.kind() == RuleElement.CRITERION ? criteria.get(key.id())
                : Optional.ofNullable(targets.get(key.id())).map(Target::indicator).orElse(null);
        if (old == null) {
            missing(OverrideCodec.subjectIn(o, key), key);
            return;
        }
        Threshold threshold = s.threshold();
        Cursor at = OverrideCodec.THRESHOLD.in(o);
        if (old.threshold().percent() != threshold.percent()) {
            at.refuse(old.threshold().percent() ? "packFile.override.percent" : "packFile.override.absolute",
                    "threshold", String.valueOf(old.threshold()));
            return;
        }
        if (!old.isEncoded()) {
            at.refuse("packFile.override.notEncoded", "rule", key.id());
            return;
        }
        // Only the threshold changes, to one of the same kind, so the criterion's checks still hold.
        Criterion changed = old.withThreshold(threshold);
        changed = s.citation() != null ? changed.withCitation(s.citation()) : changed;
        origins.put(key, origins.getOrDefault(key, Origin.definedIn(self))
                .withChange(Origin.Change.threshold(self, old.threshold(), threshold)));
        locations.put(key, location(o));
        if (key.kind() == RuleElement.CRITERION) {
            criteria.put(key.id(), changed);
        } else {
            Target t = targets.get(key.id());
            targets.put(key.id(), t.withIndicator(changed));
        }
    }

    private void drop(RuleKey key, Cursor o) {
        Map<String, ?> from = rules(key.kind());
        if (from.remove(key.id()) == null) {
            missing(OverrideCodec.subjectIn(o, key), key);
        } else {
            origins.remove(key);
            locations.remove(key);
        }
    }

    /** Returns whether there is an inherited rule to replace, reporting at the new rule's id when there is none. */
    private boolean replaceable(Object old, RuleOverride replacement, Cursor o) {
        if (old == null) {
            missing(OverrideCodec.subjectIn(o, replacement.subject()).get("id"), replacement.subject());
            return false;
        }
        return true;
    }

    private void replaced(RuleKey key, Threshold before, Threshold after, Cursor body) {
        origins.put(key, origins.getOrDefault(key, Origin.definedIn(self)).withChange(Origin.Change.replacement(self, before, after)));
        locations.put(key, location(body));
    }

    private void missing(Cursor at, RuleKey key) {
        Set<String> known = rules(key.kind()).keySet();
        at.refuse("packFile.override.missing", Suggestions.suggesting(key.id(), known, "kind", key.kind().label(), "id", key.id()));
    }

    private Map<String, ?> rules(RuleElement kind) {
        return switch (kind) {
            case CRITERION -> criteria;
            case TARGET -> targets;
            case CERTIFICATION -> certifications;
        };
    }

    // ---- the result -------------------------------------------------------------------------------

    /** The pack builder's side that takes locations and origins, which its public API does not. */
    static Origins.PackOrigins<RulePack.Builder, Metric<?>, Criterion, Certification, Target, Origin> origins() {
        return Origins.pack();
    }

    /** Puts every rule, with its location, and every origin into {@code b}. */
    void into(RulePack.Builder b) {
        var at = origins();
        criteria.values().forEach(c -> at.criterion(b, c, locations.get(RuleKey.criterion(c.id()))));
        targets.values().forEach(t -> at.target(b, t, locations.get(RuleKey.target(t.id()))));
        certifications.values().forEach(c -> at.certification(b, c, locations.get(RuleKey.certification(c.id()))));
        origins.forEach((key, origin) -> at.origin(b, key.id(), origin));
    }
}
