package vn.smartvillage.data;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apiguardian.api.API;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.internal.IdGrammar;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.origin.Origins;
import vn.smartvillage.metric.Aggregation;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Organisation;
import vn.smartvillage.model.OrganisationKind;
import vn.smartvillage.model.Unit;

/**
 * Collects units, observations and household records, then checks them all at once and builds an
 * immutable {@link Dataset}.
 *
 * <p>Nothing is checked while adding, except that arguments are not {@code null}: {@link #build()}
 * checks the whole input and throws one {@link SmartVillageException} that lists <em>every</em>
 * problem, each with its unit id (and metric or household). The checks are the Bean Validation
 * constraints on {@link Unit} and {@link Organisation}, plus what annotations cannot say: duplicate ids,
 * unknown parents, a parent not above its child, cycles, a household outside any village, a metric
 * carried at a level it does not describe, negative or implausibly large counts, a part larger than
 * its whole, a village whose total disagrees with its own household records, and a {@link Recognition} of a
 * unit it does not have, dated after it, or given twice.
 *
 * <p>A builder is not thread-safe; build it on one thread and share the dataset.
 */
@API(status = STABLE, since = "0.1")
public final class DatasetBuilder {

    /** The largest count a unit may carry; larger figures are taken for typing errors. */
    public static final long MAX_UNIT_COUNT = 1_000_000_000_000L;

    /** The largest count a household may carry. */
    public static final long MAX_HOUSEHOLD_COUNT = 1_000_000L;

    private final LocalDate asOf;
    private final List<Unit> units = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Recognition> recognitions = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final Map<String, ColumnarHouseholds.Builder> households = new LinkedHashMap<>();
    private final List<Problem> householdProblems = new ArrayList<>();
    /** Household tables carried over whole from another dataset (a re-basing). */
    private final Map<String, Households> carried = new LinkedHashMap<>();
    /** Where units and figures were read, by the location the checks give them (a unit, a figure). */
    private final Map<Location, Location> origins = new HashMap<>();
    /** The official codes given by {@link #code}, by unit id, in the order given. */
    private final Map<String, List<String>> codes = new LinkedHashMap<>();
    /** The document a loader read the whole dataset from, or null. */
    private Location document;

    static {
        // The loaders say where a fact was read through this; the public API does not.
        Origins.register(new Origins.DatasetOrigins<DatasetBuilder, HouseholdFacts>() {
            @Override
            public void unit(DatasetBuilder builder, String unitId, Location origin) {
                builder.origin(unitId, origin);
            }

            @Override
            public void figure(DatasetBuilder builder, String unitId, String metricId, Location origin) {
                builder.figureOrigin(unitId, Objects.requireNonNull(metricId, "metricId"), origin);
            }

            @Override
            public void household(DatasetBuilder builder, String villageId, java.util.function.Supplier<Location> origin,
                    Consumer<HouseholdFacts> facts) {
                builder.household(villageId, Objects.requireNonNull(origin, "origin"), facts);
            }

            @Override
            public void document(DatasetBuilder builder, Location document) {
                builder.document = Objects.requireNonNull(document, "document");
            }
        });
    }

    private record Observation(String unitId, Metric<?> metric, Object value, String source) {
    }

