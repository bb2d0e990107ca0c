package vn.smartvillage.criteria.vn;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.model.AdminLevel;

/**
 * One of Vietnam's official administrative units, as the state lists it: a province or centrally-run
 * city, or a commune, ward or special zone, with its official code (mã số đơn vị hành chính) and the
 * period it is valid in.
 *
 * <p>Units come from {@link VietnamUnits}; there is no public constructor. The 34 provinces and 3,321
 * communes valid from 1 July 2025 have {@link #validFrom()} {@code 2025-07-01} and no end; the 63 provinces
 * and 10,047 communes valid until 30 June 2025 have {@link #validUntil()} {@code 2025-06-30} and no start,
 * because the data does not say when each came into being. The same code can name two different units,
 * one in each period ({@code 07798} was Phường Ninh Sơn and is now Phường Vân Hà; {@code 24} was Bắc Giang
 * and is now Bắc Ninh): a code alone is not an identity, a code in a period is.
 *
 * <p>Besides provinces and communes, the units until 30 June 2025 include five island districts that had
 * no communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo, three-digit codes), because each became a
 * special zone on 1 July 2025; the data does not give their province.
 *
 * <p>Instances are immutable and safe to share between threads. Two units are equal when their code,
 * name, level, province and period are.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OfficialUnit {

    private final String code;
    private final String name;
    private final AdminLevel level;
    private final String provinceCode;
    private final boolean current;

    OfficialUnit(String code, String name, AdminLevel level, String provinceCode, boolean current) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.level = Objects.requireNonNull(level, "level");
        this.provinceCode = provinceCode;
        this.current = current;
    }

    /**
     * {@return the official code, as text with its leading zeros: two digits for a province ({@code "24"}),
     * five for a commune ({@code "07798"}), three for one of the five island districts}
     */
    public String code() {
        return code;
    }

    /** {@return the official name with its kind, in NFC, such as {@code "Phường Vân Hà"} or {@code "Tỉnh Bắc Ninh"}} */
    public String name() {
        return name;
    }

    /** {@return {@link AdminLevel#PROVINCE}, {@link AdminLevel#COMMUNE}, or for the five island districts {@link AdminLevel#DISTRICT}} */
    public AdminLevel level() {
        return level;
    }

    /**
     * {@return the code of the province the unit belongs to, in the same period} Empty for a province, and
     * for the five island districts, whose province the data does not give.
     */
    public Optional<String> provinceCode() {
        return Optional.ofNullable(provinceCode);
    }

    /**
     * {@return the province the unit belongs to, in the same period} Empty when {@link #provinceCode()} is.
     *
     * @throws IllegalStateException if the shipped data cannot be read (see {@link VietnamUnits})
     */
    public Optional<OfficialUnit> province() {
        return provinceCode().flatMap(units()::unit);
    }

    /** {@return the first day the unit is valid: {@code 2025-07-01} for today's units, empty (not stated) for the former ones} */
    public Optional<LocalDate> validFrom() {
        return current ? Optional.of(VietnamUnits.REFORM_DATE) : Optional.empty();
    }

    /** {@return the last day the unit is valid: {@code 2025-06-30} for the former units, empty for today's} */
    public Optional<LocalDate> validUntil() {
        return current ? Optional.empty() : Optional.of(VietnamUnits.REFORM_DATE.minusDays(1));
    }

    /**
     * {@return {@code true} if the unit is valid on {@code date}, within {@link #validFrom()} and {@link #validUntil()}}
     *
     * @param date the day asked about, not null
     * @throws NullPointerException if {@code date} is {@code null}
     */
    public boolean isValidOn(LocalDate date) {
        return current != Objects.requireNonNull(date, "date").isBefore(VietnamUnits.REFORM_DATE);
    }

    /**
     * {@return the units this one became on 1 July 2025, each with the part that went over} Empty for a
     * unit valid today. An old commune divided among several new ones lists all of them, each
     * {@link Succession.Part#PARTIAL}; an old province lists the one new province it became part of.
     *
     * @throws IllegalStateException if the shipped data cannot be read (see {@link VietnamUnits})
     */
    public List<Succession> successors() {
        return UnitsData.get().successors(this);
    }

    /**
     * {@return the units this one was made of on 1 July 2025, each with whether all of it or a part came
     * over} Empty for a former unit. New Bắc Ninh ({@code 24}) lists Bắc Giang (former {@code 24}) and Bắc
     * Ninh (former {@code 27}).
     *
     * @throws IllegalStateException if the shipped data cannot be read (see {@link VietnamUnits})
     */
    public List<Succession> predecessors() {
        return UnitsData.get().predecessors(this);
    }

    private VietnamUnits units() {
        return current ? VietnamUnits.current() : VietnamUnits.former();
    }

    boolean current() {
        return current;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficialUnit u && code.equals(u.code) && name.equals(u.name) && level == u.level
                && Objects.equals(provinceCode, u.provinceCode) && current == u.current;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, level, provinceCode, current);
    }

    /** Returns the name, code and period, such as {@code "Phường Vân Hà (07798, from 2025-07-01)"}. */
    @Override
    public String toString() {
        return name + " (" + code + (current ? ", from " + VietnamUnits.REFORM_DATE : ", until " + VietnamUnits.REFORM_DATE.minusDays(1))
                + ")";
    }
}
