package vn.smartvillage.metric;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.IdGrammar;
import vn.smartvillage.model.AdminLevel;

/**
 * A typed key for one measured fact, such as "residents with electronic ID" or "the cultural house
 * has Wi-Fi".
 *
 * <p>A metric has an id, a bilingual name, a {@linkplain ValueType value type}, and a <em>level</em>:
 * the lowest administrative level it describes. A unit metric may be carried by any unit at its level
 * or above it (a province has its own work records, as a commune has); a {@link AdminLevel#HOUSEHOLD}
 * metric is carried only by household records and reaches units only through a count metric that
 * {@linkplain Aggregation aggregates} it. Missing is never zero: a unit without a value, direct or
 * aggregated, has no value.
 *
 * <p>Metrics shared by many packs form a <em>vocabulary</em> that packs name without declaring them
 * (Vietnam's are constants of {@code Metrics} in {@code smartvillage-criteria-vn}); a rule pack may
 * declare its own. Instances are immutable; two metrics are equal when all their parts are.
 *
 * @param <T> the Java type of the values: {@link Long}, {@link Boolean} or {@link java.math.BigDecimal}
 */
@API(status = STABLE, since = "0.1")
public final class Metric<T> {

    private final String id;
    private final Text name;
    private final AdminLevel level;
    private final ValueType type;
    private final Aggregation aggregation;
    private final Metric<Long> whole;
    /** Metrics key every figure of a dataset: the hash is computed once. */
    private final int hash;

