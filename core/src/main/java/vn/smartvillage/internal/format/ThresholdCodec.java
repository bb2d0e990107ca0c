package vn.smartvillage.internal.format;

import java.util.Arrays;
import java.util.Optional;

import vn.smartvillage.internal.ThresholdSyntax;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.rules.Comparison;
import vn.smartvillage.rules.Threshold;

/** A threshold in a pack document: the text {@link ThresholdSyntax} describes, read and written. */
final class ThresholdCodec {

    private ThresholdCodec() {
    }

    /** Reads {@code ">= 25 %"}, {@code "≥ 1"}, {@code "< 10"}; with {@code required}, records "is required" when absent. */
    static Optional<Threshold> read(Cursor c, boolean required) {
        if (required && !c.required()) {
            return Optional.empty();
        }
        Optional<String> s = c.string();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            ThresholdSyntax.Written w = ThresholdSyntax.read(s.get());
            return Optional.of(w.percent() ? Threshold.ofPercent(comparison(w.symbol()), w.value())
                    : Threshold.of(comparison(w.symbol()), w.value()));
        } catch (ThresholdSyntax.Refused e) {
            c.refuse(e.code(), e.arguments());
            return Optional.empty();
        }
    }

    /** Returns the comparison whose symbol is {@code symbol}. */
    static Comparison comparison(String symbol) {
        return Arrays.stream(Comparison.values()).filter(c -> c.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a comparison: " + symbol));
    }

    /** Returns {@code t} as a document writes it: {@code ">= 25 %"}. */
    static String write(Threshold t) {
        return ThresholdSyntax.ascii(t.comparison().symbol(), t.value(), t.percent());
    }
}
