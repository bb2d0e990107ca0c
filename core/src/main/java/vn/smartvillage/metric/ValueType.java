package vn.smartvillage.metric;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;

import org.apiguardian.api.API;

/** The kind of value a metric holds. */
@API(status = STABLE, since = "0.1")
public enum ValueType {
    /** A whole number of people, households, records or items, zero or more; held as {@link Long}. */
    COUNT(Long.class),
    /** A yes/no fact, such as "the cultural house has Wi-Fi"; held as {@link Boolean}. */
    FLAG(Boolean.class),
    /** An exact decimal amount, zero or more, such as an income in đồng; held as {@link BigDecimal}. */
    AMOUNT(BigDecimal.class);

    private final Class<?> javaType;

    ValueType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** {@return the Java type of the values: {@link Long}, {@link Boolean} or {@link BigDecimal}} */
    public Class<?> javaType() {
        return javaType;
    }
}
