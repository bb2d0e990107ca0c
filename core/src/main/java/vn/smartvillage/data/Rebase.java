package vn.smartvillage.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Organisation;
import vn.smartvillage.model.Unit;

/** Carries a dataset over to the units of a {@link SuccessionMap}: {@link Dataset#rebase(SuccessionMap)}. */
final class Rebase {

    private Rebase() {
    }

    static Dataset rebase(Dataset old, SuccessionMap map) {
        Objects.requireNonNull(map, "map");
        if (!old.asOf().isBefore(map.date())) {
            throw new IllegalArgumentException("the dataset is dated " + old.asOf() + ", not before the succession of " + map.date()
                    + ": it already describes the new units");
        }
        checkShares(old, map);
        List<Problem> gaps = new ArrayList<>();
        AdminLevel lowest = null;
        for (Unit u : map.units()) {
            if (lowest == null || lowest.isAbove(u.level())) {
                lowest = u.level();
            }
        }
        // Where each unit of the dataset goes: mapped (replaced by its successors), kept under a new parent, or dropped.
        Set<String> mapped = new LinkedHashSet<>();
        Map<String, Integer> order = new HashMap<>();
        Map<String, String> keptUnder = new LinkedHashMap<>();
        for (Unit u : old.units()) {
            if (!map.successors(u.id()).isEmpty()) {
                mapped.add(u.id());
                order.put(u.id(), order.size());
            }
        }
        for (Unit root : old.roots()) {
            place(old, map, lowest, root, mapped, keptUnder, gaps);
        }
        // The new units the dataset reaches: the successors of its mapped units and their ancestors.
        Set<String> reached = new LinkedHashSet<>();
        for (String m : mapped) {
            for (String s : map.successors(m)) {
                for (String id = s; id != null && reached.add(id); ) {
                    id = map.unit(id).flatMap(Unit::parentId).orElse(null);
                }
            }
        }
        DatasetBuilder b = Dataset.builder(old.asOf());
        Set<String> incomplete = new LinkedHashSet<>();
        Map<String, Set<Metric<?>>> unknown = new HashMap<>();
        for (Unit n : map.units()) {
            if (!reached.contains(n.id())) {
                continue;
            }
            n.parentId().ifPresentOrElse(p -> b.unit(n.id(), n.name(), n.level(), p), () -> b.unit(n.id(), n.name(), n.level()));
            List<String> preds = map.predecessors(n.id());
            // The dataset's order, so that sums and their sources do not depend on how the map was made.
            List<String> present = preds.stream().filter(mapped::contains).sorted(java.util.Comparator.comparing(order::get)).toList();
            List<String> missing = preds.stream().filter(p -> !mapped.contains(p)).toList();
            List<String> partial = present.stream().filter(p -> map.successors(p).size() > 1).toList();
            Set<Metric<?>> metrics = new LinkedHashSet<>();
            present.forEach(p -> metrics.addAll(old.observedMetrics(p)));
            if (!missing.isEmpty() || !partial.isEmpty()) {
                incomplete.add(n.id());
                String code = missing.isEmpty() ? "rebase.unit.partial" : "rebase.unit.predecessorsMissing";
                gaps.add(Problem.of(code, Places.unit(n.id()), "missing", String.join(", ", missing), "partial", String.join(", ", partial),
                        "present", present.isEmpty() ? "—" : String.join(", ", present)));
                for (Metric<?> m : metrics) {
                    List<String> carriers = present.stream().filter(p -> old.observedMetrics(p).contains(m)).toList();
                    // A count whose every divided predecessor's share is given as data is summed; nothing else is divided.
                    List<String> unshared = partial.stream().filter(p -> map.share(p, n.id(), m).isEmpty()).toList();
                    if (missing.isEmpty() && m.type() == ValueType.COUNT && unshared.isEmpty()) {
                        carryShares(old, map, b, n.id(), present, m, gaps, unknown);
                        continue;
                    }
                    if (missing.isEmpty() && m.type() != ValueType.COUNT) {
                        gaps.add(Problem.of("rebase.figure.partialNotCount", Places.figure(n.id(), m.id()), "carriers",
                                String.join(", ", carriers), "partial", String.join(", ", partial)));
                        continue;
                    }
                    gaps.add(Problem.of(missing.isEmpty() ? "rebase.figure.partial" : "rebase.figure.predecessorsMissing",
                            Places.figure(n.id(), m.id()), "carriers", String.join(", ", carriers), "missing", String.join(", ", missing),
                            "partial", String.join(", ", missing.isEmpty() ? unshared : partial)));
                }
                continue;
            }
            for (Metric<?> m : metrics) {
                carry(old, b, n.id(), present, m, gaps, unknown);
            }
            if (present.size() == 1 && old.householdCount(present.get(0)) > 0) {
                b.households(n.id(), old.householdTable(present.get(0)));
            }
        }
        for (Unit u : old.units()) {
            String parent = keptUnder.get(u.id());
            if (parent == null) {
                continue;
            }
            b.unit(u.id(), u.name(), u.level(), parent);
            for (Metric<?> m : old.observedMetrics(u.id())) {
                observe(b, u.id(), m, old.observed(u.id(), m).orElseThrow(), old.source(u.id(), m));
            }
            if (old.householdCount(u.id()) > 0) {
                b.households(u.id(), old.householdTable(u.id()));
            }
        }
        for (Unit u : old.units()) {
            for (Organisation o : old.organisations(u.id())) {
                if (keptUnder.containsKey(u.id())) {
                    b.organisation(o.id(), o.name(), o.kind(), u.id());
                } else if (mapped.contains(u.id())) {
                    List<String> s = map.successors(u.id());
                    if (s.size() == 1) {
                        b.organisation(o.id(), o.name(), o.kind(), s.get(0));
                    } else {
                        gaps.add(Problem.of("rebase.organisation.divided", Places.organisation(o.id()), "unit", u.id(),
                                "successors", String.join(", ", s)));
                    }
                }
            }
        }
        return b.build().withGaps(gaps, incomplete, unknown);
    }

