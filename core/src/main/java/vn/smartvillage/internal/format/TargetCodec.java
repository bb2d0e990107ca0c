package vn.smartvillage.internal.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import vn.smartvillage.internal.ThresholdSyntax;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;

/** A target: a criterion's fields, a {@code deadline} and a {@code baseline}. */
final class TargetCodec {

    static final Field DEADLINE = Field.required("deadline");
    static final Field BASELINE = Field.optional("baseline");
    static final Shape SHAPE = CriterionCodec.SHAPE.with("target", "/$defs/target", DEADLINE, BASELINE);

    private TargetCodec() {
    }

    /** Reads a target. */
    static Optional<Target> read(Cursor t, Scope scope) {
        if (!t.required() || !t.isObject()) {
            t.object(Set.of());
            return Optional.empty();
        }
        // The criterion's reader checks the fields of the whole object, the target's own included.
        Optional<Criterion> indicator = CriterionCodec.read(t, SHAPE.names(), scope);
        Optional<LocalDate> deadline = DEADLINE.in(t).required() ? DEADLINE.in(t).date() : Optional.empty();
        int before = t.diagnostics().size();
        Optional<BigDecimal> baseline = BASELINE.in(t).decimal();
        if (baseline.isPresent() && indicator.isPresent()) {
            baseline(BASELINE.in(t), baseline.get(), indicator.get().threshold());
        }
        if (indicator.isEmpty() || deadline.isEmpty() || t.diagnostics().size() != before) {
            return Optional.empty();
        }
        return Values.build(t, () -> baseline.map(b -> new Target(indicator.get(), deadline.get(), b))
                .orElseGet(() -> new Target(indicator.get(), deadline.get())));
    }

    /**
     * Checks a target's baseline as its threshold is checked: a share from 0 to 100 %, a count from 0 to
     * 10^12, at most 6 decimals.
     */
    private static void baseline(Cursor at, BigDecimal value, Threshold threshold) {
        BigDecimal max = threshold.percent() ? ThresholdSyntax.MAX_PERCENT : ThresholdSyntax.MAX_ABSOLUTE;
        if (value.signum() < 0) {
            at.refuse("packFile.baseline.negative");
        } else if (value.compareTo(max) > 0) {
            at.refuse(threshold.percent() ? "packFile.baseline.percent" : "packFile.baseline.tooLarge");
        } else if (value.stripTrailingZeros().scale() > ThresholdSyntax.MAX_DECIMALS) {
            at.refuse("packFile.baseline.decimals");
        }
    }

    /** Writes a target: its criterion's fields, then its own. */
    static JsonOut.Obj write(Target t) {
        JsonOut.Obj o = CriterionCodec.write(t.indicator());
        o.put(DEADLINE.name(), t.deadline().toString());
        t.baseline().ifPresent(b -> o.put(BASELINE.name(), b));
        return o;
    }
}