    DatasetBuilder(LocalDate asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Adds a unit at any level above the household, belonging to another unit.
     *
     * @param id       the unit's id, unique in the dataset: letters, digits and {@code . _ : -}, at most 64;
     *                 not null (the syntax is checked by {@link #build()})
     * @param name     the unit's name, at most 200 characters, not null; stored in NFC
     * @param level    the unit's level, not null and not {@link AdminLevel#HOUSEHOLD}
     * @param parentId the id of the unit above it, not null; the parent may be added before or after this unit
     * @return this builder
     * @throws NullPointerException if a part is {@code null}
     */
    public DatasetBuilder unit(String id, String name, AdminLevel level, String parentId) {
        units.add(new Unit(id, name, level, parentId));
        return this;
    }

    /**
     * Adds a root unit at any level above the household: one without a parent in the dataset, such as a
     * province, or a commune entered alone.
     *
     * @param id    the unit's id, unique in the dataset: letters, digits and {@code . _ : -}, at most 64;
     *              not null (the syntax is checked by {@link #build()})
     * @param name  the unit's name, at most 200 characters, not null; stored in NFC
     * @param level the unit's level, not null and not {@link AdminLevel#HOUSEHOLD}
     * @return this builder
     * @throws NullPointerException if a part is {@code null}
     */
    public DatasetBuilder unit(String id, String name, AdminLevel level) {
        units.add(new Unit(id, name, level));
        return this;
    }

    /**
     * Adds a province (a root).
     *
     * @param id   the province's id, unique in the dataset, not null, such as {@code "song-xanh"}
     * @param name the province's name, not null, such as {@code "Sông Xanh"}
     * @return this builder
     */
    public DatasetBuilder province(String id, String name) {
        return unit(id, name, AdminLevel.PROVINCE);
    }

    /**
     * Adds a district under a province; only data before 1 July 2025 has districts.
     *
     * @param id         the district's id, unique in the dataset, not null
     * @param name       the district's name, not null
     * @param provinceId the id of its province, not null
     * @return this builder
     */
    public DatasetBuilder district(String id, String name, String provinceId) {
        return unit(id, name, AdminLevel.DISTRICT, Objects.requireNonNull(provinceId, "provinceId"));
    }

    /**
     * Adds a commune under a district or, in two-tier data, a province.
     *
     * @param id       the commune's id, unique in the dataset, not null, such as {@code "dong-xanh"}
     * @param name     the commune's name, not null
     * @param parentId the id of its district, or of its province in data without districts; not null
     * @return this builder
     */
    public DatasetBuilder commune(String id, String name, String parentId) {
        return unit(id, name, AdminLevel.COMMUNE, Objects.requireNonNull(parentId, "parentId"));
    }

    /**
     * Adds a village under a commune.
     *
     * @param id        the village's id, unique in the dataset, not null, such as {@code "an-lanh"}
     * @param name      the village's name, not null
     * @param communeId the id of its commune, not null
     * @return this builder
     */
    public DatasetBuilder village(String id, String name, String communeId) {
        return unit(id, name, AdminLevel.VILLAGE, Objects.requireNonNull(communeId, "communeId"));
    }

    /**
     * Gives the unit {@code unitId} its official code, such as the state statistics code {@code "07798"} of a
     * commune: results then carry it, and a country's module can check it against its official lists (for
     * Vietnam, {@code VietnamUnits.check(dataset)}). The code is opaque to the library: {@link #build()} checks
     * only its syntax, that the unit is in the dataset, that it is given one code, and that no two units share
     * one.
     *
     * @param unitId the unit's id, not null; the unit may be added before or after
     * @param code   the code as the official list writes it, leading zeros kept: letters, digits and {@code . -},
     *               at most 16 characters; not null
     * @return this builder
     * @throws NullPointerException if a part is {@code null}
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1")
    public DatasetBuilder code(String unitId, String code) {
        codes.computeIfAbsent(Objects.requireNonNull(unitId, "unitId"), k -> new ArrayList<>()).add(Objects.requireNonNull(code, "code"));
        return this;
    }

    /**
     * Adds an organisation (cooperative, business household, enterprise) operating in a unit.
     *
     * @param id     the organisation's id, unique among the dataset's organisations, not null
     * @param name   its name, not null
     * @param kind   what kind of organisation it is, not null
     * @param unitId the id of the unit it operates in, not null; the unit must be in the dataset
     * @return this builder
     */
    public DatasetBuilder organisation(String id, String name, OrganisationKind kind, String unitId) {
        organisations.add(new Organisation(id, name, kind, unitId));
        return this;
    }

    /**
     * Adds an official decision recognising a unit, such as a village recognised as a smart village. A pack's
     * count target may count recognised units instead of, or beside, the units it certifies itself.
     *
     * @param recognition the recognition, not null; its unit must be in the dataset, its certification id (if
     *                    any) well formed, its date (if any) not after the dataset's, and the same unit may not
     *                    be recognised twice with the same certification or title
     * @return this builder
     */
    public DatasetBuilder recognition(Recognition recognition) {
        recognitions.add(Objects.requireNonNull(recognition, "recognition"));
        return this;
    }

    /**
     * Records that the unit carries {@code value} for {@code metric}, from a source not stated.
     *
     * @param <T>    the metric's value type
     * @param unitId the id of the unit that carries the value, not null
     * @param metric what the value measures, not null; it must describe the unit's level or a level below it
     * @param value  the value, not null; a count is 0 to {@link #MAX_UNIT_COUNT}
     * @return this builder
     */
    public <T> DatasetBuilder observe(String unitId, Metric<T> metric, T value) {
        return add(unitId, metric, value, null);
    }

    /**
     * Records that the unit carries {@code value} for {@code metric}, as {@code source} states it (a
     * report, an article, a survey); {@link #observe(String, Metric, Object)} records one whose source is
     * not known.
     *
     * @param <T>    the metric's value type
     * @param unitId the id of the unit that carries the value, not null
     * @param metric what the value measures, not null; it must describe the unit's level or a level below it
     * @param value  the value, not null; a count is 0 to {@link #MAX_UNIT_COUNT}
     * @param source where the figure comes from, such as a report's title; not null and not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code source} is blank
     */
    public <T> DatasetBuilder observe(String unitId, Metric<T> metric, T value, String source) {
        if (Objects.requireNonNull(source, "source").isBlank()) {
            throw new IllegalArgumentException("a source is not blank; leave it out when it is not known");
        }
        return add(unitId, metric, value, source);
    }

    /** Records a figure; {@code source} is null when not known. */
    private <T> DatasetBuilder add(String unitId, Metric<T> metric, T value, String source) {
        observations.add(new Observation(Objects.requireNonNull(unitId, "unitId"), Objects.requireNonNull(metric, "metric"),
                Objects.requireNonNull(value, "value"), source == null ? null : Text.nfc(source)));
        return this;
    }

    /**
     * Adds one household record to a village, with the facts {@code facts} sets.
     *
     * <pre>{@code
     * Metric<Boolean> fibre = Metric.flag("household.fibre", AdminLevel.HOUSEHOLD, Text.of("có cáp quang", "has fibre"));
     * Metric<Boolean> smartphone = Metric.flag("household.smartphone", AdminLevel.HOUSEHOLD,
     *         Text.of("có điện thoại thông minh", "has a smartphone"));
     * builder.household("an-lanh", h -> h.set(fibre, true).set(smartphone, false));
     * }</pre>
     *
     * @param villageId the id of the village the household lives in, not null; it must be a village of the
     *                  dataset
     * @param facts     sets the household's facts, each at most once, on the {@link HouseholdFacts} it is
     *                  given; called once, before this method returns; not null
     * @return this builder
     */
    public DatasetBuilder household(String villageId, Consumer<HouseholdFacts> facts) {
        return household(villageId, (java.util.function.Supplier<Location>) null, facts);
    }

    /**
     * Adds one household record read at {@code origin} (such as a row of {@code households.csv}); a
     * problem with it names that place. The origin is not kept otherwise, so millions of rows cost
     * nothing for it. Loaders reach it through {@link Origins}.
     */
    DatasetBuilder household(String villageId, java.util.function.Supplier<Location> origin, Consumer<HouseholdFacts> facts) {
        Objects.requireNonNull(villageId, "villageId");
        Objects.requireNonNull(facts, "facts");
        ColumnarHouseholds.Builder table = households.computeIfAbsent(villageId, v -> new ColumnarHouseholds.Builder());
        int index = table.add();
        // The facts as given, checked first without making a location or a map: a national table has 28 M rows and
        // nearly all are right. Only a household with a problem is checked again, naming its place.
        Given given = new Given();
        facts.accept(given);
        if (given.clean()) {
            for (int i = 0; i < given.n; i++) {
                table.set(index, given.metrics[i], given.values[i]);
            }
            return this;
        }
        Location where = origin == null ? Places.household(villageId, index + 1) : Places.household(villageId, index + 1, origin.get());
        Map<Metric<?>, Object> valid = new LinkedHashMap<>();
        Set<Metric<?>> seen = new HashSet<>();
        for (int i = 0; i < given.n; i++) {
            Metric<?> metric = given.metrics[i];
            Object value = given.values[i];
            if (!seen.add(metric)) {
                householdProblems.add(Problem.of("dataset.household.metricTwice", Places.householdFigure(where, metric.id())));
                valid.remove(metric);
            } else if (metric.level() != AdminLevel.HOUSEHOLD) {
                householdProblems.add(Problem.of("dataset.household.notHouseholdMetric", Places.householdFigure(where, metric.id()),
                        "level", metric.level().label()));
            } else if (checkValue(where, metric, value, MAX_HOUSEHOLD_COUNT, householdProblems::add)) {
                valid.put(metric, value);
            }
        }
        valid.forEach((metric, value) -> metric.whole().ifPresent(whole -> {
            Object w = valid.get(whole);
            if (w != null) {
                checkPartOfWhole(id -> Places.householdFigure(where, id), metric, (Long) value, whole, (Long) w, householdProblems::add);
            }
        }));
        valid.forEach((metric, value) -> table.set(index, metric, value));
        return this;
    }

    /** One household's facts as they were given, in order. */
    private static final class Given implements HouseholdFacts {
        Metric<?>[] metrics = new Metric<?>[8];
        Object[] values = new Object[8];
        int n;

        @Override
        public <T> HouseholdFacts set(Metric<T> metric, T value) {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(value, "value");
            if (n == metrics.length) {
                metrics = java.util.Arrays.copyOf(metrics, 2 * n);
                values = java.util.Arrays.copyOf(values, 2 * n);
            }
            metrics[n] = metric;
            values[n++] = value;
            return this;
        }

        /** Whether every fact is a household fact given once, of its type and range, and no part exceeds its whole. */
        boolean clean() {
            for (int i = 0; i < n; i++) {
                Metric<?> m = metrics[i];
                Object v = values[i];
                if (m.level() != AdminLevel.HOUSEHOLD || !m.type().javaType().isInstance(v)
                        || v instanceof Long l && (l < 0 || l > MAX_HOUSEHOLD_COUNT) || v instanceof BigDecimal d && d.signum() < 0) {
                    return false;
                }
                for (int j = 0; j < i; j++) {
                    if (metrics[j].equals(m)) {
                        return false;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                Optional<Metric<Long>> whole = metrics[i].whole();
                if (whole.isPresent()) {
                    for (int j = 0; j < n; j++) {
                        if (metrics[j].equals(whole.get()) && (Long) values[i] > (Long) values[j]) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
    }

    /** Gives a village the household records of another dataset's village, as they are. */
    DatasetBuilder households(String villageId, Households table) {
        carried.put(Objects.requireNonNull(villageId, "villageId"), Objects.requireNonNull(table, "table"));
        return this;
    }

    /**
     * Records where the unit {@code unitId} was read, such as a row of {@code units.csv}; a problem with
     * the unit then names that place before the unit. With two units of one id, the first origin recorded
     * is kept. Loaders reach it through {@link Origins}.
     */
    DatasetBuilder origin(String unitId, Location origin) {
        // The first unit with an id is the one kept, so its origin is the one problems name.
        origins.putIfAbsent(Places.unit(Objects.requireNonNull(unitId, "unitId")), Objects.requireNonNull(origin, "origin"));
        return this;
    }

    /**
     * Records where the unit's figure for {@code metric} was read, such as a cell of a table; a problem with
     * it then names that place. A later origin for the same figure replaces it. Loaders reach it through
     * {@link Origins}.
     */
    DatasetBuilder origin(String unitId, Metric<?> metric, Location origin) {
        return figureOrigin(unitId, metric.id(), origin);
    }

    private DatasetBuilder figureOrigin(String unitId, String metricId, Location origin) {
        origins.put(Places.figure(Objects.requireNonNull(unitId, "unitId"), metricId), Objects.requireNonNull(origin, "origin"));
        return this;
    }

    /**
     * Checks everything and returns the dataset.
     *
     * @return the immutable dataset, holding every unit, figure, household and organisation added
     * @throws SmartVillageException listing every problem, if there is any
     */
    public Dataset build() {
        List<Problem> problems = new ArrayList<>();
        LinkedHashMap<String, Unit> byId = checkUnits(problems);
        Map<String, List<Unit>> children = new LinkedHashMap<>();
        for (Unit u : byId.values()) {
            u.parentId().filter(byId::containsKey).ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
        }
        boolean acyclic = checkCycles(byId, problems);
        Map<String, List<Organisation>> orgs = checkOrganisations(byId, problems);
        Map<String, Map<Metric<?>, String>> sources = new LinkedHashMap<>();
        Map<String, Map<Metric<?>, Object>> obs = checkObservations(byId, sources, problems);
        Map<String, Households> tables = checkHouseholds(byId, problems);
        // The checks on values read aggregates, which walk down the hierarchy: they need it free of
        // cycles, and run over the valid observations even when other problems were found.
        List<Recognition> recognised = checkRecognitions(byId, problems);
        Map<String, Location> read = new HashMap<>();
        if (!origins.isEmpty()) {
            byId.keySet().forEach(id -> {
                Location o = origins.get(Places.unit(id));
                if (o != null) {
                    read.put(id, o);
                }
            });
        }
        Dataset candidate = Dataset.freeze(asOf, byId, children, obs, sources, tables, orgs).withRecognitions(recognised)
                .withProvenance(new Dataset.Provenance(document, Map.copyOf(read)));
        if (acyclic) {
            checkAgainstHouseholds(candidate, problems);
            checkPartsAndWholes(candidate, problems);
        }
        if (!problems.isEmpty()) {
            throw invalid(problems.stream().map(this::locate).toList());
        }
        return candidate;
    }

    private LinkedHashMap<String, Unit> checkUnits(List<Problem> problems) {
        LinkedHashMap<String, Unit> byId = new LinkedHashMap<>();
        Map<String, Unit> byCode = new HashMap<>();
        Set<String> ids = new HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        codes.forEach((id, given) -> {
            if (!ids.contains(id)) {
                problems.add(Problem.of("dataset.code.unitUnknown", Places.field(Places.unit(id), "code"), "code", given.get(0)));
            } else if (given.stream().distinct().count() > 1) {
                problems.add(Problem.of("dataset.code.twice", Places.field(Places.unit(id), "code"), "first", given.get(0),
                        "second", given.stream().filter(c -> !c.equals(given.get(0))).findFirst().orElseThrow()));
            }
        });
        for (Unit given : units) {
            List<String> code = codes.get(given.id());
            Unit u = code == null || given.code().isPresent() ? given : given.withCode(code.get(0));
            Location where = Places.unit(u.id());
            RecordChecks.check(u, where, problems::add);
            if (u.level() == AdminLevel.HOUSEHOLD) {
                problems.add(Problem.of("dataset.unit.household", where));
            }
            Unit earlier = byId.putIfAbsent(u.id(), u);
            if (earlier != null) {
                problems.add(Problem.of("dataset.unit.duplicate", where, "first", earlier.name(), "second", u.name()));
            } else if (u.code().isPresent()) {
                Unit other = byCode.putIfAbsent(u.code().get(), u);
                if (other != null) {
                    problems.add(Problem.of("dataset.code.shared", Places.field(where, "code"), "code", u.code().get(), "other", other.id()));
                }
            }
        }
        for (Unit u : byId.values()) {
            if (u.parentId().isEmpty()) {
                continue;
            }
            Unit parent = byId.get(u.parentId().get());
            Location where = Places.unit(u.id());
            if (parent == null) {
                problems.add(Problem.of("dataset.unit.parentUnknown", where, "parent", u.parentId().get()));
            } else if (!parent.level().isAbove(u.level())) {
                problems.add(Problem.of("dataset.unit.parentNotAbove", where, "level", u.level().label(),
                        "parentLevel", parent.level().label(), "parent", parent.id()));
            }
        }
        return byId;
    }

    /** Reports each cycle of parents once; returns {@code true} if there is none. */
    private static boolean checkCycles(Map<String, Unit> byId, List<Problem> problems) {
        boolean acyclic = true;
        Set<String> cleared = new HashSet<>();
        for (Unit start : byId.values()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            Unit u = start;
            while (u != null && !cleared.contains(u.id())) {
                if (!onPath.add(u.id())) {
                    List<String> cycle = path.subList(path.indexOf(u.id()), path.size());
                    String shown = String.join(" → ", cycle) + " → " + u.id();
                    problems.add(Problem.of("dataset.unit.cycle", Places.unit(u.id()), "cycle", shown));
                    acyclic = false;
                    break;
                }
                path.add(u.id());
                u = u.parentId().map(byId::get).orElse(null);
            }
            cleared.addAll(path);
        }
        return acyclic;
    }

    private Map<String, List<Organisation>> checkOrganisations(Map<String, Unit> byId, List<Problem> problems) {
        Map<String, List<Organisation>> out = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Organisation o : organisations) {
            Location where = Places.organisation(o.id());
            RecordChecks.check(o, where, problems::add);
            if (!ids.add(o.id())) {
                problems.add(Problem.of("dataset.organisation.duplicate", where));
            }
            if (!byId.containsKey(o.unitId())) {
                problems.add(Problem.of("dataset.organisation.unitUnknown", where, "unit", o.unitId()));
            }
            out.computeIfAbsent(o.unitId(), k -> new ArrayList<>()).add(o);
        }
        return out;
    }

    /** A recognition names a unit of the dataset, a well-formed certification id, a date not after the dataset's, once. */
    private List<Recognition> checkRecognitions(Map<String, Unit> byId, List<Problem> problems) {
        List<Recognition> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Recognition r : recognitions) {
            Location where = Places.field(Places.unit(r.unitId()), "recognitions");
            boolean ok = true;
            if (!byId.containsKey(r.unitId())) {
                problems.add(Problem.of("dataset.recognition.unitUnknown", where, "unit", r.unitId()));
                ok = false;
            }
            if (r.certificationId().isPresent() && !IdGrammar.RULE.matches(r.certificationId().get())) {
                problems.add(Problem.of("dataset.recognition.certificationId", where, "certification",
                        Strings.printable(r.certificationId().get(), false), "max", IdGrammar.RULE.maxLength()));
                ok = false;
            }
            if (r.date().isPresent() && r.date().get().isAfter(asOf)) {
                problems.add(Problem.of("dataset.recognition.afterDate", where, "date", r.date().get().toString(), "asOf", asOf.toString()));
                ok = false;
            }
            Object granted = r.certificationId().isPresent() ? r.certificationId().get() : r.title().orElseThrow();
            if (!seen.add(List.of(r.unitId(), granted))) {
                problems.add(Problem.of("dataset.recognition.twice", where, "granted",
                        r.certificationId().orElseGet(() -> r.title().orElseThrow().vi())));
                ok = false;
            }
            if (ok) {
                out.add(r);
            }
        }
        return out;
    }

    private Map<String, Map<Metric<?>, Object>> checkObservations(Map<String, Unit> byId, Map<String, Map<Metric<?>, String>> sources,
            List<Problem> problems) {
        Map<String, Map<Metric<?>, Object>> out = new LinkedHashMap<>();
        for (Observation o : observations) {
            // The place is made only for a problem: a national dataset has millions of figures and almost no problem.
            java.util.function.Supplier<Location> where = () -> Places.figure(o.unitId(), o.metric().id());
            Unit unit = byId.get(o.unitId());
            if (unit == null) {
                problems.add(Problem.of("dataset.figure.unitUnknown", where.get()));
                continue;
            }
            Metric<?> m = o.metric();
            if (!m.appliesTo(unit.level())) {
                problems.add(m.level() == AdminLevel.HOUSEHOLD
                        ? Problem.of("dataset.figure.householdMetric", where.get(), "level", unit.level().label())
                        : Problem.of("dataset.figure.level", where.get(), "metricLevel", m.level().label(), "level", unit.level().label()));
                continue;
            }
            if (!checkValue(where, m, o.value(), MAX_UNIT_COUNT, problems::add)) {
                continue;
            }
            Map<Metric<?>, Object> values = out.computeIfAbsent(o.unitId(), k -> new LinkedHashMap<>());
            Object earlier = values.putIfAbsent(m, o.value());
            if (earlier == null && o.source() != null) {
                sources.computeIfAbsent(o.unitId(), k -> new LinkedHashMap<>()).put(m, o.source());
            }
            if (earlier != null && !sameValue(earlier, o.value())) {
                problems.add(Problem.of("dataset.figure.twice", where.get(), "first", earlier, "second", o.value()));
            }
        }
        return out;
    }

    private Map<String, Households> checkHouseholds(Map<String, Unit> byId, List<Problem> problems) {
        problems.addAll(householdProblems);
        Map<String, Households> out = new LinkedHashMap<>();
        households.forEach((villageId, table) -> {
            Unit village = byId.get(villageId);
            if (village == null) {
                problems.add(Problem.of("dataset.household.villageUnknown", Places.households(villageId, table.size()),
                        "village", villageId));
            } else if (village.level() != AdminLevel.VILLAGE) {
                problems.add(Problem.of("dataset.household.notVillage", Places.household(villageId, 1),
                        "unit", villageId, "level", village.level().label()));
            } else {
                out.put(villageId, table.build());
            }
        });
        carried.forEach((villageId, table) -> {
            Unit village = byId.get(villageId);
            if (village == null || village.level() != AdminLevel.VILLAGE || out.containsKey(villageId)) {
                throw new IllegalStateException("carried households of '" + villageId + "' need a village of their own");
            }
            out.put(villageId, table);
        });
        return out;
    }

    /** A village that carries a total and has household records must agree with them. */
    private static void checkAgainstHouseholds(Dataset data, List<Problem> problems) {
        for (Unit unit : data.units()) {
            if (data.householdCount(unit.id()) == 0) {
                continue;
            }
            for (Metric<?> m : data.observedMetrics(unit.id())) {
                Optional<Aggregation> agg = m.aggregation();
                if (agg.isEmpty() || !Dataset.readsHouseholds(agg.get()) || m.level() != AdminLevel.VILLAGE) {
                    continue;
                }
                OptionalLong fromRecords = data.householdAggregate(unit.id(), agg.get());
                long carried = (Long) data.observed(unit.id(), m).orElseThrow();
                if (fromRecords.isPresent() && fromRecords.getAsLong() != carried) {
                    problems.add(Problem.of("dataset.village.disagrees", Places.figure(unit.id(), m.id()),
                            "carried", carried, "counted", fromRecords.getAsLong()));
                }
            }
        }
    }

    /** For each unit carrying a part or a whole, the part may not exceed the whole. */
    private static void checkPartsAndWholes(Dataset data, List<Problem> problems) {
        Set<Metric<?>> observed = new LinkedHashSet<>();
        for (Unit u : data.units()) {
            observed.addAll(data.observedMetrics(u.id()));
        }
        Map<Metric<Long>, List<Metric<?>>> partsOf = new HashMap<>();
        for (Metric<?> m : observed) {
            m.whole().ifPresent(w -> partsOf.computeIfAbsent(w, k -> new ArrayList<>()).add(m));
        }
        for (Unit u : data.units()) {
            Set<Metric<?>> here = data.observedMetrics(u.id());
            Set<Metric<?>> parts = new LinkedHashSet<>();
            boolean hasHouseholds = data.householdCount(u.id()) > 0;
            for (Metric<?> m : here) {
                if (m.whole().isPresent()) {
                    parts.add(m);
                }
                parts.addAll(partsOf.getOrDefault(m, List.of()));
            }
            if (hasHouseholds) {
                parts.addAll(partsOf.values().stream().flatMap(List::stream).toList());
            }
            for (Metric<?> part : parts) {
                Metric<Long> whole = part.whole().orElseThrow();
                Optional<?> p = data.value(u.id(), part);
                Optional<Long> w = data.value(u.id(), whole);
                if (p.isPresent() && w.isPresent()) {
                    String unitId = u.id();
                    checkPartOfWhole(id -> Places.figure(unitId, id), part, (Long) p.get(), whole, w.get(), problems::add);
                }
            }
        }
    }

    /** Reports, at the figure of the part, a part (households with fibre) larger than its whole (households). */
    private static void checkPartOfWhole(Function<String, Location> figure, Metric<?> part, long partValue, Metric<Long> whole,
            long wholeValue, Consumer<Problem> sink) {
        if (partValue > wholeValue) {
            sink.accept(Problem.of("dataset.part.exceedsWhole", figure.apply(part.id()), "part", part.name(), "partValue", partValue,
                    "whole", whole.name(), "wholeValue", wholeValue));
        }
    }

    private static boolean checkValue(Location where, Metric<?> m, Object value, long maxCount, Consumer<Problem> sink) {
        return checkValue(() -> where, m, value, maxCount, sink);
    }

    /** As {@link #checkValue(Location, Metric, Object, long, Consumer)}, making the place only for a problem. */
    private static boolean checkValue(java.util.function.Supplier<Location> place, Metric<?> m, Object value, long maxCount,
            Consumer<Problem> sink) {
        if (!m.type().javaType().isInstance(value)) {
            sink.accept(Problem.of("dataset.value.type", place.get(), "value", String.valueOf(value), "type", m.type().name()));
            return false;
        }
        if (value instanceof Long n && (n < 0 || n > maxCount)) {
            sink.accept(n < 0
                    ? Problem.of("dataset.count.negative", place.get(), "value", n)
                    : Problem.of("dataset.count.tooLarge", place.get(), "value", n, "max", maxCount));
            return false;
        }
        if (value instanceof BigDecimal d && d.signum() < 0) {
            sink.accept(Problem.of("dataset.amount.negative", place.get(), "value", d));
            return false;
        }
        return true;
    }

    private static boolean sameValue(Object a, Object b) {
        return a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : a.equals(b);
    }

    /** Gives a problem at a unit or a figure the place it was read, if one was recorded. */
    private Problem locate(Problem p) {
        Location at = p.location();
        Optional<String> unit = at.unitId();
        if (unit.isEmpty()) {
            return p;
        }
        Optional<String> metric = at.metricId();
        Location bare = metric.map(m -> Places.figure(unit.get(), m)).orElseGet(() -> Places.unit(unit.get()));
        if (!at.equals(bare)) {
            // A household, a field, a place inside a document: not one the origins are recorded for.
            return p;
        }
        // A figure read without its own place (a JSON document) is named at its unit's place.
        Location origin = origins.getOrDefault(at, origins.get(Places.unit(unit.get())));
        if (origin == null) {
            return p;
        }
        return p.withLocation(metric.map(m -> Places.figure(unit.get(), m, origin)).orElseGet(() -> Places.unit(unit.get(), origin)));
    }

    /** The exception for a dataset's problems, at least one. */
    private static SmartVillageException invalid(List<Problem> problems) {
        return new SmartVillageException(Strings.problemsSummary("the dataset has", problems.size()), problems);
    }

}
