package vn.smartvillage.internal.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.MetricCatalog;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;

/**
 * Resolves one pack document over its parent (already resolved, or none): reads its citations, metrics,
 * overrides, criteria, targets and certifications with their codecs, applies the overrides to what it
 * inherits, and builds the pack, reporting every problem with its JSON pointer. The document's test cases
 * are read by the pack tests, over the pack this gives.
 */
public final class PackReader {

    private final PackDocument doc;
    private final RulePack parent;
    private final List<Metric<?>> vocabulary;
    private final ReadLimits limits;
    private final String self;
    private final Location where;
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<Problem> problems = new ArrayList<>();

    private PackReader(PackDocument doc, RulePack parent, List<Metric<?>> vocabulary, ReadLimits limits) {
        this.doc = doc;
        this.parent = parent;
        this.vocabulary = vocabulary;
        this.limits = limits;
        this.self = doc.toString();
        this.where = doc.where();
    }

    /**
     * Resolves {@code doc} over {@code parent} ({@code null} when it extends nothing), against the
     * registry's {@code vocabulary}: metrics the document may name without declaring them.
     *
     * @throws SmartVillageException listing every problem
     */
    public static RulePack resolve(PackDocument doc, RulePack parent, List<Metric<?>> vocabulary, ReadLimits limits) {
        return new PackReader(doc, parent, vocabulary, limits).resolve();
    }

    private RulePack resolve() {
        Cursor root = Cursor.root(doc.body(), diagnostics);
        // The vocabulary the pack is read against: the registry's, and its parent's (the same, unless the
        // parent was built in Java with another).
        List<Metric<?>> given = new ArrayList<>(vocabulary);
        if (parent != null) {
            given.addAll(parent.vocabulary());
        }
        Scope scope = new Scope(MetricCatalog.of(given, parent == null ? List.of() : parent.metrics()));
        int rules = PackDocument.CRITERIA.in(root).arraySize() + PackDocument.CERTIFICATIONS.in(root).arraySize()
                + PackDocument.TARGETS.in(root).arraySize() + PackDocument.OVERRIDES.in(root).arraySize()
                + PackDocument.METRICS.in(root).arraySize();
        if (rules > limits.maxRules()) {
            root.refuse("packFile.tooManyRules", "count", rules, "max", limits.maxRules());
            throw failure();
        }
        citations(PackDocument.CITATIONS.in(root), scope);

        RulePack.Builder b = RulePack.builder(doc.id(), doc.version()).title(doc.title()).effective(doc.effective())
                .vocabulary(given);
        // A pack without an area of its own governs its parent's.
        doc.area().or(() -> parent == null ? Optional.empty() : parent.area()).ifPresent(b::area);
        metrics(PackDocument.METRICS.in(root), scope, b);

        RuleSet set = new RuleSet(self, where, Places.packVersion(doc.id(), doc.version()));
        Cursor overrides = PackDocument.OVERRIDES.in(root);
        if (parent != null) {
            set.inherit(parent);
            for (Cursor o : overrides.elements()) {
                OverrideCodec.read(o, scope).ifPresent(op -> set.apply(op, o));
            }
        } else if (overrides.present()) {
            overrides.refuse("packFile.nothingToOverride");
        }
        // Rules that could not be read at all would make references to them look broken: the references
        // are checked only when every rule was read (a duplicate id is read, then refused).
        int unread = 0;
        for (Cursor c : PackDocument.CRITERIA.in(root).elements()) {
            Optional<Criterion> crit = CriterionCodec.read(c, CriterionCodec.SHAPE.names(), scope);
            crit.ifPresent(x -> set.add(c, x));
            unread += crit.isEmpty() ? 1 : 0;
        }
        for (Cursor t : PackDocument.TARGETS.in(root).elements()) {
            Optional<Target> tg = TargetCodec.read(t, scope);
            tg.ifPresent(x -> set.add(t, x));
            unread += tg.isEmpty() ? 1 : 0;
        }
        for (Cursor c : PackDocument.CERTIFICATIONS.in(root).elements()) {
            Optional<Certification> cert = CertificationCodec.read(c, scope);
            cert.ifPresent(x -> set.add(c, x));
            unread += cert.isEmpty() ? 1 : 0;
        }
        if (unread > 0) {
            throw failure();
        }
        set.into(b);
        if (parent != null) {
            RuleSet.origins().ancestors(b, parent.lineage());
        }
        RulePack pack;
        try {
            pack = b.build();
        } catch (SmartVillageException e) {
            problems.addAll(e.problems());
            throw failure();
        }
        if (!diagnostics.isEmpty()) {
            throw failure();
        }
        return pack;
    }

    /** Reads the named citations, which rules may then name. */
    private static void citations(Cursor cites, Scope scope) {
        if (cites.present() && cites.object(Set.copyOf(cites.fieldNames()))) {
            for (String key : cites.fieldNames()) {
                Cursor cite = cites.get(key);
                if (cite.isString()) {
                    cite.refuse("packFile.citation.notObject");
                } else {
                    CitationCodec.read(cite, scope).ifPresent(c -> scope.citations().put(key, c));
                }
            }
        }
    }

    /** Reads the pack's own metrics, which its rules may then name, and takes the parent's others. */
    private void metrics(Cursor list, Scope scope, RulePack.Builder b) {
        Set<String> own = new HashSet<>();
        for (Cursor m : list.elements()) {
            MetricCodec.read(m, scope).ifPresent(metric -> {
                Metric<?> known = scope.metrics().get(metric.id());
                if (known != null && !known.equals(metric)) {
                    MetricCodec.ID.in(m).refuse("packFile.metric.idTaken", "metric", metric.id());
                    return;
                }
                scope.metrics().put(metric.id(), metric);
                own.add(metric.id());
                RuleSet.origins().metric(b, metric, Places.pointer(where, m.pointer()));
            });
        }
        if (parent != null) {
            parent.metrics().stream().filter(m -> !own.contains(m.id())).forEach(b::metric);
        }
    }

    private SmartVillageException failure() {
        List<Problem> all = new ArrayList<>(diagnostics.toProblems(where));
        all.addAll(problems);
        return invalid(doc.id(), all);
    }

    /** The exception for the problems of the rule pack {@code packId}, at least one. */
    private static SmartVillageException invalid(String packId, List<Problem> problems) {
        return new SmartVillageException(Strings.problemsSummary("the rule pack '" + packId + "' has", problems.size()), problems);
    }

}
