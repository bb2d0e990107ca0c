package vn.smartvillage;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apiguardian.api.API;

import vn.smartvillage.internal.Catalog;

/**
 * One thing wrong with an input: what is wrong (a stable {@linkplain #code() code} and its
 * {@linkplain #arguments() arguments}), where ({@link #location()}), and why, in Vietnamese and English
 * ({@link #reason()}).
 *
 * <p>The code names the kind of problem, such as {@code dataset.count.negative}, and stays the same from
 * one release to the next, so that a program may act on it; {@code docs/problems.md} lists every code
 * with its arguments. The reason is the code's sentence in the library's message catalog, filled with the
 * arguments. The location names the place a person can go and fix, as a value: a unit and a metric, a
 * household by its village and number, a cell of a table, a place in a rule pack by its JSON pointer.
 *
 * <pre>{@code
 * catch (SmartVillageException e) {
 *     for (Problem p : e.problems()) {
 *         Location l = p.location();
 *         if (p.code().equals("dataset.count.negative") && l.unitId().isPresent() && l.metricId().isPresent()) {
 *             form.markWrong(l.unitId().get(), l.metricId().get(), p.reason().in(locale));
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Problems are immutable. Two problems are equal when their codes, locations and arguments are.
 */
@API(status = STABLE, since = "0.1")
public final class Problem {

    private final String code;
    private final Location location;
    private final Map<String, Object> arguments;
    private final Text reason;

    private Problem(String code, Location location, Map<String, Object> arguments) {
        this.code = code;
        this.location = location;
        this.arguments = arguments;
        this.reason = render(code, arguments);
    }

    /**
     * {@return the problem {@code code} at {@code location}, its reason filled with {@code arguments}}
     *
     * <p>An argument is a {@code String} (an id, a value as the input wrote it), a whole number, a
     * {@code BigDecimal} (written plainly), a date (written {@code yyyy-mm-dd}), a {@link Text} or a
     * {@link Location} (each language takes its own). Numbers are written as the input wrote them, without
     * grouping, so that a person finds them in the input. Two arguments are shared by every code: a problem
     * inside a text document carries its {@code line} and {@code column}, and its reason starts with them
     * ("line 3, column 7: …"); a problem about a misspelt name may carry the {@code suggestion} closest to
     * it, and its reason ends with it ("… (did you mean 'village'?)").
     *
     * @param code      one of the codes in {@code docs/problems.md}, such as {@code "dataset.count.negative"}
     * @param location  where the problem is, not null
     * @param arguments name, value pairs, such as {@code "value", -1L}: every placeholder of the code's
     *                  sentence, none null
     * @throws IllegalArgumentException if the code is unknown, the pairs are odd, a placeholder has no value, or a
     *                                  value is an {@code Optional}
     */
    public static Problem of(String code, Location location, Object... arguments) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        if (arguments.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name, value pairs: " + code);
        }
        if (!Catalog.PROBLEMS.has(code)) {
            throw new IllegalArgumentException("no problem code '" + code + "'");
        }
        Map<String, Object> named = new TreeMap<>();
        for (int i = 0; i < arguments.length; i += 2) {
            named.put((String) Objects.requireNonNull(arguments[i], "name"), Objects.requireNonNull(arguments[i + 1], (String) arguments[i]));
            if (arguments[i + 1] instanceof java.util.Optional || arguments[i + 1] instanceof java.util.OptionalLong) {
                // An absent value is worded by the caller; an Optional here would print as "Optional[…]".
                throw new IllegalArgumentException("the argument '" + arguments[i] + "' of " + code + " is a value, not an Optional");
            }
        }
        return new Problem(code, location, Collections.unmodifiableMap(named));
    }

    /** {@return the stable code of this kind of problem, such as {@code "dataset.count.negative"}} */
    public String code() {
        return code;
    }

    /** {@return where the problem is} */
    public Location location() {
        return location;
    }

    /** {@return the arguments of the reason, by name in alphabetical order; unmodifiable} */
    public Map<String, Object> arguments() {
        return arguments;
    }

    /** {@return why it is a problem and, where possible, what to do, in Vietnamese and English} */
    public Text reason() {
        return reason;
    }

    /**
     * {@return this problem at another location}, such as the same problem named inside the file it came from
     *
     * @param location the new location, not null
     */
    public Problem withLocation(Location location) {
        return new Problem(code, Objects.requireNonNull(location, "location"), arguments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && code.equals(p.code) && location.equals(p.location) && arguments.equals(p.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, location, arguments);
    }

    /** Returns {@code "location: reason"} in English. */
    @Override
    public String toString() {
        return location.text().en() + ": " + reason.en();
    }

    private static Text render(String code, Map<String, Object> arguments) {
        return Text.of(render(code, arguments, true), render(code, arguments, false));
    }

    private static String render(String code, Map<String, Object> arguments, boolean vietnamese) {
        String reason = Catalog.PROBLEMS.fill(code, vietnamese, name -> format(arguments.get(name), vietnamese));
        if (arguments.containsKey("suggestion")) {
            reason += " " + Catalog.MESSAGES.fill("problem.suggestion", vietnamese, name -> format(arguments.get(name), vietnamese));
        }
        if (arguments.containsKey("line") && arguments.containsKey("column")) {
            Map<String, Object> at = Map.of("line", arguments.get("line"), "column", arguments.get("column"), "reason", reason);
            return Catalog.MESSAGES.fill("problem.position", vietnamese, name -> format(at.get(name), vietnamese));
        }
        return reason;
    }

    private static String format(Object value, boolean vietnamese) {
        if (value == null) {
            return null;
        }
        if (value instanceof Text t) {
            return vietnamese ? t.vi() : t.en();
        }
        if (value instanceof Location l) {
            return vietnamese ? l.text().vi() : l.text().en();
        }
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }
}
