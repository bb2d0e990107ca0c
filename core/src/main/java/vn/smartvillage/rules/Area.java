package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

import vn.smartvillage.Text;

/**
 * The geography a rule pack governs: the units it was written for, by their official codes, and, when the
 * units ceased to exist as such (merged into another, say), their last day and what became of them.
 *
 * <p>A province's plan governs its province: {@code Area.of(Text.of("Tỉnh Sông Xanh", "Sông Xanh province"),
 * List.of("91"))}. Official codes are reused across reorganisations, so the codes are those of the pack's own
 * period, and a pack used on data dated after the area's {@linkplain #lastDay() last day} is about units that
 * no longer exist: the evaluator warns, in both languages, with the area's {@link #succession()}, instead of
 * only saying that the pack may be stale. An area without a last day is in force with its pack.
 *
 * <p>Core does not know any country's units: the codes are opaque strings of letters, digits and {@code . -}
 * (at most 16 each), as on {@link vn.smartvillage.model.Unit#code()}, and a country's module checks them
 * against its official lists. Instances are immutable; two areas are equal when all their parts are.
 *
 * <pre>{@code
 * Area songXanh = Area.of(Text.of("Tỉnh Sông Xanh", "Sông Xanh province"), List.of("91"))
 *         .withEnd(LocalDate.of(2025, 6, 30), Text.of("từ ngày 1/7/2025 là một phần của Tỉnh Núi Biếc (92) …",
 *                 "from 1 July 2025 part of Núi Biếc province (92) …"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Area {

    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}.-]{1,16}");

    private final Text name;
    private final List<String> codes;
    private final LocalDate lastDay;
    private final Text succession;

    private Area(Text name, List<String> codes, LocalDate lastDay, Text succession) {
        this.name = name;
        this.codes = codes;
        this.lastDay = lastDay;
        this.succession = succession;
    }

    /**
     * {@return the area named {@code name}, made of the units with the official codes {@code codes}, without a
     * last day}
     *
     * @param name  what the area is called, in both languages, such as "Tỉnh Sông Xanh"; not null
     * @param codes the official codes of its units, as the official list of the pack's period writes them; not
     *              empty, each letters, digits and {@code . -}, at most 16, none twice
     * @throws IllegalArgumentException if there is no code, a code is malformed or given twice
     */
    public static Area of(Text name, List<String> codes) {
        Objects.requireNonNull(name, "name");
        List<String> list = List.copyOf(codes);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("an area has at least one unit");
        }
        for (String c : list) {
            if (!CODE.matcher(c).matches()) {
                throw new IllegalArgumentException("not an official code (letters, digits and . -, at most 16): '" + c + "'");
            }
        }
        if (list.stream().distinct().count() != list.size()) {
            throw new IllegalArgumentException("a code is given twice: " + list);
        }
        return new Area(name, list, null, null);
    }

    /**
     * {@return this area, whose units existed until {@code lastDay} and then became what {@code succession}
     * says}
     *
     * @param lastDay    the last day the units existed as the codes name them, not null
     * @param succession what became of them and how to follow the area since, in both languages, such as "from 1
     *                   July 2025 part of Núi Biếc province (92), by resolution …"; not null
     */
    public Area withEnd(LocalDate lastDay, Text succession) {
        return new Area(name, codes, Objects.requireNonNull(lastDay, "lastDay"), Objects.requireNonNull(succession, "succession"));
    }

    /** {@return what the area is called, in both languages} */
    public Text name() {
        return name;
    }

    /** {@return the official codes of the area's units, in the order given; unmodifiable} */
    public List<String> codes() {
        return codes;
    }

    /** {@return the last day the area's units existed, or empty while they do} */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(lastDay);
    }

    /** {@return what became of the area after its last day, in both languages; empty when it has none} */
    public Optional<Text> succession() {
        return Optional.ofNullable(succession);
    }

    /**
     * {@return {@code true} if the area's units had ceased to exist on {@code date}} An area without a last day
     * never ends.
     *
     * @param date the day asked about, not null
     */
    public boolean endedBefore(LocalDate date) {
        return lastDay != null && lastDay.isBefore(Objects.requireNonNull(date, "date"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Area a && name.equals(a.name) && codes.equals(a.codes) && Objects.equals(lastDay, a.lastDay)
                && Objects.equals(succession, a.succession);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, codes, lastDay, succession);
    }

    /** Returns the name in Vietnamese, the codes and the last day, such as {@code Area[Tỉnh Sông Xanh, 91, until 2025-06-30]}. */
    @Override
    public String toString() {
        return "Area[" + name.vi() + ", " + String.join(" ", codes) + (lastDay == null ? "" : ", until " + lastDay) + "]";
    }
}
