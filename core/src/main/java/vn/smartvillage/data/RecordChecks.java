package vn.smartvillage.data;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.model.Organisation;
import vn.smartvillage.model.Unit;

/**
 * Checks the constraints declared on the model records ({@code @NotBlank}, {@code @Size},
 * {@code @Pattern}) and turns each violation into a bilingual {@link Problem}, in the order of the
 * record's properties and then of the constraint's name, as a Bean Validation provider reports them.
 *
 * <p>The library checks them itself rather than through a provider, so that it starts no provider (which
 * would log its version on the application's console and bring its own dependency versions) and can never
 * disagree with the provider an application chose: a test checks these checks against Hibernate
 * Validator's reading of the same annotations. Text must also be well-formed UTF-16, which no annotation
 * says.
 */
final class RecordChecks {

    /** The {@code @Pattern} on {@link Unit#id()}: ASCII letters and digits and {@code . _ : -}. */
    private static final Pattern ID = Pattern.compile("[\\p{Alnum}._:-]*");
    /** The {@code @Pattern} on {@link Unit#code()}: ASCII letters and digits and {@code . -}. */
    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}.-]+");

    private RecordChecks() {
    }

    /** Checks a unit; each problem is located at a field of {@code location}. */
    static void check(Unit u, Location location, Consumer<Problem> sink) {
        notBlank(u.id(), location, "id", sink);
        if (!ID.matcher(u.id()).matches()) {
            sink.accept(Problem.of("dataset.field.characters", Places.field(location, "id"), "value", shown(u.id())));
        }
        size(u.id(), 64, location, "id", sink);
        notBlank(u.name(), location, "name", sink);
        size(u.name(), 200, location, "name", sink);
        wellFormed(u.name(), location, "name", sink);
        u.code().ifPresent(code -> {
            if (!CODE.matcher(code).matches()) {
                sink.accept(Problem.of("dataset.field.codeCharacters", Places.field(location, "code"), "value", shown(code)));
            }
            size(code, 16, location, "code", sink);
        });
    }

    /** Checks an organisation; each problem is located at a field of {@code location}. */
    static void check(Organisation o, Location location, Consumer<Problem> sink) {
        notBlank(o.id(), location, "id", sink);
        size(o.id(), 64, location, "id", sink);
        wellFormed(o.id(), location, "id", sink);
        notBlank(o.name(), location, "name", sink);
        size(o.name(), 200, location, "name", sink);
        wellFormed(o.name(), location, "name", sink);
        if (blank(o.unitId())) {
            sink.accept(Problem.of("dataset.field.blank", Places.field(location, "unitId")));
        }
    }

    // Each field's problems come in the order a provider sorts them, by the constraint's name:
    // NotBlank, then Pattern, then Size.

    private static void notBlank(String value, Location location, String field, Consumer<Problem> sink) {
        if (blank(value)) {
            sink.accept(Problem.of("dataset.field.blank", Places.field(location, field)));
        }
    }

    private static void size(String value, int max, Location location, String field, Consumer<Problem> sink) {
        if (value.length() > max) {
            sink.accept(Problem.of("dataset.field.tooLong", Places.field(location, field), "max", max));
        }
    }

    private static void wellFormed(String value, Location location, String field, Consumer<Problem> sink) {
        int bad = Strings.unpairedSurrogate(value);
        if (bad >= 0) {
            sink.accept(Problem.of("dataset.field.surrogate", Places.field(location, field), "character",
                    Strings.escaped(value.charAt(bad))));
        }
    }

    /** {@code @NotBlank}'s reading: empty or only white space ({@link Character#isWhitespace}). */
    private static boolean blank(String s) {
        return s.isBlank();
    }

    private static String shown(String s) {
        return Strings.wellFormed(Strings.cut(s, 80));
    }
}