    /** Decides, top-down, where a unit that the map does not name goes. */
    private static void place(Dataset old, SuccessionMap map, AdminLevel lowest, Unit u, Set<String> mapped, Map<String, String> keptUnder,
            List<Problem> gaps) {
        if (!mapped.contains(u.id())) {
            String parent = u.parentId().orElse(null);
            if (lowest == null || !lowest.isAbove(u.level()) || parent == null) {
                gaps.add(Problem.of("rebase.unit.noSuccessor", Places.unit(u.id()), "date", map.date()));
            } else if (keptUnder.containsKey(parent)) {
                keptUnder.put(u.id(), parent);
            } else if (mapped.contains(parent)) {
                List<String> s = map.successors(parent);
                Optional<String> placed = map.placement(u.id());
                if (s.size() == 1) {
                    keptUnder.put(u.id(), s.get(0));
                } else if (placed.isPresent() && s.contains(placed.get())) {
                    keptUnder.put(u.id(), placed.get());
                } else if (placed.isPresent()) {
                    throw new IllegalArgumentException("the unit '" + u.id() + "' is placed in '" + placed.get()
                            + "', which is not a successor of its unit '" + parent + "': " + s);
                } else {
                    gaps.add(Problem.of("rebase.unit.divided", Places.unit(u.id()), "parent", parent, "successors", String.join(", ", s)));
                }
            }
            // Else it is below a dropped unit, and dropped with it: its ancestor's gap says so.
        }
        // Mapped units below a dropped one (communes of an abolished district) still go to their successors.
        for (Unit c : old.children(u.id())) {
            place(old, map, lowest, c, mapped, keptUnder, gaps);
        }
    }

    /** Carries one figure of whole predecessors into their successor, or says why not. */
    private static void carry(Dataset old, DatasetBuilder b, String to, List<String> present, Metric<?> m, List<Problem> gaps,
            Map<String, Set<Metric<?>>> unknown) {
        List<String> carriers = present.stream().filter(p -> old.observedMetrics(p).contains(m)).toList();
        List<String> without = present.stream().filter(p -> !carriers.contains(p)).toList();
        String code = null;
        Object value = null;
        if (!without.isEmpty()) {
            code = "rebase.figure.notCarriedByAll";
        } else if (present.size() == 1) {
            observe(b, to, m, old.observed(present.get(0), m).orElseThrow(), old.source(present.get(0), m));
            return;
        } else if (m.type() == ValueType.COUNT) {
            long sum = 0;
            for (String p : present) {
                sum = Math.addExact(sum, (Long) old.observed(p, m).orElseThrow());
            }
            value = sum;
        } else if (m.type() == ValueType.FLAG) {
            Set<Object> seen = new LinkedHashSet<>();
            present.forEach(p -> seen.add(old.observed(p, m).orElseThrow()));
            if (seen.size() == 1) {
                value = seen.iterator().next();
            } else {
                code = "rebase.figure.disagree";
            }
        } else {
            code = "rebase.figure.amount";
        }
        if (code != null) {
            gaps.add(Problem.of(code, Places.figure(to, m.id()), "carriers", String.join(", ", carriers), "without",
                    String.join(", ", without)));
            unknown.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(m);
            return;
        }
        List<String> sources = new ArrayList<>();
        for (String p : present) {
            sources.add(p + old.source(p, m).map(s -> " (" + s + ")").orElse(""));
        }
        observe(b, to, m, value, Optional.of(String.join("; ", sources)));
    }

