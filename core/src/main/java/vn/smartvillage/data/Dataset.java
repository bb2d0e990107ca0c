package vn.smartvillage.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.time.LocalDate;

import org.apiguardian.api.API;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.internal.location.Places;

import vn.smartvillage.metric.Aggregation;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Organisation;
import vn.smartvillage.model.Unit;

/**
 * The figures for a set of administrative units at one date: the hierarchy, what each unit carries,
 * and the household records of its villages.
 *
 * <p>A dataset is built and validated in one step by {@link #builder(LocalDate)}; a dataset that exists
 * is valid. It is immutable and safe to share between threads. Missing is never zero: a unit that
 * carries no value for a metric, and cannot aggregate one, has none ({@link #value} is empty).
 *
 * <pre>{@code
 * Metric<Long> residents = Metric.summedCount("residents", AdminLevel.VILLAGE, Text.of("nhân khẩu", "residents"));
 * Metric<Long> withId = Metric.summedCount("residents.electronic-id", AdminLevel.VILLAGE,
 *         Text.of("người dân có định danh điện tử", "residents with electronic ID")).withWhole(residents);
 * Dataset data = Dataset.builder(LocalDate.of(2023, 1, 24))
 *         .province("song-xanh", "Sông Xanh")
 *         .commune("dong-xanh", "Đồng Xanh", "song-xanh")
 *         .village("an-lanh", "An Lành", "dong-xanh")
 *         .observe("an-lanh", residents, 4000L)
 *         .observe("an-lanh", withId, 1100L)
 *         .build();
 * }</pre>
 *
 * <p>The names are made up. The metrics are usually a vocabulary's, such as Vietnam's in
 * {@code smartvillage-criteria-vn}, rather than made here.
 */
@API(status = STABLE, since = "0.1")
public final class Dataset {

    static {
        // The evaluation reads a dataset's units and figures in columns through this door; the public API does not.
        vn.smartvillage.internal.UnitTable.install(new vn.smartvillage.internal.UnitTable.Door<Dataset, Unit, Metric<?>>() {
            @Override
            public vn.smartvillage.internal.UnitTable<Unit, Metric<?>> table(Dataset dataset) {
                return dataset.table();
            }

            @Override
            public vn.smartvillage.internal.UnitTable<Unit, Metric<?>> derive(Dataset after, vn.smartvillage.internal.UnitTable<Unit, Metric<?>> base,
                    int changed) {
                return after.derivedTable((DatasetTable) base, changed);
            }
        });
    }

    private final LocalDate asOf;
    private final Map<String, Unit> units;
    private final List<Unit> unitList;
    private final Map<String, List<Unit>> children;
    private final List<Unit> roots;
    private final Map<String, Map<Metric<?>, Object>> observations;
    private final Map<String, Map<Metric<?>, String>> sources;
    private final Map<String, Households> households;
    private final Map<String, List<Organisation>> organisations;
    /** The official recognitions, in the order they were added. */
    private final List<Recognition> recognitions;
    private final Map<String, List<Recognition>> recognitionsByUnit;
    /** What {@link #value} reads of one unit, found with one lookup instead of three. */
    private final Map<String, Slot> slots;
    /** What a re-basing could not carry over; empty for a dataset built directly. */
    private final List<Problem> gaps;
    /** Units whose aggregates are unknown because the data lacks part of what they were made of. */
    private final Set<String> incomplete;
    /** Figures a re-basing left unknown, which no aggregate may stand in for. */
    private final Map<String, Set<Metric<?>>> unknown;
    /** Where the units were read, for problems found after the dataset was built (a check of their codes). */
    private final Provenance provenance;

    /** The document the dataset was read from (or null), and the place each unit was read, where a loader said. */
    record Provenance(Location document, Map<String, Location> units) {
        static final Provenance NONE = new Provenance(null, Map.of());
    }

    /** The units and their figures in columns, made the first time the evaluation asks (a benign race may make it twice, equal). */
    private volatile DatasetTable table;

