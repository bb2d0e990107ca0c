package vn.smartvillage.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.apiguardian.api.API;
import vn.smartvillage.criteria.vn.Metrics;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.data.HouseholdFacts;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.RulePack;

/**
 * A fluent way to write the dataset a test needs, stating only what matters:
 *
 * <pre>{@code
 * TestData data = TestData.asOf(LocalDate.of(2023, 1, 24));
 * data.province("Bắc Giang").commune("Quảng Minh")
 *     .village("Khả Lý Thượng").residents(4000).withElectronicId(1100);
 * Dataset dataset = data.build();
 * }</pre>
 *
 * <p>Defaults: a unit's id is its name in lower case without diacritics, words joined by hyphens
 * ({@code "kha-ly-thuong"}), made unique with a number if two names agree; {@link UnitSpec#id(String)}
 * sets one. A figure not stated is not in the dataset, so it stays <em>missing</em>, never 0 or "met".
 * Specs may be written in any order; {@link #build()} makes the dataset, checked as
 * {@link DatasetBuilder#build()} checks it.
 *
 * <p>Not thread-safe: one test builds one {@code TestData}. The {@link Dataset} it builds is immutable.
 */
@API(status = STABLE, since = "0.1")
public final class TestData {

    private final LocalDate asOf;
    private final List<UnitSpec<?>> units = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Metric<?>> catalog = new LinkedHashMap<>();

