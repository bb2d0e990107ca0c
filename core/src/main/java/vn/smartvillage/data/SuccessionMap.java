package vn.smartvillage.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.apiguardian.api.API;

import vn.smartvillage.metric.Metric;
import vn.smartvillage.metric.ValueType;
import vn.smartvillage.model.Unit;

/**
 * A dated reorganisation of administrative units, as data: the new units, and for each former unit the new
 * units it went into. A former unit with one successor went over whole; one with several was divided, and
 * went into each of them in part. {@link Dataset#rebase(SuccessionMap)} carries a dataset dated before the
 * change over to the new units.
 *
 * <pre>{@code
 * SuccessionMap map = SuccessionMap.of(LocalDate.of(2025, 7, 1),
 *         List.of(new Unit("p", "Province P", AdminLevel.PROVINCE), new Unit("c", "Commune C", AdminLevel.COMMUNE, "p")),
 *         Map.of("old-p", List.of("p"), "old-a", List.of("c"), "old-b", List.of("c")));   // A and B merged into C
 * Dataset after = before.rebase(map);
 * }</pre>
 *
 * <p>Keys are unit ids: a dataset's ids for the former units, the new units' ids for the successors.
 * Units below the map's lowest level (villages below communes) are not in the map: they keep their ids
 * and follow their unit; {@link #withPlacement} says where one goes when its unit was divided. The map
 * names the former units a dataset may lack: a new unit's {@link #predecessors} are all of them, so that a
 * re-based figure never silently covers only part of a unit. A count of a divided unit is not divided unless
 * {@link #withShare} supplies, as data, the part of it that went to a successor ("of Xã X's 4,000 residents,
 * 1,200 went to Xã A"); nothing else of a divided unit is ever divided. Immutable.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SuccessionMap {

    private final LocalDate date;
    private final Map<String, Unit> units;
    private final Map<String, List<String>> successors;
    private final Map<String, List<String>> predecessors;
    private final Map<String, String> placements;
    /** For a divided former unit, a successor and a count metric, the part of the former unit's figure that went there. */
    private final Map<Share, Long> shares;

    /** The key of a share. */
    record Share(String formerId, String successorId, String metricId) {
    }

    private SuccessionMap(LocalDate date, Map<String, Unit> units, Map<String, List<String>> successors,
            Map<String, List<String>> predecessors, Map<String, String> placements, Map<Share, Long> shares) {
        this.date = date;
        this.units = units;
        this.successors = successors;
        this.predecessors = predecessors;
        this.placements = placements;
        this.shares = shares;
    }

    /**
     * Returns the map of a reorganisation.
     *
     * @param date       the first day of the new units, not null
     * @param units      the new units, parents before or after their children, with unique ids; a parent
     *                   named must be among them; not null
     * @param successors for each former unit's id, the ids of the new units it went into (one: whole;
     *                   several: in part, divided), each among {@code units}; not null, no list empty
     * @return the map, with the units in the order given and the former units in the map's order
     * @throws NullPointerException     if an argument or a part of one is {@code null}
     * @throws IllegalArgumentException if two units have one id, a parent or successor is not among the
     *                                  units, a list of successors is empty or names a unit twice
     */
    public static SuccessionMap of(LocalDate date, List<Unit> units, Map<String, List<String>> successors) {
        Objects.requireNonNull(date, "date");
        Map<String, Unit> byId = new LinkedHashMap<>();
        for (Unit u : Objects.requireNonNull(units, "units")) {
            if (byId.putIfAbsent(Objects.requireNonNull(u, "unit").id(), u) != null) {
                throw new IllegalArgumentException("two new units have the id '" + u.id() + "'");
            }
        }
        for (Unit u : byId.values()) {
            u.parentId().filter(p -> !byId.containsKey(p)).ifPresent(p -> {
                throw new IllegalArgumentException("the parent '" + p + "' of the new unit '" + u.id() + "' is not among the new units");
            });
        }
        Map<String, List<String>> next = new LinkedHashMap<>();
        Map<String, List<String>> previous = new LinkedHashMap<>();
        Objects.requireNonNull(successors, "successors").forEach((old, list) -> {
            Objects.requireNonNull(old, "former unit id");
            List<String> copy = List.copyOf(Objects.requireNonNull(list, "successors of " + old));
            if (copy.isEmpty() || Set.copyOf(copy).size() != copy.size()) {
                throw new IllegalArgumentException("the successors of '" + old + "' must be one or more distinct units: " + copy);
            }
            for (String s : copy) {
                if (!byId.containsKey(s)) {
                    throw new IllegalArgumentException("the successor '" + s + "' of '" + old + "' is not among the new units");
                }
                previous.computeIfAbsent(s, k -> new ArrayList<>(2)).add(old);
            }
            next.put(old, copy);
        });
        previous.replaceAll((k, v) -> List.copyOf(v));
        return new SuccessionMap(date, Collections.unmodifiableMap(byId), Collections.unmodifiableMap(next),
                Collections.unmodifiableMap(previous), Map.of(), Map.of());
    }

    /**
     * Returns this map, saying that the unit {@code unitId}, below the map's units, now belongs to
     * {@code successorId}: where a village of a divided commune went, which the succession alone does not say.
     *
     * @param unitId      the id of a unit of the dataset to re-base, below a divided unit, not null
     * @param successorId the id of the new unit it is in now: one of the successors of its former parent, not
     *                    null (checked by {@link Dataset#rebase})
     * @return a map with the placement added (replacing an earlier one of the unit)
     * @throws NullPointerException     if an argument is {@code null}
     * @throws IllegalArgumentException if {@code successorId} is not among the new units
     */
    public SuccessionMap withPlacement(String unitId, String successorId) {
        Objects.requireNonNull(unitId, "unitId");
        if (!units.containsKey(Objects.requireNonNull(successorId, "successorId"))) {
            throw new IllegalArgumentException("the new unit '" + successorId + "' is not in the map");
        }
        Map<String, String> p = new LinkedHashMap<>(placements);
        p.put(unitId, successorId);
        return new SuccessionMap(date, units, successors, predecessors, Collections.unmodifiableMap(p), shares);
    }

    /**
     * Returns this map, saying as data how much of a divided unit's count went to one of its successors: "of
     * Xã X's 4,000 residents, 1,200 went to Xã A" is {@code withShare("xa-x", "xa-a", RESIDENTS, 1200)}. An exact
     * number, never a fraction. {@link Dataset#rebase} then sums into {@code successorId} its whole predecessors'
     * figures of {@code metric} and the shares of its divided ones, when every divided predecessor's share is
     * supplied; else the figure stays unknown, as without shares. Flags, amounts and household records of a
     * divided unit are never divided.
     *
     * <p>A share is checked against the dataset re-based (the map does not know its figures): a share larger
     * than the former unit's figure, shares of one former unit summing to more than its figure, or shares
     * given for every one of its successors summing to less (part of it would go nowhere) make
     * {@link Dataset#rebase} throw, naming the unit and the figure.
     *
     * @param formerId    the id of a former unit divided among several new units, not null
     * @param successorId the id of one of its successors, not null
     * @param metric      a count metric ({@link ValueType#COUNT}), not null
     * @param value       the part of the former unit's figure that went to {@code successorId}, zero or more
     * @return a map with the share added (replacing an earlier one of the same unit, successor and metric)
     * @throws NullPointerException     if an argument is {@code null}
     * @throws IllegalArgumentException if {@code formerId} is not a divided unit of the map, {@code successorId}
     *                                  is not one of its successors, {@code metric} is not a count, or
     *                                  {@code value} is negative
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public SuccessionMap withShare(String formerId, String successorId, Metric<Long> metric, long value) {
        Objects.requireNonNull(formerId, "formerId");
        Objects.requireNonNull(successorId, "successorId");
        Objects.requireNonNull(metric, "metric");
        List<String> next = successors(formerId);
        if (next.size() < 2) {
            throw new IllegalArgumentException("the former unit '" + formerId + "' "
                    + (next.isEmpty() ? "is not in the map" : "went over whole into '" + next.get(0) + "'") + ": only a divided unit has shares");
        }
        if (!next.contains(successorId)) {
            throw new IllegalArgumentException("the new unit '" + successorId + "' is not a successor of '" + formerId + "': " + next);
        }
        if (metric.type() != ValueType.COUNT) {
            throw new IllegalArgumentException("the metric '" + metric.id() + "' is not a count: only a count is divided by shares");
        }
        if (value < 0) {
            throw new IllegalArgumentException("the share of '" + formerId + "' in '" + successorId + "' for '" + metric.id() + "' is negative: "
                    + value);
        }
        Map<Share, Long> s = new LinkedHashMap<>(shares);
        s.put(new Share(formerId, successorId, metric.id()), value);
        return new SuccessionMap(date, units, successors, predecessors, placements, Collections.unmodifiableMap(s));
    }

    /**
     * {@return the share given by {@link #withShare} of a divided unit's count that went to one successor, or
     * empty}
     *
     * @param formerId    a former unit's id
     * @param successorId a new unit's id
     * @param metric      a metric, matched by its id
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public OptionalLong share(String formerId, String successorId, Metric<?> metric) {
        Long v = shares.get(new Share(formerId, successorId, metric.id()));
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** The shares, in the order given. */
    Map<Share, Long> shares() {
        return shares;
    }

    /** {@return the first day of the new units} */
    public LocalDate date() {
        return date;
    }

    /** {@return the new units, in the order given; unmodifiable} */
    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    /**
     * {@return the new unit with the id, or empty}
     *
     * @param id a new unit's id
     */
    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    /** {@return the ids of the former units the map names, in its order; unmodifiable} */
    public Set<String> formerUnits() {
        return successors.keySet();
    }

    /**
     * {@return the ids of the new units the former unit went into: one if it went over whole, several if it
     * was divided; empty for a unit the map does not name}
     *
     * @param formerId a former unit's id
     */
    public List<String> successors(String formerId) {
        return successors.getOrDefault(formerId, List.of());
    }

    /**
     * {@return the ids of all the former units the new unit was made of, whole or in part, in the map's order;
     * empty for a new unit made of none and for an id the map does not have}
     *
     * @param newId a new unit's id
     */
    public List<String> predecessors(String newId) {
        return predecessors.getOrDefault(newId, List.of());
    }

    /**
     * {@return the new unit given by {@link #withPlacement} for a unit below a divided one, or empty}
     *
     * @param unitId the id of a unit below the map's units
     */
    public Optional<String> placement(String unitId) {
        return Optional.ofNullable(placements.get(unitId));
    }

    @Override
    public String toString() {
        return "SuccessionMap[date=" + date + ", units=" + units.size() + ", former=" + successors.size() + ", placements="
                + placements.size() + ", shares=" + shares.size() + "]";
    }
}
