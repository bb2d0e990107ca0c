package vn.smartvillage.packs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.Text;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.MetricCatalog;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Component;
import vn.smartvillage.model.Pillar;
import vn.smartvillage.packs.testing.PackTestCase;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Comparison;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.EffectivePeriod;
import vn.smartvillage.rules.InvalidRulePackException;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Origin;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;
import vn.smartvillage.rules.WhenEmpty;

/**
 * Resolves one pack document over its parent (already resolved, or none): reads metrics, criteria,
 * certifications, targets, overrides and test cases, and builds the pack, reporting every problem with
 * its JSON pointer.
 */
final class PackReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    static final Pattern THRESHOLD = Pattern.compile("\\s*(>=|≥|>|<=|≤|<|=)\\s*([0-9]{1,13}(?:\\.[0-9]{1,6})?)\\s*(%?)\\s*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_ABSOLUTE = BigDecimal.valueOf(1_000_000_000_000L);

    private static final Set<String> TEXT_FIELDS = Set.of("vi", "en");
    private static final Set<String> PERIOD_FIELDS = Set.of("from", "to");
    private static final Set<String> CITATION_FIELDS = Set.of("ref", "document", "date", "article", "url", "source",
            "verified");
    private static final Set<String> METRIC_FIELDS = Set.of("id", "name", "level", "type", "aggregation", "partOf");
    private static final Set<String> CRITERION_FIELDS = Set.of("id", "name", "level", "pillar", "component", "measure",
            "threshold", "citation", "effective", "whenEmpty");
    private static final Set<String> TARGET_FIELDS = union(CRITERION_FIELDS, Set.of("deadline", "baseline"));
    private static final Set<String> CERTIFICATION_FIELDS = Set.of("id", "name", "level", "requirement", "citation");
    private static final Set<String> MEASURES = Set.of("ratio", "count", "flag", "flagsHeld", "childrenMeeting", "childrenCertified",
            "notEncoded");
    private static final Set<String> REQUIREMENTS = Set.of("allOf", "anyOf", "atLeast", "meets", "childrenCertified");

    /** The outcome of resolving one document. */
    record Resolved(RulePack pack, List<PackTestCase> tests) {
    }

    private final PackDocument doc;
    private final RulePack parent;
    private final List<Metric<?>> vocabulary;
    private final ReadLimits limits;
    private final String self;
    private final String where;
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Citation> citations = new LinkedHashMap<>();
    private final Map<String, Metric<?>> metrics = new LinkedHashMap<>();

    private PackReader(PackDocument doc, RulePack parent, List<Metric<?>> vocabulary, ReadLimits limits) {
        this.doc = doc;
        this.parent = parent;
        this.vocabulary = vocabulary;
        this.limits = limits;
        this.self = doc.id() + "@" + doc.version();
        this.where = self + " (" + doc.source().fileName() + ")";
    }

    /**
     * Resolves {@code doc} over {@code parent} ({@code null} when it extends nothing), against the
     * registry's {@code vocabulary}: metrics the document may name without declaring them.
     *
     * @throws InvalidRulePackException listing every problem
     */
    static Resolved resolve(PackDocument doc, RulePack parent, List<Metric<?>> vocabulary, ReadLimits limits) {
        return new PackReader(doc, parent, vocabulary, limits).resolve();
    }

    private Resolved resolve() {
        Cursor root = Cursor.root(doc.body(), diagnostics);
        // The vocabulary the pack is read against: the registry's, and its parent's (the same, unless the
        // parent was built in Java with another).
        List<Metric<?>> given = new ArrayList<>(vocabulary);
        if (parent != null) {
            given.addAll(parent.vocabulary());
        }
        metrics.putAll(MetricCatalog.of(given, parent == null ? List.of() : parent.metrics()));
        int rules = root.get("criteria").arraySize() + root.get("certifications").arraySize() + root.get("targets").arraySize()
                + root.get("overrides").arraySize() + root.get("metrics").arraySize();
        if (rules > limits.maxRules()) {
            root.problem("gói có " + rules + " quy tắc và chỉ số, quá giới hạn " + limits.maxRules(),
                    "the pack has " + rules + " rules and metrics, more than the limit of " + limits.maxRules());
            throw failure();
        }
        Cursor cites = root.get("citations");
        if (cites.present() && cites.object(Set.copyOf(cites.fieldNames()))) {
            for (String key : cites.fieldNames()) {
                Cursor cite = cites.get(key);
                if (cite.isString()) {
                    cite.problem("một trích dẫn ở đây phải là đối tượng {document, …}", "a citation here must be an object {document, …}");
                } else {
                    citation(cite).ifPresent(c -> citations.put(key, c));
                }
            }
        }

        RulePack.Builder b = RulePack.builder(doc.id(), doc.version()).title(doc.title()).effective(doc.effective())
                .vocabulary(given);
        java.util.Set<String> own = new java.util.HashSet<>();
        for (Cursor m : root.get("metrics").elements()) {
            metric(m).ifPresent(metric -> {
                Metric<?> known = metrics.get(metric.id());
                if (known != null && !known.equals(metric)) {
                    m.get("id").problem("mã chỉ số '" + metric.id() + "' đã dùng cho một chỉ số khác",
                            "the metric id '" + metric.id() + "' is already used by a different metric");
                    return;
                }
                metrics.put(metric.id(), metric);
                own.add(metric.id());
                b.metric(metric, at(m));
            });
        }
        if (parent != null) {
            parent.metrics().stream().filter(m -> !own.contains(m.id())).forEach(b::metric);
        }

        Map<String, Criterion> criteria = new LinkedHashMap<>();
        Map<String, Target> targets = new LinkedHashMap<>();
        Map<String, Certification> certifications = new LinkedHashMap<>();
        Map<String, Origin> origins = new LinkedHashMap<>();
        Map<String, String> locations = new LinkedHashMap<>();
        if (parent != null) {
            String inherited = self + " (" + "inherited from " + parent + ")";
            parent.criteria().forEach(c -> {
                criteria.put(c.id(), c);
                origins.put(c.id(), parent.origin(c.id()).orElseThrow());
                locations.put("criterion:" + c.id(), inherited + " criterion " + c.id());
            });
            parent.targets().forEach(t -> {
                targets.put(t.id(), t);
                origins.put(t.id(), parent.origin(t.id()).orElseThrow());
                locations.put("target:" + t.id(), inherited + " target " + t.id());
            });
            parent.certifications().forEach(c -> {
                certifications.put(c.id(), c);
                locations.put("certification:" + c.id(), inherited + " certification " + c.id());
            });
        } else if (root.get("overrides").present()) {
            root.get("overrides").problem("gói không kế thừa gói nào ('extends') nên không có gì để ghi đè",
                    "the pack extends no other pack, so there is nothing to override");
        }

        if (parent != null) {
            for (Cursor o : root.get("overrides").elements()) {
                override(o, criteria, targets, certifications, origins, locations);
            }
        }
        // Rules that could not be read at all would make references to them look broken: the references
        // are checked only when every rule was read (a duplicate id is read, then refused).
        int unread = 0;
        for (Cursor c : root.get("criteria").elements()) {
            Optional<Criterion> crit = criterion(c, CRITERION_FIELDS);
            crit.ifPresent(x -> add(c, "criterion", x.id(), criteria, targets, x, locations, origins));
            unread += crit.isEmpty() ? 1 : 0;
        }
        for (Cursor t : root.get("targets").elements()) {
            Optional<Target> tg = target(t);
            tg.ifPresent(x -> add(t, "target", x.id(), criteria, targets, x, locations, origins));
            unread += tg.isEmpty() ? 1 : 0;
        }
        for (Cursor c : root.get("certifications").elements()) {
            Optional<Certification> cert = certification(c);
            cert.ifPresent(x -> {
                if (certifications.containsKey(x.id())) {
                    c.get("id").problem(alreadyDefined("danh hiệu", x.id()), alreadyDefinedEn("certification", x.id()));
                } else {
                    certifications.put(x.id(), x);
                    locations.put("certification:" + x.id(), at(c));
                }
            });
            unread += cert.isEmpty() ? 1 : 0;
        }
        if (unread > 0) {
            throw failure();
        }
        criteria.values().forEach(c -> b.criterion(c, locations.get("criterion:" + c.id())));
        targets.values().forEach(t -> b.target(t, locations.get("target:" + t.id())));
        certifications.values().forEach(c -> b.certification(c, locations.get("certification:" + c.id())));
        origins.forEach(b::origin);
        if (parent != null) {
            b.ancestors(parent.lineage());
        }
        RulePack pack;
        try {
            pack = b.build();
        } catch (InvalidRulePackException e) {
            problems.addAll(e.problems());
            throw failure();
        }
        if (!diagnostics.isEmpty()) {
            throw failure();
        }
        List<PackTestCase> tests = new ArrayList<>();
        PackTestReader testReader = new PackTestReader(doc.source(), pack, limits, where, problems);
        for (Cursor t : root.get("tests").elements()) {
            testReader.read(t).ifPresent(tests::add);
        }
        if (!diagnostics.isEmpty() || !problems.isEmpty()) {
            throw failure();
        }
        return new Resolved(pack, List.copyOf(tests));
    }

    private InvalidRulePackException failure() {
        List<Problem> all = new ArrayList<>(diagnostics.toProblems(where));
        all.addAll(problems);
        return new InvalidRulePackException(doc.id(), all);
    }

    private String at(Cursor c) {
        return where + " " + c.pointer();
    }

    private static String alreadyDefined(String kindVi, String id) {
        return kindVi + " '" + id + "' đã có (kế thừa hoặc khai báo trước); muốn thay đổi hãy dùng 'overrides'";
    }

    private static String alreadyDefinedEn(String kind, String id) {
        return "the " + kind + " '" + id + "' is already defined (inherited or declared earlier); change it with an override";
    }

    /** Adds an own criterion or target, which share one namespace. */
    private <T> void add(Cursor c, String kind, String id, Map<String, Criterion> criteria, Map<String, Target> targets, T rule,
            Map<String, String> locations, Map<String, Origin> origins) {
        if (criteria.containsKey(id) || targets.containsKey(id)) {
            c.get("id").problem(alreadyDefined(kind.equals("target") ? "chỉ tiêu" : "tiêu chí", id), alreadyDefinedEn(kind, id));
            return;
        }
        if (rule instanceof Criterion crit) {
            criteria.put(id, crit);
        } else {
            targets.put(id, (Target) rule);
        }
        locations.put(kind + ":" + id, at(c));
        origins.put(id, Origin.definedIn(self));
    }

    // ---- overrides -------------------------------------------------------------------------------

    private void override(Cursor o, Map<String, Criterion> criteria, Map<String, Target> targets,
            Map<String, Certification> certifications, Map<String, Origin> origins, Map<String, String> locations) {
        if (!o.required() || !o.isObject()) {
            o.object(Set.of());
            return;
        }
        Optional<String> op = o.get("op").requiredString();
        if (op.isEmpty()) {
            o.object(Set.of("op", "criterion", "target", "certification", "threshold", "citation"));
            return;
        }
        switch (op.get()) {
            case "threshold" -> {
                o.object(Set.of("op", "criterion", "target", "threshold", "citation"));
                Optional<String[]> subject = subject(o, Set.of("criterion", "target"));
                Optional<Threshold> threshold = threshold(o.get("threshold"), true);
                Optional<Citation> citation = o.get("citation").present() ? citation(o.get("citation")) : Optional.empty();
                if (subject.isEmpty() || threshold.isEmpty()) {
                    return;
                }
                String kind = subject.get()[0];
                String id = subject.get()[1];
                Criterion old = kind.equals("criterion") ? criteria.get(id)
                        : Optional.ofNullable(targets.get(id)).map(Target::indicator).orElse(null);
                if (old == null) {
                    missing(o.get(kind), kind, id, kind.equals("criterion") ? criteria.keySet() : targets.keySet());
                    return;
                }
                if (old.threshold().percent() != threshold.get().percent()) {
                    o.get("threshold").problem(old.threshold().percent()
                                    ? "ngưỡng cũ là phần trăm (" + old.threshold() + "), ngưỡng mới cũng phải là phần trăm"
                                    : "ngưỡng cũ là số tuyệt đối (" + old.threshold() + "), ngưỡng mới không được là phần trăm",
                            old.threshold().percent()
                                    ? "the old threshold is a percentage (" + old.threshold() + "), so the new one must be too"
                                    : "the old threshold is absolute (" + old.threshold() + "), so the new one cannot be a percentage");
                    return;
                }
                Criterion changed = new Criterion(old.id(), old.name(), old.level(), old.pillar(), old.component(), old.measure(),
                        threshold.get(), citation.orElse(old.citation()), old.effective(), old.whenEmpty());
                Origin origin = origins.getOrDefault(id, Origin.definedIn(self))
                        .with(new Origin.Change(self, Origin.Kind.THRESHOLD, old.threshold(), threshold.get()));
                origins.put(id, origin);
                locations.put(kind + ":" + id, at(o));
                if (kind.equals("criterion")) {
                    criteria.put(id, changed);
                } else {
                    Target t = targets.get(id);
                    targets.put(id, new Target(changed, t.deadline(), t.baseline()));
                }
            }
            case "drop" -> {
                o.object(Set.of("op", "criterion", "target", "certification"));
                subject(o, Set.of("criterion", "target", "certification")).ifPresent(s -> {
                    Map<String, ?> from = s[0].equals("criterion") ? criteria : s[0].equals("target") ? targets : certifications;
                    if (from.remove(s[1]) == null) {
                        missing(o.get(s[0]), s[0], s[1], from.keySet());
                    } else {
                        origins.remove(s[1]);
                        locations.remove(s[0] + ":" + s[1]);
                    }
                });
            }
            case "replace" -> {
                o.object(Set.of("op", "criterion", "target", "certification"));
                Optional<String> kind = kindOf(o, Set.of("criterion", "target", "certification"));
                if (kind.isEmpty()) {
                    return;
                }
                Cursor body = o.get(kind.get());
                switch (kind.get()) {
                    case "criterion" -> criterion(body, CRITERION_FIELDS).ifPresent(c -> {
                        Criterion old = criteria.get(c.id());
                        if (old == null) {
                            missing(body.get("id"), "criterion", c.id(), criteria.keySet());
                            return;
                        }
                        criteria.put(c.id(), c);
                        replaced(c.id(), old.threshold(), c.threshold(), origins);
                        locations.put("criterion:" + c.id(), at(body));
                    });
                    case "target" -> target(body).ifPresent(t -> {
                        Target old = targets.get(t.id());
                        if (old == null) {
                            missing(body.get("id"), "target", t.id(), targets.keySet());
                            return;
                        }
                        targets.put(t.id(), t);
                        replaced(t.id(), old.indicator().threshold(), t.indicator().threshold(), origins);
                        locations.put("target:" + t.id(), at(body));
                    });
                    default -> certification(body).ifPresent(c -> {
                        if (!certifications.containsKey(c.id())) {
                            missing(body.get("id"), "certification", c.id(), certifications.keySet());
                            return;
                        }
                        certifications.put(c.id(), c);
                        locations.put("certification:" + c.id(), at(body));
                    });
                }
            }
            default -> o.get("op").problem("'" + op.get() + "' không phải một trong: threshold, drop, replace"
                            + Suggestions.hint(op.get(), Set.of("threshold", "drop", "replace"))[0],
                    "'" + op.get() + "' is not one of: threshold, drop, replace"
                            + Suggestions.hint(op.get(), Set.of("threshold", "drop", "replace"))[1]);
        }
    }

    private void replaced(String id, Threshold before, Threshold after, Map<String, Origin> origins) {
        origins.put(id, origins.getOrDefault(id, Origin.definedIn(self))
                .with(new Origin.Change(self, Origin.Kind.REPLACED, before, after)));
    }

    private static void missing(Cursor at, String kind, String id, Set<String> known) {
        String[] hint = Suggestions.hint(id, known);
        String kindVi = switch (kind) {
            case "criterion" -> "tiêu chí";
            case "target" -> "chỉ tiêu";
            default -> "danh hiệu";
        };
        at.problem("không thể ghi đè: gói cha không có " + kindVi + " '" + id + "'" + hint[0],
                "cannot override: the parent pack has no " + kind + " '" + id + "'" + hint[1]);
    }

    /** Returns which one of {@code kinds} the override names, exactly one. */
    static Optional<String> kindOf(Cursor o, Set<String> kinds) {
        List<String> named = kinds.stream().sorted().filter(k -> o.get(k).present()).toList();
        if (named.size() != 1) {
            o.problem("cần đúng một trong: " + String.join(", ", kinds.stream().sorted().toList()),
                    "needs exactly one of: " + String.join(", ", kinds.stream().sorted().toList()));
            return Optional.empty();
        }
        return Optional.of(named.get(0));
    }

    /** Returns {kind, id} for an override naming one rule by id. */
    private static Optional<String[]> subject(Cursor o, Set<String> kinds) {
        return kindOf(o, kinds).flatMap(k -> o.get(k).requiredString().map(id -> new String[] {k, id}));
    }

    // ---- rules -----------------------------------------------------------------------------------

    private Optional<Criterion> criterion(Cursor c, Set<String> fields) {
        if (!c.required() || !c.object(fields)) {
            return Optional.empty();
        }
        Diagnostics d = c.diagnostics();
        int before = d.size();
        Optional<String> id = ruleId(c.get("id"));
        Optional<Text> name = text(c.get("name"), true);
        Optional<AdminLevel> level = level(c.get("level"), false);
        Optional<Pillar> pillar = c.get("pillar").enumValue(Pillar.class);
        Optional<Component> component = c.get("component").enumValue(Component.class);
        Optional<Measure> measure = level.flatMap(l -> measure(c.get("measure"), l));
        if (level.isEmpty()) {
            c.get("measure").required();
        }
        // A flag needs no threshold: it is met when it holds.
        // Nor does a rule not yet encoded: it is never decided.
        boolean flag = c.get("measure").get("flag").present();
        boolean notEncoded = c.get("measure").get("notEncoded").present();
        if (notEncoded && c.get("threshold").present()) {
            c.get("threshold").problem("quy tắc chưa mã hóa không có ngưỡng; hãy bỏ trường này",
                    "a rule not yet encoded has no threshold; leave it out");
        }
        Optional<Threshold> threshold = notEncoded ? Optional.of(Threshold.holds())
                : c.get("threshold").present() || !flag ? threshold(c.get("threshold"), true) : Optional.of(Threshold.holds());
        if (measure.isPresent() && threshold.isPresent() && measure.get().isShare() != threshold.get().percent()) {
            c.get("threshold").problem(measure.get().isShare()
                            ? "đo một tỷ lệ nên ngưỡng phải là phần trăm, ví dụ \">= 25 %\""
                            : "đo một số đếm hoặc cờ nên ngưỡng không phải phần trăm, ví dụ \">= 1\"",
                    measure.get().isShare()
                            ? "the measure is a share, so the threshold must be a percentage, such as \">= 25 %\""
                            : "the measure is a count or flag, so the threshold cannot be a percentage; write one such as \">= 1\"");
        }
        Optional<Citation> citation = c.get("citation").required() ? citation(c.get("citation")) : Optional.empty();
        Optional<EffectivePeriod> effective = c.get("effective").present() ? period(c.get("effective"))
                : Optional.of(EffectivePeriod.ALWAYS);
        WhenEmpty whenEmpty = c.get("whenEmpty").enumValue(WhenEmpty.class).orElse(WhenEmpty.NOT_APPLICABLE);
        if (d.size() != before) {
            return Optional.empty();
        }
        return build(c, () -> new Criterion(id.get(), name.get(), level.get(), pillar.orElse(null), component.orElse(null),
                measure.get(), threshold.get(), citation.get(), effective.get(), whenEmpty));
    }

    private Optional<Target> target(Cursor t) {
        if (!t.required() || !t.isObject()) {
            t.object(Set.of());
            return Optional.empty();
        }
        // criterion() checks the fields of the whole object, the target's own included.
        Optional<Criterion> indicator = criterion(t, TARGET_FIELDS);
        Optional<LocalDate> deadline = t.get("deadline").required() ? t.get("deadline").date() : Optional.empty();
        int before = t.diagnostics().size();
        Optional<BigDecimal> baseline = t.get("baseline").decimal();
        if (baseline.isPresent() && indicator.isPresent()) {
            baseline(t.get("baseline"), baseline.get(), indicator.get().threshold());
        }
        if (indicator.isEmpty() || deadline.isEmpty() || t.diagnostics().size() != before) {
            return Optional.empty();
        }
        return build(t, () -> new Target(indicator.get(), deadline.get(), baseline.orElse(null)));
    }

    /**
     * Checks a target's baseline as its threshold is checked: a share from 0 to 100 %, a count from 0 to
     * 10^12, at most 6 decimals.
     */
    private static void baseline(Cursor at, BigDecimal value, Threshold threshold) {
        BigDecimal max = threshold.percent() ? HUNDRED : MAX_ABSOLUTE;
        if (value.signum() < 0) {
            at.problem("mức xuất phát không thể âm", "a baseline cannot be negative");
        } else if (value.compareTo(max) > 0) {
            at.problem(threshold.percent() ? "mức xuất phát là một tỷ lệ, tối đa 100 %" : "mức xuất phát tối đa 10^12",
                    threshold.percent() ? "the baseline is a percentage, at most 100" : "a baseline is at most 10^12");
        } else if (value.stripTrailingZeros().scale() > 6) {
            at.problem("mức xuất phát có tối đa 6 chữ số thập phân", "a baseline has at most 6 decimals");
        }
    }

    private Optional<Certification> certification(Cursor c) {
        if (!c.required() || !c.object(CERTIFICATION_FIELDS)) {
            return Optional.empty();
        }
        int before = c.diagnostics().size();
        Optional<String> id = ruleId(c.get("id"));
        Optional<Text> name = text(c.get("name"), true);
        Optional<AdminLevel> level = level(c.get("level"), false);
        Optional<Requirement> requirement = c.get("requirement").required() ? requirement(c.get("requirement"))
                : Optional.empty();
        Optional<Citation> citation = c.get("citation").required() ? citation(c.get("citation")) : Optional.empty();
        if (c.diagnostics().size() != before) {
            return Optional.empty();
        }
        return build(c, () -> new Certification(id.get(), name.get(), level.get(), requirement.get(), citation.get()));
    }

    /**
     * Runs a constructor whose checks the reader has made already; anything it still rejects is reported
     * here. A part the reader left empty without saying why (a gap in its checks) is reported as such,
     * at this element, rather than escaping as an exception.
     */
    private static <T> Optional<T> build(Cursor at, java.util.function.Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException e) {
            at.problem("không hợp lệ: " + e.getMessage(), e.getMessage());
            return Optional.empty();
        } catch (java.util.NoSuchElementException e) {
            at.problem("thiếu hoặc sai một phần", "a part of it is missing or wrong");
            return Optional.empty();
        }
    }

    private static Optional<String> ruleId(Cursor c) {
        Optional<String> id = c.requiredString();
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            c.problem("mã chỉ gồm chữ thường, chữ số và . _ -, tối đa 100 ký tự, không phải '" + id.get() + "'",
                    "an id is 1 to 100 lower-case letters, digits and . _ -, not '" + id.get() + "'");
            return Optional.empty();
        }
        return id;
    }

    private static Optional<AdminLevel> level(Cursor c, boolean householdAllowed) {
        if (!c.required()) {
            return Optional.empty();
        }
        Optional<AdminLevel> level = c.enumValue(AdminLevel.class);
        if (!householdAllowed && level.filter(l -> l == AdminLevel.HOUSEHOLD).isPresent()) {
            c.problem("quy tắc áp dụng cho đơn vị, không cho hộ; hãy đếm hộ bằng một chỉ số của thôn",
                    "rules apply to units, not households; count households with a village metric instead");
            return Optional.empty();
        }
        return level;
    }

    private Optional<Measure> measure(Cursor c, AdminLevel level) {
        if (!c.required() || !c.object(MEASURES)) {
            return Optional.empty();
        }
        List<String> kinds = c.fieldNames().stream().filter(MEASURES::contains).toList();
        if (kinds.size() != 1) {
            c.problem("cần đúng một trong: " + String.join(", ", MEASURES.stream().sorted().toList()),
                    "needs exactly one of: " + String.join(", ", MEASURES.stream().sorted().toList()));
            return Optional.empty();
        }
        Cursor m = c.get(kinds.get(0));
        Optional<Measure> out = switch (kinds.get(0)) {
            case "ratio" -> {
                if (!m.required() || !m.object(Set.of("numerator", "denominator"))) {
                    yield Optional.empty();
                }
                Optional<Metric<Long>> num = metricOf(m.get("numerator"), ValueType.COUNT, level);
                Optional<Metric<Long>> den = metricOf(m.get("denominator"), ValueType.COUNT, level);
                yield num.isPresent() && den.isPresent() ? Optional.of(new Measure.Ratio(num.get(), den.get())) : Optional.empty();
            }
            case "count" -> this.<Long>metricOf(m, ValueType.COUNT, level).map(Measure.Count::new);
            case "flag" -> this.<Boolean>metricOf(m, ValueType.FLAG, level).map(Measure.Flag::new);
            case "notEncoded" -> text(m, true).map(Measure.NotEncoded::new);
            case "flagsHeld" -> {
                List<Metric<Boolean>> flags = new ArrayList<>();
                List<Cursor> items = m.elements();
                if (m.required() && items.isEmpty() && m.arraySize() == 0 && m.present()) {
                    m.problem("cần ít nhất một cờ", "needs at least one flag");
                }
                boolean ok = true;
                for (Cursor f : items) {
                    Optional<Metric<Boolean>> flag = metricOf(f, ValueType.FLAG, level);
                    if (flag.isPresent() && flags.contains(flag.get())) {
                        f.problem("cờ bị lặp lại", "the flag is named twice");
                        ok = false;
                    }
                    flag.ifPresentOrElse(flags::add, () -> { });
                    ok &= flag.isPresent();
                }
                yield ok && !flags.isEmpty() ? Optional.of(new Measure.FlagsHeld(flags)) : Optional.empty();
            }
            case "childrenMeeting", "childrenCertified" -> {
                boolean meeting = kinds.get(0).equals("childrenMeeting");
                String ref = meeting ? "criterion" : "certification";
                if (!m.required() || !m.object(Set.of("level", ref, "form"))) {
                    yield Optional.empty();
                }
                Optional<AdminLevel> childLevel = level(m.get("level"), false);
                Optional<String> id = m.get(ref).requiredString();
                Optional<Measure.Form> form = m.get("form").required() ? m.get("form").enumValue(Measure.Form.class) : Optional.empty();
                if (childLevel.isPresent() && !level.isAbove(childLevel.get())) {
                    m.get("level").problem(childLevel.get().label().vi() + " không thấp hơn " + level.label().vi(),
                            "a " + childLevel.get().label().en() + " is not below a " + level.label().en());
                    yield Optional.empty();
                }
                if (childLevel.isEmpty() || id.isEmpty() || form.isEmpty()) {
                    yield Optional.empty();
                }
                yield Optional.of(meeting ? new Measure.ChildrenMeeting(childLevel.get(), id.get(), form.get())
                        : new Measure.ChildrenCertified(childLevel.get(), id.get(), form.get()));
            }
            default -> throw new IllegalStateException(kinds.get(0));
        };
        return out;
    }

    /** Returns the metric named at {@code c}, checking its type and that a unit at {@code level} can have it. */
    @SuppressWarnings("unchecked")
    private <T> Optional<Metric<T>> metricOf(Cursor c, ValueType type, AdminLevel level) {
        Optional<Metric<?>> found = c.required() ? c.string().flatMap(id -> knownMetric(c, id)) : Optional.empty();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Metric<?> m = found.get();
        if (m.type() != type) {
            c.problem("'" + m.id() + "' là " + typeVi(m.type()) + ", ở đây cần " + typeVi(type),
                    "'" + m.id() + "' is a " + typeEn(m.type()) + ", here a " + typeEn(type) + " is needed");
            return Optional.empty();
        }
        if (level != null && !m.appliesTo(level)) {
            c.problem("chỉ số '" + m.id() + "' mô tả " + m.level().label().vi() + " và không được cộng dồn lên "
                            + level.label().vi() + (m.level() == AdminLevel.HOUSEHOLD ? "; hãy dùng một chỉ số của thôn đếm các hộ" : ""),
                    "the metric '" + m.id() + "' describes a " + m.level().label().en() + " and has no aggregation to a "
                            + level.label().en() + (m.level() == AdminLevel.HOUSEHOLD ? "; use a village metric that counts households" : ""));
            return Optional.empty();
        }
        return Optional.of((Metric<T>) m);
    }

    private Optional<Metric<?>> knownMetric(Cursor c, String id) {
        Metric<?> m = metrics.get(id);
        if (m == null) {
            String[] hint = Suggestions.hint(id, metrics.keySet());
            c.problem("không có chỉ số '" + id + "'; hãy khai báo trong 'metrics'" + hint[0],
                    "unknown metric '" + id + "'; declare it under 'metrics'" + hint[1]);
        }
        return Optional.ofNullable(m);
    }

    private static String typeVi(ValueType t) {
        return switch (t) {
            case COUNT -> "số đếm";
            case FLAG -> "cờ có/không";
            case AMOUNT -> "số lượng thập phân";
        };
    }

    private static String typeEn(ValueType t) {
        return switch (t) {
            case COUNT -> "count";
            case FLAG -> "yes/no flag";
            case AMOUNT -> "decimal amount";
        };
    }

    private Optional<Requirement> requirement(Cursor c) {
        if (c.isString()) {
            return c.string().map(Requirement.Meets::new);
        }
        if (!c.required()) {
            return Optional.empty();
        }
        if (!c.isObject()) {
            c.object(Set.of());
            return Optional.empty();
        }
        List<String> kinds = c.fieldNames().stream().filter(REQUIREMENTS::contains).toList();
        if (kinds.contains("atLeast")) {
            c.object(Set.of("atLeast", "of"));
            Optional<Long> n = c.get("atLeast").required() ? c.get("atLeast").integer(1, 1000) : Optional.empty();
            List<Optional<Requirement>> of = c.get("of").required() ? c.get("of").elements().stream().map(this::requirement).toList()
                    : List.of();
            if (c.get("of").present() && c.get("of").arraySize() == 0) {
                c.get("of").problem("cần ít nhất một yêu cầu", "needs at least one requirement");
            }
            if (n.isPresent() && !of.isEmpty() && n.get() > of.size()) {
                c.get("atLeast").problem("không thể đạt " + n.get() + " trong " + of.size() + " yêu cầu",
                        n.get() + " of " + of.size() + " requirements can never hold");
                return Optional.empty();
            }
            if (n.isEmpty() || of.isEmpty() || of.stream().anyMatch(Optional::isEmpty)) {
                return Optional.empty();
            }
            return Optional.of(new Requirement.AtLeast(n.get().intValue(), of.stream().map(Optional::get).toList()));
        }
        c.object(REQUIREMENTS);
        if (kinds.size() != 1) {
            c.problem("cần đúng một trong: allOf, anyOf, atLeast + of, meets, childrenCertified",
                    "needs exactly one of: allOf, anyOf, atLeast with of, meets, childrenCertified");
            return Optional.empty();
        }
        Cursor r = c.get(kinds.get(0));
        return switch (kinds.get(0)) {
            case "allOf", "anyOf" -> {
                List<Optional<Requirement>> parts = r.elements().stream().map(this::requirement).toList();
                if (r.present() && r.arraySize() == 0) {
                    r.problem("cần ít nhất một yêu cầu", "needs at least one requirement");
                }
                if (parts.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
                    yield Optional.empty();
                }
                List<Requirement> list = parts.stream().map(Optional::get).toList();
                yield Optional.of(kinds.get(0).equals("allOf") ? new Requirement.AllOf(list) : new Requirement.AnyOf(list));
            }
            case "meets" -> r.requiredString().map(Requirement.Meets::new);
            default -> {
                if (!r.required() || !r.object(Set.of("count", "level", "certification"))) {
                    yield Optional.empty();
                }
                Optional<Long> count = r.get("count").required() ? r.get("count").integer(1, 1_000_000) : Optional.empty();
                Optional<AdminLevel> level = level(r.get("level"), false);
                Optional<String> cert = r.get("certification").requiredString();
                if (count.isEmpty() || level.isEmpty() || cert.isEmpty()) {
                    yield Optional.empty();
                }
                yield Optional.of(new Requirement.ChildrenCertified(count.get().intValue(), level.get(), cert.get()));
            }
        };
    }

    // ---- metrics ---------------------------------------------------------------------------------

    private Optional<Metric<?>> metric(Cursor m) {
        if (!m.required() || !m.object(METRIC_FIELDS)) {
            return Optional.empty();
        }
        int before = m.diagnostics().size();
        Optional<String> id = m.get("id").requiredString();
        id.filter(s -> !s.matches("[a-z0-9][a-z0-9._-]{0,79}")).ifPresent(s -> m.get("id").problem(
                "mã chỉ số gồm 1 đến 80 chữ thường, chữ số và . _ -", "a metric id is 1 to 80 lower-case letters, digits and . _ -"));
        Optional<Text> name = text(m.get("name"), true);
        Optional<AdminLevel> level = level(m.get("level"), true);
        Optional<ValueType> type = m.get("type").required() ? m.get("type").enumValue(ValueType.class) : Optional.empty();
        Cursor agg = m.get("aggregation");
        Optional<Metric<Long>> whole = m.get("partOf").present() ? metricOf(m.get("partOf"), ValueType.COUNT, null) : Optional.empty();
        if (m.diagnostics().size() != before) {
            return Optional.empty();
        }
        String mid = id.get();
        Optional<Metric<?>> built;
        if (!agg.present()) {
            built = switch (type.get()) {
                case COUNT -> build(m, () -> Metric.count(mid, level.get(), name.get()));
                case FLAG -> build(m, () -> Metric.flag(mid, level.get(), name.get()));
                case AMOUNT -> build(m, () -> Metric.amount(mid, level.get(), name.get()));
            };
        } else {
            if (type.get() != ValueType.COUNT) {
                agg.problem("chỉ số đếm mới có thể cộng dồn", "only a count aggregates");
                return Optional.empty();
            }
            built = aggregated(agg, mid, level.get(), name.get());
        }
        if (whole.isPresent() && built.isPresent()) {
            Metric<?> b = built.get();
            return build(m.get("partOf"), () -> b.partOf(whole.get()));
        }
        return built;
    }

    private Optional<Metric<?>> aggregated(Cursor agg, String id, AdminLevel level, Text name) {
        if (agg.isString()) {
            String kind = agg.string().orElse("");
            switch (kind) {
                case "sum":
                    return build(agg, () -> Metric.summedCount(id, level, name));
                case "households":
                    if (level != AdminLevel.VILLAGE) {
                        agg.problem("số hộ được đếm ở thôn; cấp phải là 'village'", "households are counted at the village; the level must be 'village'");
                        return Optional.empty();
                    }
                    return build(agg, () -> Metric.households(id, name));
                default:
                    String[] hint = Suggestions.hint(kind, Set.of("sum", "households"));
                    agg.problem("'" + kind + "' không phải 'sum', 'households', {householdsWhere} hoặc {householdsSum}" + hint[0],
                            "'" + kind + "' is not 'sum', 'households', {householdsWhere} or {householdsSum}" + hint[1]);
                    return Optional.empty();
            }
        }
        if (!agg.object(Set.of("householdsWhere", "householdsSum")) || agg.fieldNames().size() != 1) {
            if (agg.isObject()) {
                agg.problem("cần đúng một trong: householdsWhere, householdsSum", "needs exactly one of: householdsWhere, householdsSum");
            }
            return Optional.empty();
        }
        if (level != AdminLevel.VILLAGE) {
            agg.problem("hộ được đếm ở thôn; cấp phải là 'village'", "households are counted at the village; the level must be 'village'");
            return Optional.empty();
        }
        boolean where = agg.get("householdsWhere").present();
        Cursor ref = agg.get(where ? "householdsWhere" : "householdsSum");
        Optional<Metric<?>> base = ref.requiredString().flatMap(s -> knownMetric(ref, s));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Metric<?> b = base.get();
        if (b.level() != AdminLevel.HOUSEHOLD || b.type() != (where ? ValueType.FLAG : ValueType.COUNT)) {
            ref.problem("'" + b.id() + "' phải là " + (where ? "cờ" : "số đếm") + " của hộ",
                    "'" + b.id() + "' must be a household " + (where ? "flag" : "count"));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Optional<Metric<?>> out = where ? build(agg, () -> Metric.householdsWhere(id, name, (Metric<Boolean>) b))
                : build(agg, () -> Metric.householdsSum(id, name, (Metric<Long>) b));
        return out;
    }

    // ---- values ----------------------------------------------------------------------------------

    static Optional<Text> text(Cursor c, boolean required) {
        if (required && !c.required()) {
            return Optional.empty();
        }
        if (!c.object(TEXT_FIELDS)) {
            return Optional.empty();
        }
        Optional<String> vi = c.get("vi").requiredString();
        Optional<String> en = c.get("en").requiredString();
        return vi.isPresent() && en.isPresent() ? Optional.of(Text.of(vi.get(), en.get())) : Optional.empty();
    }

    static Optional<EffectivePeriod> period(Cursor c) {
        if (!c.object(PERIOD_FIELDS)) {
            return Optional.empty();
        }
        int before = c.diagnostics().size();
        LocalDate from = c.get("from").date().orElse(LocalDate.MIN);
        Optional<LocalDate> to = c.get("to").date();
        if (to.isPresent() && to.get().isBefore(from)) {
            c.get("to").problem("ngày kết thúc " + to.get() + " trước ngày bắt đầu " + from,
                    "the period ends (" + to.get() + ") before it starts (" + from + ")");
        }
        return c.diagnostics().size() == before ? Optional.of(new EffectivePeriod(from, to.orElse(null))) : Optional.empty();
    }

    /** Parses {@code ">= 25 %"}, {@code "≥ 1"}, {@code "< 10"}: a comparison, an exact decimal, and {@code %} for a percentage. */
    static Optional<Threshold> threshold(Cursor c, boolean required) {
        if (required && !c.required()) {
            return Optional.empty();
        }
        Optional<String> s = c.string();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = THRESHOLD.matcher(s.get());
        if (!m.matches()) {
            c.problem("'" + s.get() + "' không phải một ngưỡng; viết ví dụ \">= 25 %\" hoặc \">= 1\" (tối đa 6 chữ số thập phân)",
                    "'" + s.get() + "' is not a threshold; write one such as \">= 25 %\" or \">= 1\" (at most 6 decimals)");
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(2));
        boolean percent = !m.group(3).isEmpty();
        if (percent && value.compareTo(HUNDRED) > 0) {
            c.problem("tỷ lệ không thể vượt 100 %, không phải " + value.toPlainString() + " %",
                    "a percentage is at most 100, not " + value.toPlainString());
            return Optional.empty();
        }
        if (!percent && value.compareTo(MAX_ABSOLUTE) > 0) {
            c.problem("ngưỡng tối đa 10^12", "an absolute threshold is at most 10^12");
            return Optional.empty();
        }
        Comparison cmp = switch (m.group(1)) {
            case ">=", "≥" -> Comparison.AT_LEAST;
            case ">" -> Comparison.MORE_THAN;
            case "<=", "≤" -> Comparison.AT_MOST;
            case "<" -> Comparison.LESS_THAN;
            default -> Comparison.EQUAL_TO;
        };
        return Optional.of(new Threshold(cmp, value, percent));
    }

    private Optional<Citation> citation(Cursor c) {
        if (c.isString()) {
            String key = c.string().orElseThrow();
            Citation cited = citations.get(key);
            if (cited == null) {
                String[] hint = Suggestions.hint(key, citations.keySet());
                c.problem("không có trích dẫn '" + key + "' trong 'citations'" + hint[0],
                        "there is no citation '" + key + "' under 'citations'" + hint[1]);
            }
            return Optional.ofNullable(cited);
        }
        if (!c.object(CITATION_FIELDS)) {
            return Optional.empty();
        }
        int before = c.diagnostics().size();
        Citation base = null;
        if (c.get("ref").present()) {
            base = citation(c.get("ref")).orElse(null);
        } else {
            c.get("document").requiredString();
        }
        Optional<String> document = c.get("document").string();
        Optional<LocalDate> date = c.get("date").date();
        Optional<String> article = c.get("article").string();
        Optional<String> url = c.get("url").string();
        url.filter(u -> !u.startsWith("https://") && !u.startsWith("http://")).ifPresent(u -> c.get("url").problem(
                "địa chỉ phải bắt đầu bằng https:// hoặc http://", "an address starts with https:// or http://"));
        Optional<String> source = c.get("source").string();
        Optional<Citation.Verification> verified = c.get("verified").enumValue(Citation.Verification.class);
        if (c.diagnostics().size() != before) {
            return Optional.empty();
        }
        Citation out = base != null ? base : Citation.of(document.orElseThrow());
        return Optional.of(new Citation(document.orElse(out.document()), date.orElse(out.date()), article.orElse(out.article()),
                url.orElse(out.url()), source.orElse(out.source()), verified.orElse(out.verified())));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