    /**
     * Carries a count into a successor made in part of divided units, each of whose share is given: the whole
     * predecessors' figures plus the shares. Every predecessor must have the figure (a share is of a figure).
     */
    private static void carryShares(Dataset old, SuccessionMap map, DatasetBuilder b, String to, List<String> present, Metric<?> m,
            List<Problem> gaps, Map<String, Set<Metric<?>>> unknown) {
        List<String> carriers = present.stream().filter(p -> old.observedMetrics(p).contains(m)).toList();
        List<String> without = present.stream().filter(p -> !carriers.contains(p)).toList();
        if (!without.isEmpty()) {
            gaps.add(Problem.of("rebase.figure.notCarriedByAll", Places.figure(to, m.id()), "carriers", String.join(", ", carriers), "without",
                    String.join(", ", without)));
            unknown.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(m);
            return;
        }
        long sum = 0;
        List<String> sources = new ArrayList<>();
        for (String p : present) {
            long figure = (Long) old.observed(p, m).orElseThrow();
            OptionalLong share = map.successors(p).size() > 1 ? map.share(p, to, m) : OptionalLong.empty();
            sum = Math.addExact(sum, share.orElse(figure));
            String of = share.isPresent() ? "share " + share.getAsLong() + " of " + figure : null;
            String source = old.source(p, m).orElse(null);
            String note = of == null ? source : source == null ? of : of + "; " + source;
            sources.add(p + (note == null ? "" : " (" + note + ")"));
        }
        observe(b, to, m, sum, Optional.of(String.join("; ", sources)));
    }

    /**
     * Checks the map's shares against the dataset's figures, all at once: a share larger than its unit's figure,
     * shares of one unit summing to more than its figure, or to less when they cover every successor.
     */
    private static void checkShares(Dataset old, SuccessionMap map) {
        Map<List<String>, Map<String, Long>> byFigure = new LinkedHashMap<>();
        map.shares().forEach((k, v) -> byFigure.computeIfAbsent(List.of(k.formerId(), k.metricId()), x -> new LinkedHashMap<>())
                .put(k.successorId(), v));
        List<Problem> problems = new ArrayList<>();
        byFigure.forEach((key, shares) -> {
            String former = key.get(0);
            Optional<Unit> unit = old.unit(former);
            Optional<Metric<?>> metric = unit.isEmpty() ? Optional.empty()
                    : old.observedMetrics(former).stream().filter(m -> m.id().equals(key.get(1)) && m.type() == ValueType.COUNT).findFirst();
            if (metric.isEmpty()) {
                return;   // the dataset lacks the figure: the share cannot be carried, and the successor's figure says so
            }
            long figure = (Long) old.observed(former, metric.get()).orElseThrow();
            String name = unit.get().name();
            boolean single = false;
            long sum = 0;
            for (Map.Entry<String, Long> e : shares.entrySet()) {
                if (e.getValue() > figure) {
                    single = true;
                    problems.add(Problem.of("rebase.share.exceedsFigure", Places.figure(former, key.get(1)), "unit", name, "successor",
                            map.unit(e.getKey()).map(Unit::name).orElse(e.getKey()), "share", e.getValue(), "figure", figure));
                }
                sum = Math.addExact(sum, e.getValue());
            }
            String listed = String.join(", ", shares.keySet().stream().map(s -> map.unit(s).map(Unit::name).orElse(s)).toList());
            if (!single && sum > figure) {
                problems.add(Problem.of("rebase.share.sumExceedsFigure", Places.figure(former, key.get(1)), "unit", name, "successors", listed,
                        "sum", sum, "figure", figure));
            } else if (sum < figure && shares.size() == map.successors(former).size()) {
                problems.add(Problem.of("rebase.share.sumShort", Places.figure(former, key.get(1)), "unit", name, "successors", listed,
                        "sum", sum, "figure", figure));
            }
        });
        if (!problems.isEmpty()) {
            throw new SmartVillageException("the shares of divided units do not fit their figures", problems);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void observe(DatasetBuilder b, String unitId, Metric<T> m, Object value, Optional<String> source) {
        if (source.isPresent()) {
            b.observe(unitId, m, (T) value, source.get());
        } else {
            b.observe(unitId, m, (T) value);
        }
    }
}