    private TestData(LocalDate asOf) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        Metrics.all().forEach(m -> catalog.put(m.id(), m));
    }

    /**
     * {@return a new, empty test dataset whose figures are as of {@code asOf}}
     *
     * @param asOf the date the figures describe, not null; a date from 1 July 2025 on means data without
     *             districts
     */
    public static TestData asOf(LocalDate asOf) {
        return new TestData(asOf);
    }

    /**
     * Lets {@link UnitSpec#set(String, Object)} name the metrics {@code pack} names, by id: those of its
     * vocabulary and those it declares.
     *
     * @param pack a pack whose metrics the test states figures for, not null; a metric whose id is
     *             already known keeps its first meaning
     * @return this test dataset
     */
    public TestData using(RulePack pack) {
        pack.vocabulary().forEach(m -> catalog.putIfAbsent(m.id(), m));
        pack.metrics().forEach(m -> catalog.putIfAbsent(m.id(), m));
        return this;
    }

    /**
     * Adds a province.
     *
     * @param name the province's name as people write it, such as {@code "Bắc Giang"}, not null; its id is
     *             made from it
     * @return the province's spec, to state its figures and add the units below it
     */
    public ProvinceSpec province(String name) {
        return add(new ProvinceSpec(this, name, null));
    }

    /**
     * Adds a commune with no province above it (a test about one commune).
     *
     * @param name the commune's name, not null; its id is made from it
     * @return the commune's spec, to state its figures and add its villages
     */
    public CommuneSpec commune(String name) {
        return add(new CommuneSpec(this, name, null));
    }

    /**
     * Adds a village with no commune above it (a test about one village).
     *
     * @param name the village's name, not null; its id is made from it
     * @return the village's spec, to state its figures and household records
     */
    public VillageSpec village(String name) {
        return add(new VillageSpec(this, name, null));
    }

    /**
     * Builds the dataset; throws {@link vn.smartvillage.SmartVillageException} listing every problem.
     *
     * @return the dataset with every unit, figure and household record stated, checked as
     *         {@link DatasetBuilder#build()} checks it
     */
    public Dataset build() {
        DatasetBuilder b = Dataset.builder(asOf);
        for (UnitSpec<?> u : units) {
            if (u.parent == null) {
                b.unit(u.id, u.name, u.level);
            } else {
                b.unit(u.id, u.name, u.level, u.parent.id);
            }
        }
        for (UnitSpec<?> u : units) {
            u.figures.forEach((m, v) -> observe(b, u.id, m, v));
            u.households.forEach(h -> b.household(u.id, h));
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static <T> void observe(DatasetBuilder b, String unit, Metric<T> m, Object value) {
        b.observe(unit, m, (T) value);
    }

    <S extends UnitSpec<S>> S add(S spec) {
        spec.id = uniqueId(slug(spec.name));
        units.add(spec);
        return spec;
    }

    void rename(UnitSpec<?> spec, String id) {
        ids.remove(spec.id);
        if (!ids.add(id)) {
            throw new IllegalArgumentException("the id '" + id + "' is already used by another unit");
        }
        spec.id = id;
    }

    Metric<?> metric(String id) {
        Metric<?> m = catalog.get(id);
        if (m == null) {
            throw new IllegalArgumentException("unknown metric '" + id + "'; declare the pack with TestData.using(pack)");
        }
        return m;
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The name in lower case without diacritics, runs of other characters turned into one hyphen. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String s = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unit" : s;
    }

    /**
     * What every unit spec can say: its id and any figure.
     *
     * @param <S> the spec's own type, so chains keep it
     */
    @API(status = STABLE, since = "0.1")
    public abstract static class UnitSpec<S extends UnitSpec<S>> {
        final TestData data;
        final String name;
        final AdminLevel level;
        final UnitSpec<?> parent;
        final Map<Metric<?>, Object> figures = new LinkedHashMap<>();
        final List<Consumer<HouseholdFacts>> households = new ArrayList<>();
        String id;

        UnitSpec(TestData data, String name, AdminLevel level, UnitSpec<?> parent) {
            this.data = data;
            this.name = Objects.requireNonNull(name, "name");
            this.level = level;
            this.parent = parent;
        }

        @SuppressWarnings("unchecked")
        private S self() {
            return (S) this;
        }

        /** {@return the unit's id: the one {@link #id(String)} set, or the one made from its name} */
        public String id() {
            return id;
        }

        /**
         * Sets the unit's id instead of the one made from its name.
         *
         * @param id the id, not null and not used by another unit of this test dataset
         * @return this spec
         * @throws IllegalArgumentException if another unit already has the id
         */
        public S id(String id) {
            data.rename(this, Objects.requireNonNull(id, "id"));
            return self();
        }

        /**
         * States a figure of the unit.
         *
         * @param <T>    the metric's value type
         * @param metric the metric, not null; stating it again replaces the figure
         * @param value  the figure, not null
         * @return this spec
         */
        public <T> S set(Metric<T> metric, T value) {
            figures.put(Objects.requireNonNull(metric, "metric"), Objects.requireNonNull(value, "value"));
            return self();
        }

        /**
         * States a figure by metric id: one of Vietnam's metrics, or one a pack names ({@link TestData#using}).
         *
         * @param metricId the metric's id, such as {@code "residents"}
         * @param value    the figure, of the metric's type: a {@link Long} (an {@link Integer} is taken as
         *                 one), {@link Boolean} or {@link java.math.BigDecimal}
         * @return this spec
         * @throws IllegalArgumentException if the metric is unknown or the value is not of its type
         */
        public S set(String metricId, Object value) {
            Metric<?> m = data.metric(metricId);
            Object v = value instanceof Integer i ? Long.valueOf(i) : value;
            if (!m.type().javaType().isInstance(v)) {
                throw new IllegalArgumentException("metric '" + metricId + "' takes a " + m.type() + ", not " + value);
            }
            figures.put(m, v);
            return self();
        }

        /** {@return the dataset being written, to add another unit at the top} */
        public TestData and() {
            return data;
        }

        /**
         * Builds the whole dataset, as {@link TestData#build()}.
         *
         * @return the dataset with every unit of the test dataset, not only this one
         */
        public Dataset build() {
            return data.build();
        }
    }

    /** A province: its own figures, its districts and (two-tier, from 1 July 2025) its communes. */
    @API(status = STABLE, since = "0.1")
    public static final class ProvinceSpec extends UnitSpec<ProvinceSpec> {
        ProvinceSpec(TestData data, String name, UnitSpec<?> parent) {
            super(data, name, AdminLevel.PROVINCE, parent);
        }

        /**
         * Adds a district of this province (three-tier data, before 1 July 2025).
         *
         * @param name the district's name, not null; its id is made from it
         * @return the district's spec
         */
        public DistrictSpec district(String name) {
            return data.add(new DistrictSpec(data, name, this));
        }

        /**
         * Adds a commune directly under this province (two-tier data).
         *
         * @param name the commune's name, not null; its id is made from it
         * @return the commune's spec
         */
        public CommuneSpec commune(String name) {
            return data.add(new CommuneSpec(data, name, this));
        }

        /**
         * States the province's own work records and how many were processed online.
         *
         * @param total  the work records the province handled itself, zero or more
         * @param online how many of them were processed online, from 0 to {@code total}
         * @return this spec
         */
        public ProvinceSpec workRecords(long total, long online) {
            return set(Metrics.WORK_RECORDS, total).set(Metrics.WORK_RECORDS_ONLINE, online);
        }
    }

    /** A district (three-tier data). */
    @API(status = STABLE, since = "0.1")
    public static final class DistrictSpec extends UnitSpec<DistrictSpec> {
        DistrictSpec(TestData data, String name, UnitSpec<?> parent) {
            super(data, name, AdminLevel.DISTRICT, parent);
        }

        /**
         * Adds a commune of this district.
         *
         * @param name the commune's name, not null; its id is made from it
         * @return the commune's spec
         */
        public CommuneSpec commune(String name) {
            return data.add(new CommuneSpec(data, name, this));
        }

        /**
         * States the district's own work records and how many were processed online.
         *
         * @param total  the work records the district handled itself, zero or more
         * @param online how many of them were processed online, from 0 to {@code total}
         * @return this spec
         */
        public DistrictSpec workRecords(long total, long online) {
            return set(Metrics.WORK_RECORDS, total).set(Metrics.WORK_RECORDS_ONLINE, online);
        }
    }

    /** A commune, ward or special zone. */
    @API(status = STABLE, since = "0.1")
    public static final class CommuneSpec extends UnitSpec<CommuneSpec> {
        CommuneSpec(TestData data, String name, UnitSpec<?> parent) {
            super(data, name, AdminLevel.COMMUNE, parent);
        }

        /**
         * Adds a village of this commune.
         *
         * @param name the village's name, not null; its id is made from it
         * @return the village's spec
         */
        public VillageSpec village(String name) {
            return data.add(new VillageSpec(data, name, this));
        }

        /**
         * States the commune's own work records and how many were processed online.
         *
         * @param total  the work records the commune handled itself, zero or more
         * @param online how many of them were processed online, from 0 to {@code total}
         * @return this spec
         */
        public CommuneSpec workRecords(long total, long online) {
            return set(Metrics.WORK_RECORDS, total).set(Metrics.WORK_RECORDS_ONLINE, online);
        }

        /**
         * States the number of cooperatives.
         *
         * @param n the cooperatives operating in the commune, zero or more
         * @return this spec
         */
        public CommuneSpec cooperatives(long n) {
            return set(Metrics.COOPERATIVES, n);
        }
    }

    /** A village: its totals, its facts, and household records if the test needs them. */
    @API(status = STABLE, since = "0.1")
    public static final class VillageSpec extends UnitSpec<VillageSpec> {
        VillageSpec(TestData data, String name, UnitSpec<?> parent) {
            super(data, name, AdminLevel.VILLAGE, parent);
        }

        /**
         * Adds another village to the same commune.
         *
         * @param name the new village's name, not null; its id is made from it
         * @return the new village's spec
         * @throws IllegalStateException if this village has no commune
         */
        public VillageSpec village(String name) {
            if (!(parent instanceof CommuneSpec c)) {
                throw new IllegalStateException("village '" + this.name + "' has no commune to add a sibling to");
            }
            return c.village(name);
        }

        /**
         * States the number of residents.
         *
         * @param n the village's residents, zero or more
         * @return this spec
         */
        public VillageSpec residents(long n) {
            return set(Metrics.RESIDENTS, n);
        }

        /**
         * States how many residents use electronic ID.
         *
         * @param n the residents with electronic ID, from 0 to the residents
         * @return this spec
         */
        public VillageSpec withElectronicId(long n) {
            return set(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, n);
        }

        /**
         * States the number of households (as a total, without household records).
         *
         * @param n the village's households, zero or more
         * @return this spec
         */
        public VillageSpec households(long n) {
            return set(Metrics.HOUSEHOLDS, n);
        }

        /**
         * States how many households have fibre Internet.
         *
         * @param n the households with fibre, from 0 to the households
         * @return this spec
         */
        public VillageSpec withFibre(long n) {
            return set(Metrics.HOUSEHOLDS_WITH_FIBRE, n);
        }

        /**
         * States how many households have a smartphone.
         *
         * @param n the households with a smartphone, from 0 to the households
         * @return this spec
         */
        public VillageSpec withSmartphone(long n) {
            return set(Metrics.HOUSEHOLDS_WITH_SMARTPHONE, n);
        }

        /**
         * States whether fibre and 3G/4G reach the village.
         *
         * @param holds {@code true} if both reach it
         * @return this spec
         */
        public VillageSpec fibreAndMobile(boolean holds) {
            return set(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, holds);
        }

        /**
         * States whether village officials use digital platforms.
         *
         * @param holds {@code true} if they do
         * @return this spec
         */
        public VillageSpec officialsOnDigitalPlatforms(boolean holds) {
            return set(Metrics.OFFICIALS_ON_DIGITAL_PLATFORMS, holds);
        }

        /**
         * States that the village has an IT model in {@code field}, one of {@link Metrics#IT_MODEL_FIELDS}.
         *
         * @param field the field's flag, such as {@link Metrics#IT_MODEL_AGRICULTURE}; not null
         * @return this spec
         * @throws IllegalArgumentException if {@code field} is not one of {@link Metrics#IT_MODEL_FIELDS}
         */
        public VillageSpec itModel(Metric<Boolean> field) {
            if (!Metrics.IT_MODEL_FIELDS.contains(field)) {
                throw new IllegalArgumentException(field.id() + " is not an IT-model field; use one of Metrics.IT_MODEL_FIELDS");
            }
            return set(field, true);
        }

        /**
         * Adds one household record.
         *
         * @param facts sets the household's facts when the dataset is built, not null
         * @return this spec
         */
        public VillageSpec household(Consumer<HouseholdFacts> facts) {
            households.add(Objects.requireNonNull(facts, "facts"));
            return this;
        }

        /**
         * Adds {@code count} household records alike.
         *
         * @param count how many records, zero or more
         * @param facts sets each household's facts when the dataset is built, not null
         * @return this spec
         */
        public VillageSpec households(int count, Consumer<HouseholdFacts> facts) {
            for (int i = 0; i < count; i++) {
                household(facts);
            }
            return this;
        }
    }
}
