package vn.smartvillage.criteria.vn;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

/**
 * One step of the 1 July 2025 reorganisation: a former unit, the new unit that took it over (all of it
 * or a part), and the day of the change.
 *
 * <p>Read from the shipped {@code succession.csv} (communes) and {@code old-provinces.csv} (provinces),
 * through {@link OfficialUnit#successors()} and {@link OfficialUnit#predecessors()}. Every former unit
 * with one successor went over {@link Part#FULL whole}; one divided among several new units is
 * {@link Part#PARTIAL} in each of them (460 former communes). A former province always went over whole
 * into one new province.
 *
 * <p><b>Which resolution.</b> The 34 provinces were made by Nghị quyết 202/2025/QH15 of the National
 * Assembly (12 June 2025), and the new communes by the 34 resolutions 1654/NQ-UBTVQH15 … 1687/NQ-UBTVQH15
 * of its Standing Committee, one per province. The shipped data does not say which resolution is which
 * province's; {@link #resolution()} gives the number only where a source states it (every province's
 * succession, and the communes of new Bắc Ninh, made by 1658/NQ-UBTVQH15), never a guessed one. The pairs
 * were compiled from the resolutions by the dvhcvn project and checked against them; treat a single pair as
 * very likely right, not as certified: the resolutions are the authority.
 *
 * @param predecessor the unit valid until 30 June 2025, not null
 * @param successor   the unit valid from 1 July 2025 that took it over, all or in part; not null
 * @param part        whether all of the predecessor went into the successor, not null
 * @param date        the first day of the successor, not null: {@link VietnamUnits#REFORM_DATE} for every
 *                    succession shipped
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Succession(OfficialUnit predecessor, OfficialUnit successor, Part part, LocalDate date) {

    /** How much of the predecessor went into the successor. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Part {
        /** The whole former unit went into this successor (its only one). */
        FULL,
        /** Only part of the former unit went into this successor: it was divided among several new units. */
        PARTIAL
    }

    /**
     * Checks the parts.
     *
     * @param predecessor the unit valid until 30 June 2025, not null
     * @param successor   the unit that took it over, not null
     * @param part        whether all of it went over, not null
     * @param date        the first day of the successor, not null
     * @throws NullPointerException if a part is {@code null}
     */
    public Succession {
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(date, "date");
    }

    /** The resolutions that made each new province's communes, where a source states which: design/CRITERIA.md §4. */
    private static final Map<String, String> COMMUNE_RESOLUTIONS = Map.of("24", "Nghị quyết 1658/NQ-UBTVQH15");

    /**
     * {@return the resolution that made this succession, where a source states it, such as {@code "Nghị quyết
     * 1658/NQ-UBTVQH15"}} A province's succession is {@code "Nghị quyết 202/2025/QH15"} (the National Assembly's
     * resolution of 12 June 2025 on the 34 provinces); a commune's is known for the communes of new Bắc Ninh
     * ({@code 24}), by 1658/NQ-UBTVQH15 (design/CRITERIA.md §4), and empty for the others, whose resolution the
     * shipped data does not name.
     */
    public Optional<String> resolution() {
        if (predecessor.level() == vn.smartvillage.model.AdminLevel.PROVINCE) {
            return Optional.of("Nghị quyết 202/2025/QH15");
        }
        return successor.provinceCode().map(COMMUNE_RESOLUTIONS::get);
    }
}
