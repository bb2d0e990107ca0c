package vn.smartvillage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

import vn.smartvillage.internal.Catalog;
import vn.smartvillage.internal.LocationDoor;
import vn.smartvillage.internal.Strings;

/**
 * The one kind of {@link Location}: the catalog key of its template ({@code location.unit},
 * {@code location.cell}, …), the template's arguments and where the place was read. Not public: the
 * library's loaders and checks make locations through the factories of {@code internal.location}, which
 * check the parts each kind of place takes and reach this constructor through the {@link LocationDoor}
 * installed below.
 *
 * <p>Two places are equal when their keys, arguments and origins are, as the records of each kind were.
 *
 * @param key       the template's key in the messages catalog; {@link #DOCUMENT} renders the name as it is
 * @param arguments the template's arguments: a name, its value, the next name, its value… (a value is a
 *                  {@code String}, an {@code Integer} or {@code Long}, a {@link Text} or a {@link Location})
 * @param origin    where the place was read, such as a row of a table; empty when it was not read from a file
 */
record Place(String key, List<Object> arguments, Optional<Location> origin) implements Location {

    static {
        LocationDoor.install((LocationDoor.Maker<Location>) Place::new);
    }

    // The keys the accessors below tell apart; the factories of internal.location spell them the same way.
    static final String UNIT = "location.unit";
    static final String FIGURE = "location.figure";
    static final String HOUSEHOLD = "location.household";
    static final String HOUSEHOLD_FIGURE = "location.householdFigure";
    static final String HOUSEHOLDS = "location.households";
    static final String ORGANISATION = "location.organisation";
    /** A document has no template: it renders its name as it is. */
    static final String DOCUMENT = "location.document";
    static final String ROW = "location.row";
    static final String CELL = "location.cell";
    static final String COLUMN = "location.column";
    static final String POINTER = "location.pointer";
    static final String PACK = "location.pack";
    static final String PACK_VERSION = "location.packVersion";
    static final String PACK_VERSION_FILE = "location.packVersion.file";
    static final String PACK_ELEMENT_METRIC = "location.packElement.metric";
    static final String INHERITED_METRIC = "location.inherited.metric";
    static final String PACK_FILE = "location.packFile";
    static final String DATASET = "location.dataset";
    static final String VOCABULARY_METRIC = "location.vocabularyMetric";

    Place {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(origin, "origin");
        if (arguments.size() % 2 != 0) {
            throw new IllegalArgumentException("a name without its value in " + arguments);
        }
    }

    @Override
    public Text text() {
        Text own;
        if (key.equals(DOCUMENT)) {
            String name = (String) argument("name");
            own = Text.of(cut(name), cut(name));
        } else {
            own = render(key, arguments.toArray());
        }
        // Puts the place it was read before it: "units.csv row 4 (unit thon-1)".
        return origin.map(at -> render("location.readAt", "origin", at, "subject", own)).orElse(own);
    }

    @Override
    public Optional<String> unitId() {
        return switch (key) {
            case UNIT, FIGURE -> string("unit");
            case HOUSEHOLD, HOUSEHOLDS -> string("village");
            default -> nested(Location::unitId);
        };
    }

    @Override
    public Optional<String> metricId() {
        return switch (key) {
            case FIGURE, HOUSEHOLD_FIGURE -> string("metric");
            case VOCABULARY_METRIC, PACK_ELEMENT_METRIC, INHERITED_METRIC -> string("id");
            default -> nested(Location::metricId);
        };
    }

    @Override
    public OptionalInt household() {
        if (key.equals(HOUSEHOLD)) {
            return OptionalInt.of((Integer) argument("number"));
        }
        return nested(l -> l.household().isPresent() ? Optional.of(l.household().getAsInt()) : Optional.<Integer>empty())
                .map(OptionalInt::of).orElseGet(OptionalInt::empty);
    }

    @Override
    public Optional<String> organisationId() {
        return key.equals(ORGANISATION) ? string("organisation") : nested(Location::organisationId);
    }

    @Override
    public Optional<String> document() {
        return switch (key) {
            case DOCUMENT, DATASET -> string("name");
            case ROW, CELL -> string("document");
            case PACK_VERSION_FILE, PACK_FILE -> string("file");
            default -> nested(Location::document);
        };
    }

    @Override
    public OptionalLong row() {
        if (key.equals(ROW) || key.equals(CELL)) {
            return OptionalLong.of((Long) argument("row"));
        }
        return nested(l -> l.row().isPresent() ? Optional.of(l.row().getAsLong()) : Optional.<Long>empty())
                .map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    @Override
    public Optional<String> column() {
        return key.equals(CELL) || key.equals(COLUMN) ? string("column") : nested(Location::column);
    }

    @Override
    public Optional<String> pointer() {
        return key.equals(POINTER) ? string("pointer") : nested(Location::pointer);
    }

    @Override
    public Optional<String> packId() {
        return switch (key) {
            case PACK, PACK_VERSION, PACK_VERSION_FILE, PACK_FILE -> string("pack");
            default -> nested(Location::packId);
        };
    }

    @Override
    public Optional<Location> readAt() {
        return origin.isPresent() ? origin : nested(Location::readAt);
    }

    /** Returns the English rendering, such as {@code "units.csv row 4 (unit thon-1)"}. */
    @Override
    public String toString() {
        return text().en();
    }

    /** Returns the value of the argument {@code name}, or {@code null} if there is none. */
    private Object argument(String name) {
        for (int i = 0; i < arguments.size(); i += 2) {
            if (arguments.get(i).equals(name)) {
                return arguments.get(i + 1);
            }
        }
        return null;
    }

    private Optional<String> string(String name) {
        return argument(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** Asks the places this one is made of, in the order of its arguments, then where it was read. */
    private <T> Optional<T> nested(Function<Location, Optional<T>> part) {
        for (int i = 1; i < arguments.size(); i += 2) {
            if (arguments.get(i) instanceof Location l) {
                Optional<T> found = part.apply(l);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return origin.flatMap(part);
    }

    /** Renders the location template {@code key}; a {@link Location} or {@link Text} argument gives each language its own. */
    private static Text render(String key, Object... args) {
        return Text.of(cut(fill(key, args, true)), cut(fill(key, args, false)));
    }

    private static String fill(String key, Object[] args, boolean vietnamese) {
        return Catalog.MESSAGES.fill(key, vietnamese, name -> {
            for (int i = 0; i < args.length; i += 2) {
                if (args[i].equals(name)) {
                    Object v = args[i + 1];
                    Text t = v instanceof Location l ? l.text() : v instanceof Text x ? x : null;
                    if (t != null) {
                        return vietnamese ? t.vi() : t.en();
                    }
                    // The whole document's pointer is empty; it is written "/".
                    return key.equals(POINTER) && name.equals("pointer") && "".equals(v) ? "/" : String.valueOf(v);
                }
            }
            return null;
        });
    }

    /** Cuts a rendering to 1,000 characters and makes it well-formed, so that any writer can print it. */
    private static String cut(String s) {
        return Strings.wellFormed(Strings.cut(s, 1000));
    }
}
