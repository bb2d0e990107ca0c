package vn.smartvillage.internal.format;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import vn.smartvillage.Text;
import vn.smartvillage.internal.IdGrammar;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.EffectivePeriod;

/**
 * The small values of the format, read and written: texts in both languages, periods, levels and rule ids;
 * and the helpers every codec shares.
 */
public final class Values {

    static final Field VI = Field.required("vi");
    static final Field EN = Field.required("en");
    /** A text in both languages. */
    static final Shape TEXT = Shape.of("text", "/$defs/text", VI, EN);

    static final Field FROM = Field.optional("from");
    static final Field TO = Field.optional("to");
    /** When something is in force; the pack's own period requires {@code from}. */
    static final Shape PERIOD = Shape.of("period", "/$defs/period", FROM, TO);

    private Values() {
    }

    /** Reads a text {@code {vi, en}}; with {@code required}, records "is required" when it is absent. */
    public static Optional<Text> text(Cursor c, boolean required) {
        if (required && !c.required()) {
            return Optional.empty();
        }
        if (!c.object(TEXT.names())) {
            return Optional.empty();
        }
        Optional<String> vi = VI.in(c).requiredString();
        Optional<String> en = EN.in(c).requiredString();
        return vi.isPresent() && en.isPresent() ? Optional.of(Text.of(vi.get(), en.get())) : Optional.empty();
    }

    static JsonOut.Obj text(Text t) {
        JsonOut.Obj o = JsonOut.object();
        o.put(VI.name(), t.vi());
        o.put(EN.name(), t.en());
        return o;
    }

    /** Reads a period {@code {from, to}}; a missing {@code from} is the beginning of time. */
    static Optional<EffectivePeriod> period(Cursor c) {
        if (!c.object(PERIOD.names())) {
            return Optional.empty();
        }
        int before = c.diagnostics().size();
        LocalDate from = FROM.in(c).date().orElse(LocalDate.MIN);
        Optional<LocalDate> to = TO.in(c).date();
        if (to.isPresent() && to.get().isBefore(from)) {
            TO.in(c).refuse("packFile.period.endsBeforeStart", "to", to.get(), "from", from);
        }
        return c.diagnostics().size() == before
                ? Optional.of(to.map(t -> EffectivePeriod.between(from, t)).orElseGet(() -> EffectivePeriod.startingOn(from)))
                : Optional.empty();
    }

    /** Writes a period; {@code from} is left out for the beginning of time unless {@code fromRequired}. */
    static JsonOut.Obj period(EffectivePeriod p, boolean fromRequired) {
        JsonOut.Obj o = JsonOut.object();
        if (fromRequired || !p.from().equals(LocalDate.MIN)) {
            o.put(FROM.name(), p.from().toString());
        }
        p.to().ifPresent(to -> o.put(TO.name(), to.toString()));
        return o;
    }

    /** Reads a required level; a household is refused unless {@code householdAllowed}. */
    static Optional<AdminLevel> level(Cursor c, boolean householdAllowed) {
        if (!c.required()) {
            return Optional.empty();
        }
        Optional<AdminLevel> level = c.enumValue(AdminLevel.class);
        if (!householdAllowed && level.filter(l -> l == AdminLevel.HOUSEHOLD).isPresent()) {
            c.refuse("packFile.rule.household");
            return Optional.empty();
        }
        return level;
    }

    /** Reads the required id of a criterion, target or certification. */
    static Optional<String> ruleId(Cursor c) {
        Optional<String> id = c.requiredString();
        if (id.isPresent() && !IdGrammar.RULE.matches(id.get())) {
            c.refuse("packFile.rule.id", "id", id.get());
            return Optional.empty();
        }
        return id;
    }

    /** Returns which one of {@code kinds} the object at {@code o} names, recording a problem unless exactly one. */
    public static Optional<String> kindOf(Cursor o, Set<String> kinds) {
        List<String> sorted = kinds.stream().sorted().toList();
        List<String> named = sorted.stream().filter(k -> o.get(k).present()).toList();
        if (named.size() != 1) {
            o.refuse("packFile.exactlyOne", "fields", String.join(", ", sorted));
            return Optional.empty();
        }
        return Optional.of(named.get(0));
    }

    /**
     * Runs a constructor whose checks the reader has made already; anything it still rejects is reported
     * here. A part the reader left empty without saying why (a gap in its checks) is reported as such, at
     * this element, rather than escaping as an exception.
     */
    static <T> Optional<T> build(Cursor at, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException e) {
            at.refuse("packFile.invalid", "message", String.valueOf(e.getMessage()));
            return Optional.empty();
        } catch (NoSuchElementException e) {
            at.refuse("packFile.partMissing");
            return Optional.empty();
        }
    }
}