    /** A unit with its own figures, its household records (or null) and its children. */
    private record Slot(Unit unit, Map<Metric<?>, Object> observed, Households households, List<Unit> children) {
    }

    Dataset(LocalDate asOf, Map<String, Unit> units, Map<String, List<Unit>> children, List<Unit> roots,
            Map<String, Map<Metric<?>, Object>> observations, Map<String, Map<Metric<?>, String>> sources,
            Map<String, Households> households, Map<String, List<Organisation>> organisations) {
        this(asOf, units, children, roots, observations, sources, households, organisations, List.of(), Set.of(), Map.of());
    }

    private Dataset(LocalDate asOf, Map<String, Unit> units, Map<String, List<Unit>> children, List<Unit> roots,
            Map<String, Map<Metric<?>, Object>> observations, Map<String, Map<Metric<?>, String>> sources,
            Map<String, Households> households, Map<String, List<Organisation>> organisations, List<Problem> gaps,
            Set<String> incomplete, Map<String, Set<Metric<?>>> unknown) {
        this.gaps = gaps;
        this.incomplete = incomplete;
        this.unknown = unknown;
        this.asOf = asOf;
        this.sources = sources;
        this.units = units;
        this.unitList = List.copyOf(units.values());
        this.children = children;
        this.roots = roots;
        this.observations = observations;
        this.households = households;
        this.organisations = organisations;
        this.recognitions = List.of();
        this.recognitionsByUnit = Map.of();
        this.provenance = Provenance.NONE;
        Map<String, Slot> index = new HashMap<>(units.size() * 2);
        units.forEach((id, u) -> index.put(id, new Slot(u, observations.getOrDefault(id, Map.of()), households.get(id),
                children.getOrDefault(id, List.of()))));
        this.slots = index;
    }

    /**
     * {@return a builder for a dataset whose figures describe the situation on {@code asOf}}
     *
     * @param asOf the date the figures describe, such as the end of a reporting period; not null
     */
    public static DatasetBuilder builder(LocalDate asOf) {
        return new DatasetBuilder(asOf);
    }