    private Metric(String id, Text name, AdminLevel level, ValueType type, Aggregation aggregation, Metric<Long> whole) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.level = Objects.requireNonNull(level, "level");
        this.type = Objects.requireNonNull(type, "type");
        this.aggregation = aggregation;
        this.whole = whole;
        this.hash = Objects.hash(id, level, type);
        if (!IdGrammar.METRIC.matches(id)) {
            throw new IllegalArgumentException("metric id '" + id
                    + "' must be 1 to 80 lower-case letters, digits and . _ -, starting with a letter or digit");
        }
        if (aggregation != null && type != ValueType.COUNT) {
            throw new IllegalArgumentException("metric '" + id + "': only counts aggregate");
        }
        if (whole != null) {
            if (type != ValueType.COUNT) {
                throw new IllegalArgumentException("metric '" + id + "': only a count can be part of a whole");
            }
            if (whole.id.equals(id)) {
                throw new IllegalArgumentException("metric '" + id + "' cannot be a part of itself");
            }
        }
    }

    /**
     * {@return a count that a unit carries itself and that is not summed from its children, such as a
     * commune's own work records}
     *
     * @param id    the metric's id: 1 to 80 lower-case letters, digits and {@code . _ -}, starting with a
     *              letter or digit, such as {@code "commune.work-records"}
     * @param level the lowest level the count describes, not null; units at that level or above may carry it
     * @param name  the metric's name in Vietnamese and English, not null
     * @throws IllegalArgumentException if the id is not of that form
     */
    public static Metric<Long> count(String id, AdminLevel level, Text name) {
        return new Metric<>(id, name, level, ValueType.COUNT, null, null);
    }

    /**
     * {@return a count that, where a unit does not carry it, is the sum over the unit's children, such
     * as residents}
     *
     * @param id    the metric's id: 1 to 80 lower-case letters, digits and {@code . _ -}, starting with a
     *              letter or digit, such as {@code "residents"}
     * @param level the lowest level the count describes, not null; the sum starts from the units at that level
     * @param name  the metric's name in Vietnamese and English, not null
     * @throws IllegalArgumentException if the id is not of that form
     */
    public static Metric<Long> summedCount(String id, AdminLevel level, Text name) {
        return new Metric<>(id, name, level, ValueType.COUNT, new Aggregations.Sum(), null);
    }

    /**
     * {@return a village-level count of household records where {@code householdFlag} holds, summed
     * above the village}
     *
     * @param id            the metric's id: 1 to 80 lower-case letters, digits and {@code . _ -}, starting
     *                      with a letter or digit, such as {@code "households.fibre"}
     * @param name          the metric's name in Vietnamese and English, not null
     * @param householdFlag the household-level yes/no fact counted in each household record, such as "has
     *                      fibre"; not null
     * @throws IllegalArgumentException if the id is not of that form or the flag is not a household-level flag
     */
    public static Metric<Long> householdsWhere(String id, Text name, Metric<Boolean> householdFlag) {
        return new Metric<>(id, name, AdminLevel.VILLAGE, ValueType.COUNT, new Aggregations.HouseholdsWhere(householdFlag), null);
    }

    /**
     * {@return a village-level sum of {@code householdCount} over the household records, summed above the
     * village}
     *
     * @param id             the metric's id: 1 to 80 lower-case letters, digits and {@code . _ -}, starting
     *                       with a letter or digit
     * @param name           the metric's name in Vietnamese and English, not null
     * @param householdCount the household-level count each household record carries and that is added up,
     *                       such as its members; not null
     * @throws IllegalArgumentException if the id is not of that form or the count is not a household-level
     *                                  count
     */
    public static Metric<Long> householdsSum(String id, Text name, Metric<Long> householdCount) {
        return new Metric<>(id, name, AdminLevel.VILLAGE, ValueType.COUNT, new Aggregations.HouseholdSum(householdCount), null);
    }

    /**
     * {@return a village-level count of household records, summed above the village}
     *
     * @param id   the metric's id: 1 to 80 lower-case letters, digits and {@code . _ -}, starting with a
     *             letter or digit, such as {@code "households"}
     * @param name the metric's name in Vietnamese and English, not null
     * @throws IllegalArgumentException if the id is not of that form
     */
    public static Metric<Long> households(String id, Text name) {
        return new Metric<>(id, name, AdminLevel.VILLAGE, ValueType.COUNT, new Aggregations.Households(), null);
    }

    /**
     * {@return a yes/no fact about a unit or a household}
     *
     * @param id    the metric's id: 1 to 80 lower-case letters, digits and {@code . _ -}, starting with a
     *              letter or digit, such as {@code "cultural-house.wifi"}
     * @param level the lowest level the fact describes, not null; {@link AdminLevel#HOUSEHOLD} for a fact
     *              carried by household records
     * @param name  the metric's name in Vietnamese and English, not null
     * @throws IllegalArgumentException if the id is not of that form
     */
    public static Metric<Boolean> flag(String id, AdminLevel level, Text name) {
        return new Metric<>(id, name, level, ValueType.FLAG, null, null);
    }

    /**
     * {@return an exact decimal amount, zero or more}
     *
     * @param id    the metric's id: 1 to 80 lower-case letters, digits and {@code . _ -}, starting with a
     *              letter or digit
     * @param level the lowest level the amount describes, not null
     * @param name  the metric's name in Vietnamese and English, not null
     * @throws IllegalArgumentException if the id is not of that form
     */
    public static Metric<BigDecimal> amount(String id, AdminLevel level, Text name) {
        return new Metric<>(id, name, level, ValueType.AMOUNT, null, null);
    }

    /**
     * {@return a copy of this count that is a part of {@code whole}: for every unit that has both, this
     * value may not exceed the whole (households with fibre ≤ households)}
     *
     * @param whole the count this one is part of, not null and not this metric itself
     * @throws IllegalArgumentException if this metric is not a count or {@code whole} has the same id
     */
    public Metric<T> withWhole(Metric<Long> whole) {
        Objects.requireNonNull(whole, "whole");
        return new Metric<>(id, name, level, type, aggregation, whole);
    }

    /** {@return the id, such as {@code "residents.electronic-id"}} */
    public String id() {
        return id;
    }

    /** {@return the name in Vietnamese and English} */
    public Text name() {
        return name;
    }

    /** {@return the lowest level this metric describes} */
    public AdminLevel level() {
        return level;
    }

    /** {@return the value type: count, flag or amount} */
    public ValueType type() {
        return type;
    }

    /** {@return how the metric gets a value for a unit that does not carry one, or empty if it does not} */
    public Optional<Aggregation> aggregation() {
        return Optional.ofNullable(aggregation);
    }

    /** {@return the whole this count is a part of, or empty} */
    public Optional<Metric<Long>> whole() {
        return Optional.ofNullable(whole);
    }

    /**
     * {@return {@code true} if a unit at {@code unitLevel} can have a value of this metric, carried or
     * aggregated}
     *
     * @param unitLevel the level of the unit asked about, not null; a household metric applies only to
     *                  {@link AdminLevel#HOUSEHOLD}
     */
    public boolean appliesTo(AdminLevel unitLevel) {
        if (level == AdminLevel.HOUSEHOLD || unitLevel == AdminLevel.HOUSEHOLD) {
            return level == unitLevel;
        }
        return level == unitLevel || unitLevel.isAbove(level);
    }

    /**
     * Casts {@code value} to this metric's type.
     *
     * @param value a value read for this metric, not null
     * @return the same value, typed
     * @throws ClassCastException if {@code value} is not of this metric's Java type
     */
    @SuppressWarnings("unchecked")
    public T cast(Object value) {
        return (T) type.javaType().cast(Objects.requireNonNull(value, "value"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Metric<?> m && id.equals(m.id) && name.equals(m.name) && level == m.level
                && type == m.type && Objects.equals(aggregation, m.aggregation) && Objects.equals(whole, m.whole);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Returns the id. */
    @Override
    public String toString() {
        return id;
    }
}
