package vn.smartvillage.internal.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.smartvillage.Text;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.rules.Area;

/**
 * A pack's {@code area}: the geography it governs, {@code {name, units, until, then}}, where {@code units}
 * are official codes and {@code until} (the units' last day) and {@code then} (what became of them) come
 * together or not at all.
 */
final class AreaCodec {

    static final Field NAME = Field.required("name");
    static final Field UNITS = Field.required("units");
    static final Field UNTIL = Field.conditional("until");
    static final Field THEN = Field.conditional("then");
    static final Shape SHAPE = Shape.of("area", "/$defs/area", NAME, UNITS, UNTIL, THEN);

    private static final Pattern CODE = Pattern.compile("[\\p{Alnum}.-]{1,16}");

    private AreaCodec() {
    }

    /** Reads an area; problems go to the cursor's diagnostics and leave it empty. */
    static Optional<Area> read(Cursor c) {
        if (!c.object(SHAPE.names())) {
            return Optional.empty();
        }
        int before = c.diagnostics().size();
        Optional<Text> name = Values.text(NAME.in(c), true);
        Cursor units = UNITS.in(c);
        List<String> codes = new ArrayList<>();
        if (units.required()) {
            List<Cursor> elements = units.elements();
            if (elements.isEmpty()) {
                units.refuse("packFile.area.noUnits");
            }
            for (Cursor u : elements) {
                u.requiredString().ifPresent(code -> {
                    if (!CODE.matcher(code).matches()) {
                        u.refuse("packFile.area.code", "code", code);
                    } else if (codes.contains(code)) {
                        u.refuse("packFile.area.codeTwice", "code", code);
                    } else {
                        codes.add(code);
                    }
                });
            }
        }
        Optional<LocalDate> until = UNTIL.in(c).date();
        Optional<Text> then = THEN.in(c).present() ? Values.text(THEN.in(c), true) : Optional.empty();
        if (UNTIL.in(c).present() != THEN.in(c).present()) {
            c.refuse("packFile.area.untilAndThen");
        }
        if (c.diagnostics().size() != before || name.isEmpty()) {
            return Optional.empty();
        }
        Area area = Area.of(name.get(), codes);
        return Optional.of(until.isPresent() && then.isPresent() ? area.withEnd(until.get(), then.get()) : area);
    }

    static JsonOut.Obj write(Area a) {
        JsonOut.Obj o = JsonOut.object();
        o.set(NAME.name(), Values.text(a.name()));
        JsonOut.Arr units = o.putArray(UNITS.name());
        a.codes().forEach(units::add);
        a.lastDay().ifPresent(d -> o.put(UNTIL.name(), d.toString()));
        a.succession().ifPresent(t -> o.set(THEN.name(), Values.text(t)));
        return o;
    }
}