    /** {@return the date the figures describe} */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return every unit, in the order they were added; unmodifiable} */
    public List<Unit> units() {
        return unitList;
    }

    /** {@return the number of units, households not counted} */
    public int size() {
        return units.size();
    }

    /**
     * {@return the unit with the given id, or empty}
     *
     * @param id a unit id; an id the dataset does not hold gives empty
     */
    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    /** {@return the units without a parent, in the order they were added} */
    public List<Unit> roots() {
        return roots;
    }

    /**
     * {@return the direct children of the unit, in the order they were added; empty for a leaf or an unknown id}
     *
     * @param unitId the parent's id
     */
    public List<Unit> children(String unitId) {
        return children.getOrDefault(unitId, List.of());
    }

    /**
     * {@return the units at {@code level} below the given unit, at any depth, in hierarchy order} A
     * province's communes are found with or without districts between them.
     *
     * @param unitId the id of the unit to look below; an unknown id gives an empty list
     * @param level  the level of the units wanted, not null; a level not below the unit gives an empty list
     */
    public List<Unit> descendants(String unitId, AdminLevel level) {
        List<Unit> out = new ArrayList<>();
        collect(unitId, level, out);
        return out;
    }

    private void collect(String unitId, AdminLevel level, List<Unit> out) {
        for (Unit c : children(unitId)) {
            if (c.level() == level) {
                out.add(c);
            } else if (c.level().isAbove(level)) {
                collect(c.id(), level, out);
            }
        }
    }

    /**
     * {@return the organisations operating in the unit, in the order they were added}
     *
     * @param unitId the unit's id; a unit without organisations, or an unknown id, gives an empty list
     */
    public List<Organisation> organisations(String unitId) {
        return organisations.getOrDefault(unitId, List.of());
    }

    /**
     * {@return the number of household records of a village, 0 when it has none} A village that has
     * household records has all of them, so counts over them are the village's counts; one without records
     * carries its figures as totals. Households are kept in columns, one per metric, never as one object
     * each: {@link #household} reads one fact of one record.
     *
     * @param villageId the village's id; any other id gives 0
     */
    public int householdCount(String villageId) {
        Households h = households.get(villageId);
        return h == null ? 0 : h.size();
    }

    /**
     * {@return the household metrics that at least one of the village's records has a value for, in the order
     * they were first given; empty when it has no records}
     *
     * @param villageId the village's id; any other id gives an empty set
     */
    public Set<Metric<?>> householdMetrics(String villageId) {
        Households h = households.get(villageId);
        return h == null ? Set.of() : h.metrics();
    }

    /**
     * {@return the value of {@code metric} for one household record of a village, or empty if that household
     * does not have it} A fact a household does not have is missing, never {@code false} or zero.
     *
     * @param <T>       the metric's value type
     * @param villageId the village's id
     * @param index     the household's position among the village's records, in the order they were added,
     *                  from 0
     * @param metric    a household-level metric, not null; one no household has gives empty
     * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, householdCount(villageId))}
     */
    public <T> Optional<T> household(String villageId, int index, Metric<T> metric) {
        Households h = households.get(villageId);
        if (h == null) {
            throw new IndexOutOfBoundsException("the village '" + villageId + "' has no household records, asked for record " + index);
        }
        return h.get(index, Objects.requireNonNull(metric, "metric"));
    }

    /**
     * {@return the metrics the unit carries directly, not those it only aggregates}
     *
     * @param unitId the unit's id; an unknown id gives an empty set
     */
    public Set<Metric<?>> observedMetrics(String unitId) {
        return observations.getOrDefault(unitId, Map.of()).keySet();
    }

    /**
     * {@return where the value the unit carries for {@code metric} comes from, if the source is known}
     *
     * @param unitId the unit's id
     * @param metric the metric of a value the unit carries directly; an aggregate has no source
     */
    public Optional<String> source(String unitId, Metric<?> metric) {
        return Optional.ofNullable(sources.getOrDefault(unitId, Map.of()).get(metric));
    }

    /**
     * {@return the value the unit carries directly for {@code metric}, or empty} An aggregate over the
     * unit's households or children is not read here; see {@link #value}.
     *
     * @param <T>    the metric's value type
     * @param unitId the unit's id; an unknown id gives empty
     * @param metric the metric wanted, not null
     */
    public <T> Optional<T> observed(String unitId, Metric<T> metric) {
        Object v = observations.getOrDefault(unitId, Map.of()).get(metric);
        return Optional.ofNullable(v).map(metric::cast);
    }

    /**
     * {@return the unit's value for {@code metric}: the value it carries, or else the
     * {@linkplain Aggregation aggregate} over its households or children; empty when neither is known}
     * An aggregate is known only when every part of it is: one village without a value leaves its
     * commune's sum unknown.
     *
     * @param <T>    the metric's value type
     * @param unitId the unit's id; an unknown id gives empty
     * @param metric the metric wanted, not null
     */
    public <T> Optional<T> value(String unitId, Metric<T> metric) {
        Slot slot = slots.get(unitId);
        if (slot == null) {
            return Optional.empty();
        }
        Object direct = slot.observed().get(metric);
        if (direct != null) {
            return Optional.of(metric.cast(direct));
        }
        Aggregation aggregation = metric.aggregation().orElse(null);
        if (aggregation == null || !metric.appliesTo(slot.unit().level()) || blocked(unitId, metric)) {
            return Optional.empty();
        }
        OptionalLong aggregate = aggregate(slot, metric, aggregation);
        return aggregate.isPresent() ? Optional.of(metric.cast(aggregate.getAsLong())) : Optional.empty();
    }

    /** The units numbered in dataset order, with their own figures in columns by metric: what the evaluation reads. */
    DatasetTable table() {
        DatasetTable t = table;
        if (t == null) {
            t = new DatasetTable(this);
            table = t;
        }
        return t;
    }

    /**
     * The table of this dataset made from {@code base}'s, which it differs from only in the figures of the unit
     * at {@code changed}; this dataset's own table when it has one already. Not kept: made again for each
     * re-evaluation, so that one costs what the next costs.
     */
    DatasetTable derivedTable(DatasetTable base, int changed) {
        DatasetTable t = table;
        return t != null ? t : new DatasetTable(base, this, changed);
    }

    /** The figures the unit carries directly, by metric; empty for an unknown id. */
    Map<Metric<?>, Object> observedFigures(String unitId) {
        return observations.getOrDefault(unitId, Map.of());
    }

    boolean blocked(String unitId, Metric<?> metric) {
        return !gaps.isEmpty() && (incomplete.contains(unitId) || unknown.getOrDefault(unitId, Set.of()).contains(metric));
    }

    /**
     * Returns this dataset carried over to the new units of a reorganisation: the units of {@code map}
     * that succeed the dataset's units, with the figures that can be known of them, dated as this dataset
     * is, so that it can be assessed beside data dated after the change (a {@code Trend} across the change).
     *
     * <pre>{@code
     * Dataset rebased = data2023.rebase(map);      // the 2023 figures on the units of 2025-07-01
     * rebased.gaps();                              // what could not be carried over, and why
     * }</pre>
     *
     * <p>What goes where:
     * <ul>
     * <li>A new unit made of former units that are all in the dataset and all went into it whole
     *     carries their figures: a count is their sum; a flag is theirs when they all agree (a merged unit
     *     "has" a thing, or does "all" of something, only when every part says the same); an amount of
     *     several units is unknown (a rate is not a sum); one predecessor's figures carry over as they are.
     *     A figure that some predecessors carry and others do not is unknown.</li>
     * <li>A new unit made in part of a divided unit, or of former units the dataset lacks, carries none
     *     of their figures, and its totals over the units below it are unknown: the data covers only part
     *     of it. Each such figure is a {@linkplain #gaps() gap} naming the predecessors. One exception: a
     *     count of a new unit whose predecessors are all in the dataset, and for each divided one of which
     *     {@link SuccessionMap#withShare} gives the part that went there, is the whole predecessors' figures
     *     plus those shares. Flags, amounts and household records of a divided unit are never divided.</li>
     * <li>A unit below the map's units (a village below communes) keeps its id, figures, households and
     *     organisations, and moves under its unit's successor when its unit went over whole; when its unit
     *     was divided, under the successor {@link SuccessionMap#withPlacement} names, else it is a gap.</li>
     * <li>Any other unit the map does not name (a district abolished, a unit with no successor) is
     *     dropped with the units below it, as a gap.</li>
     * </ul>
     * Figures of a divided unit are never split by the library: only shares supplied as data divide a count.
     *
     * @param map the reorganisation, keyed by this dataset's unit ids, not null
     * @return the re-based dataset, whose {@link #gaps()} list what it could not carry over
     * @throws NullPointerException     if {@code map} is {@code null}
     * @throws IllegalArgumentException if this dataset is not dated before {@code map}'s date, or a placement
     *                                  names a unit that is not a successor of its unit
     * @throws SmartVillageException    if the re-based units do not form a valid dataset (a kept unit's id is
     *                                  also a new unit's), or, all at once, if a share of {@code map} is larger
     *                                  than its unit's figure, one unit's shares sum to more than its figure, or
     *                                  shares given for every successor of a unit sum to less
     *                                  ({@code rebase.share.*})
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Dataset rebase(SuccessionMap map) {
        return Rebase.rebase(this, map);
    }

    /**
     * {@return what a {@linkplain #rebase re-basing} could not carry over, each a located problem with its
     * reason in both languages (a figure of a new unit whose predecessors the data lacks, a village whose
     * commune was divided); empty for a dataset built directly; unmodifiable}
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public List<Problem> gaps() {
        return gaps;
    }

    /** A copy with the gaps and unknown figures of a re-basing. */
    Dataset withGaps(List<Problem> gaps, Set<String> incomplete, Map<String, Set<Metric<?>>> unknown) {
        Map<String, Set<Metric<?>>> u = new HashMap<>();
        unknown.forEach((k, v) -> u.put(k, Set.copyOf(v)));
        return new Dataset(asOf, units, children, roots, observations, sources, households, organisations, List.copyOf(gaps),
                Set.copyOf(incomplete), Map.copyOf(u)).withRecognitions(recognitions);
    }

    /** The household table of a village, or null. */
    Households householdTable(String villageId) {
        return households.get(villageId);
    }

    /** Returns the aggregate of a village's household records for a household-based metric, or empty. */
    OptionalLong householdAggregate(String villageId, Aggregation aggregation) {
        return householdAggregate(households.get(villageId), aggregation);
    }

    private static OptionalLong householdAggregate(Households h, Aggregation aggregation) {
        if (h == null) {
            return OptionalLong.empty();
        }
        return aggregation.match(OptionalLong::empty, h::countWhere, h::sum, () -> OptionalLong.of(h.size()));
    }

    /** Whether the aggregation counts household records at village level, rather than summing the children's values. */
    static boolean readsHouseholds(Aggregation aggregation) {
        return aggregation.match(() -> false, flag -> true, count -> true, () -> true);
    }

    private OptionalLong aggregate(Slot slot, Metric<?> metric, Aggregation aggregation) {
        boolean householdBased = readsHouseholds(aggregation);
        Unit unit = slot.unit();
        if (unit.level() == metric.level()) {
            return householdBased && unit.level() == AdminLevel.VILLAGE
                    ? householdAggregate(slot.households(), aggregation)
                    : OptionalLong.empty();
        }
        // Children the metric does not describe (a village under a province, for a commune-level count)
        // are outside the sum; a unit with no child inside it has no sum.
        long sum = 0;
        boolean any = false;
        for (Unit child : slot.children()) {
            if (!metric.appliesTo(child.level())) {
                continue;
            }
            any = true;
            Optional<?> v = value(child.id(), metric);
            if (v.isEmpty()) {
                return OptionalLong.empty();
            }
            sum = Math.addExact(sum, (Long) v.get());
        }
        return any ? OptionalLong.of(sum) : OptionalLong.empty();
    }

    /** {@return the official decisions recognising units, in the order they were added; unmodifiable} */
    public List<Recognition> recognitions() {
        return recognitions;
    }

    /**
     * {@return the official decisions recognising the unit {@code unitId}, in the order they were added; empty
     * for a unit without any or an id the dataset does not have}
     *
     * @param unitId the unit's id, not null
     */
    public List<Recognition> recognitions(String unitId) {
        Objects.requireNonNull(unitId, "unitId");
        return recognitionsByUnit.getOrDefault(unitId, List.of());
    }

    /**
     * {@return a problem with the official code of the unit {@code unitId}, located where the code was read} For
     * a check of the units' {@linkplain Unit#code() codes} against a country's official lists, which core does
     * not hold: the check decides, core names the place (the file, the unit and its field {@code code}, or the
     * row of a table) and the kind of problem, a stable code a program may act on.
     *
     * @param unitId the unit's id, not null
     * @param kind   what is wrong with the code, which gives the problem's code {@code dataset.unit.code.<kind>}:
     *               {@code "unknown"} (not in the official list of the dataset's date), {@code "retired"} (no longer
     *               in use on the dataset's date), {@code "level"} (the code of a unit of another level) or
     *               {@code "name"} (the code of a unit of another name)
     * @param reason what the code is instead and what to do, in both languages, not null
     * @throws IllegalArgumentException if the dataset has no unit {@code unitId}, the unit has no code, or the
     *                                  kind is not one of the four
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Problem codeProblem(String unitId, String kind, Text reason) {
        Objects.requireNonNull(reason, "reason");
        Unit unit = unit(Objects.requireNonNull(unitId, "unitId"))
                .orElseThrow(() -> new IllegalArgumentException("the dataset has no unit " + unitId));
        String code = unit.code().orElseThrow(() -> new IllegalArgumentException("the unit " + unitId + " has no code"));
        String problem = switch (Objects.requireNonNull(kind, "kind")) {
            case "unknown" -> "dataset.unit.code.unknown";
            case "retired" -> "dataset.unit.code.retired";
            case "level" -> "dataset.unit.code.level";
            case "name" -> "dataset.unit.code.name";
            default -> throw new IllegalArgumentException("no kind of code problem '" + kind + "': unknown, retired, level or name");
        };
        Location origin = provenance.units().get(unitId);
        Location at;
        if (origin != null) {
            at = Places.field(Places.unit(unitId, origin), "code");
        } else if (provenance.document() != null) {
            at = Places.within(provenance.document(), Places.field(Places.unit(unitId), "code"));
        } else {
            at = Places.field(Places.unit(unitId), "code");
        }
        return Problem.of(problem, at, "code", code, "reason", reason);
    }

    /** {@return this dataset, knowing where its units were read}, for its builder */
    Dataset withProvenance(Provenance p) {
        return p.document() == null && p.units().isEmpty() ? this : new Dataset(this, recognitions, p);
    }

    /** A copy of {@code base} with {@code list} as its recognitions. */
    private Dataset(Dataset base, List<Recognition> list) {
        this(base, list, base.provenance);
    }

    /** A copy of {@code base} with {@code list} as its recognitions and {@code provenance} as where its units were read. */
    private Dataset(Dataset base, List<Recognition> list, Provenance provenance) {
        this.provenance = provenance;
        this.asOf = base.asOf;
        this.units = base.units;
        this.unitList = base.unitList;
        this.children = base.children;
        this.roots = base.roots;
        this.observations = base.observations;
        this.sources = base.sources;
        this.households = base.households;
        this.organisations = base.organisations;
        this.slots = base.slots;
        this.gaps = base.gaps;
        this.incomplete = base.incomplete;
        this.unknown = base.unknown;
        this.recognitions = List.copyOf(list);
        Map<String, List<Recognition>> byUnit = new HashMap<>();
        for (Recognition r : recognitions) {
            byUnit.computeIfAbsent(r.unitId(), k -> new ArrayList<>()).add(r);
        }
        byUnit.replaceAll((k, v) -> List.copyOf(v));
        this.recognitionsByUnit = Map.copyOf(byUnit);
    }

    /** {@return this dataset with {@code list} as its recognitions}, for its builder */
    Dataset withRecognitions(List<Recognition> list) {
        return list.isEmpty() ? this : new Dataset(this, list);
    }

    @Override
    public String toString() {
        return "Dataset[asOf=" + asOf + ", units=" + units.size() + ", villagesWithHouseholds=" + households.size() + "]";
    }

    /** Wraps maps built by {@link DatasetBuilder} so that they cannot change. */
    static Dataset freeze(LocalDate asOf, LinkedHashMap<String, Unit> units, Map<String, List<Unit>> children,
            Map<String, Map<Metric<?>, Object>> observations, Map<String, Map<Metric<?>, String>> sources,
            Map<String, Households> households, Map<String, List<Organisation>> organisations) {
        Map<String, List<Unit>> kids = new LinkedHashMap<>();
        children.forEach((k, v) -> kids.put(k, List.copyOf(v)));
        Map<String, Map<Metric<?>, Object>> obs = new LinkedHashMap<>();
        observations.forEach((k, v) -> obs.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        Map<String, Map<Metric<?>, String>> src = new LinkedHashMap<>();
        sources.forEach((k, v) -> src.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        Map<String, List<Organisation>> orgs = new LinkedHashMap<>();
        organisations.forEach((k, v) -> orgs.put(k, List.copyOf(v)));
        List<Unit> roots = units.values().stream().filter(u -> u.parentId().isEmpty()).toList();
        return new Dataset(Objects.requireNonNull(asOf), Collections.unmodifiableMap(new LinkedHashMap<>(units)),
                Collections.unmodifiableMap(kids), roots, Collections.unmodifiableMap(obs), Collections.unmodifiableMap(src),
                Collections.unmodifiableMap(new LinkedHashMap<>(households)), Collections.unmodifiableMap(orgs));
    }
}
