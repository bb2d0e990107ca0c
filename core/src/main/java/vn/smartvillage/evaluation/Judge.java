package vn.smartvillage.evaluation;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.smartvillage.Fraction;
import vn.smartvillage.Text;
import vn.smartvillage.internal.Exact;
import vn.smartvillage.internal.ThresholdSyntax;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.rules.Comparison;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Threshold;

/**
 * Turns a {@link Reading} into a {@link CriterionResult}: the verdict, the least gap, the progress and
 * the reason, all in exact integer arithmetic.
 */
final class Judge {

    private static final long PROGRESS_DENOMINATOR = 1_000_000_000L;

    private Judge() {
    }

    static CriterionResult notInForce(Criterion c, String unitId, LocalDate asOf) {
        return new CriterionResult(c, unitId, Status.NOT_APPLICABLE, null, null, null, List.of(),
                () -> Messages.text("reason.notInForce", "date", asOf));
    }

    /** A criterion for the units whose count {@code scope} is {@code wanted}, on a unit that does not state it: missing data, naming it. */
    static CriterionResult scopeUnknown(Criterion c, String unitId, vn.smartvillage.metric.Metric<Long> scope, long wanted) {
        return new CriterionResult(c, unitId, Status.MISSING_DATA, null, null, null, List.of(scope.id()),
                () -> Messages.text("reason.scopeMissing", "metric", scope.name(), "value", wanted));
    }

    /** A criterion for the units whose count {@code scope} is {@code wanted}, on a unit where it is {@code stated}: not applicable. */
    static CriterionResult outOfScope(Criterion c, String unitId, vn.smartvillage.metric.Metric<Long> scope, long wanted, long stated) {
        return new CriterionResult(c, unitId, Status.NOT_APPLICABLE, null, null, null, List.of(),
                () -> Messages.text("reason.outOfScope", "metric", scope.name(), "value", wanted, "stated", stated));
    }

    /** Judges a reading against the criterion's threshold, given as a fraction ({@code c.threshold().asFraction()}). */
    static CriterionResult judge(Criterion c, String unitId, Reading r, Fraction threshold) {
        Threshold t = c.threshold();
        switch (r.state()) {
            case MISSING:
                return new CriterionResult(c, unitId, Status.MISSING_DATA, null, null, null, r.missing(),
                        () -> Messages.text("reason.missing", "metrics", r.missingNames()));
            case UNDECIDED:
                return new CriterionResult(c, unitId, Status.MISSING_DATA, null, null, null, List.of(), r.shown());
            case NOT_APPLICABLE:
                return new CriterionResult(c, unitId, Status.NOT_APPLICABLE, null, null, null, List.of(), r.shown());
            case EMPTY:
                Status s = whenEmpty(c);
                return new CriterionResult(c, unitId, s, null, null, null, List.of(),
                        () -> Messages.text("reason.empty", "status", s.label()));
            default:
                break;
        }
        Comparison cmp = t.comparison();
        Status status = status(cmp, r, threshold);
        Gap gap;
        Fraction progress;
        Fraction low = r.low();
        if (status == Status.MET) {
            gap = cmp.lowerIsBetter() ? Gap.remove(0, r.subject()) : Gap.add(0, r.subject());
            progress = Fraction.ONE;
        } else if (r.unknown() == 0) {
            gap = gap(cmp, threshold, r).orElse(null);
            progress = progress(cmp, low, threshold);
        } else {
            // Undecided items: the value is a range, so neither a least change nor a progress is known.
            gap = null;
            progress = null;
        }
        Gap g = gap;
        return new CriterionResult(c, unitId, status, low, gap, progress, r.missing(), () -> reason(c, r, status, Optional.ofNullable(g)));
    }

    private static Status status(Comparison cmp, Reading r, Fraction threshold) {
        return status(cmp, r.numerator(), r.denominator(), r.unknown(), threshold);
    }

    /**
     * The verdict of a known value {@code numerator/denominator} with {@code unknown} more items undecided
     * against {@code threshold}, in longs: what {@link #judge} decides for a known reading, without making
     * anything; the columnar evaluation calls it for every unit and rule.
     */
    static Status status(Comparison cmp, long numerator, long denominator, long unknown, Fraction threshold) {
        long p = threshold.numerator();
        long q = threshold.denominator();
        boolean lowMeets = cmp.test(Exact.compareProducts(numerator, q, p, denominator));
        if (unknown == 0) {
            return lowMeets ? Status.MET : Status.NOT_MET;
        }
        boolean highMeets = cmp.test(Exact.compareProducts(numerator + unknown, q, p, denominator));
        if (cmp == Comparison.EQUAL_TO) {
            boolean reachable = Exact.dividesProduct(p, denominator, q);
            long target = reachable ? Exact.floorMulDiv(p, denominator, q) : -1;
            return reachable && target >= numerator && target <= numerator + unknown
                    ? Status.MISSING_DATA : Status.NOT_MET;
        }
        if (lowMeets && highMeets) {
            return Status.MET;
        }
        return !lowMeets && !highMeets ? Status.NOT_MET : Status.MISSING_DATA;
    }

    /** The status of an empty value (a ratio of 0 to 0, a share of no units) for the criterion {@code c}. */
    static Status whenEmpty(Criterion c) {
        return switch (c.whenEmpty()) {
            case MET -> Status.MET;
            case NOT_MET -> Status.NOT_MET;
            case NOT_APPLICABLE -> Status.NOT_APPLICABLE;
        };
    }

    /**
     * The least change of the numerator, with the denominator fixed, that meets the threshold; empty
     * when no numerator in {@code [0, upper]} does.
     */
    private static Optional<Gap> gap(Comparison cmp, Fraction t, Reading r) {
        long p = t.numerator();
        long q = t.denominator();
        long den = r.denominator();
        long num = r.numerator();
        long need;
        switch (cmp) {
            case AT_LEAST:
                need = Exact.ceilMulDiv(p, den, q);
                return need <= r.upper() ? Optional.of(Gap.add(Math.max(0, need - num), r.subject()))
                        : Optional.empty();
            case MORE_THAN:
                need = Exact.floorMulDiv(p, den, q) + 1;
                return need <= r.upper() ? Optional.of(Gap.add(Math.max(0, need - num), r.subject()))
                        : Optional.empty();
            case AT_MOST:
                need = Exact.floorMulDiv(p, den, q);
                return Optional.of(Gap.remove(Math.max(0, num - need), r.subject()));
            case LESS_THAN:
                need = Exact.ceilMulDiv(p, den, q) - 1;
                return need >= 0 ? Optional.of(Gap.remove(Math.max(0, num - need), r.subject()))
                        : Optional.empty();
            default:
                if (!Exact.dividesProduct(p, den, q)) {
                    return Optional.empty();
                }
                need = Exact.floorMulDiv(p, den, q);
                if (need > r.upper()) {
                    return Optional.empty();
                }
                return Optional.of(need >= num ? Gap.add(need - num, r.subject())
                        : Gap.remove(num - need, r.subject()));
        }
    }

    /** How far a value that does not meet the threshold has come towards it, from 0 to 1. */
    private static Fraction progress(Comparison cmp, Fraction v, Fraction t) {
        boolean lowerBetter = cmp.lowerIsBetter() || (cmp == Comparison.EQUAL_TO && v.compareTo(t) > 0);
        if (!lowerBetter && t.numerator() == 0) {
            // "> 0" not met: the value is 0, and nothing of the way is done.
            return Fraction.ZERO;
        }
        // threshold / value when lower is better (value > threshold >= 0 here), else value / threshold
        long a = lowerBetter ? t.numerator() : v.numerator();
        long b = lowerBetter ? v.denominator() : t.denominator();
        long c = lowerBetter ? t.denominator() : v.denominator();
        long d = lowerBetter ? v.numerator() : t.numerator();
        long hiN = Math.multiplyHigh(a, b);
        long hiD = Math.multiplyHigh(c, d);
        if (hiN == 0 && hiD == 0 && a * b >= 0 && c * d > 0) {
            // Both products fit in 63 bits: the common case, with no big integers.
            return capped(a * b, c * d);
        }
        return capped(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), BigInteger.valueOf(c).multiply(BigInteger.valueOf(d)));
    }

    /** {@code n/d} (both zero or more, {@code d > 0}) capped at 1 and reduced, in longs. */
    private static Fraction capped(long n, long d) {
        if (n >= d) {
            return Fraction.ONE;
        }
        long a = n;
        long b = d;
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a > 0 ? Fraction.of(n / a, d / a) : Fraction.of(n, d);
    }

    /** {@code n/d} capped at 1, exact when it fits in 64 bits, else rounded down to a billionth. */
    private static Fraction capped(BigInteger n, BigInteger d) {
        if (n.compareTo(d) >= 0) {
            return Fraction.ONE;
        }
        BigInteger g = n.gcd(d);
        if (g.signum() > 0) {
            n = n.divide(g);
            d = d.divide(g);
        }
        if (d.bitLength() < 63) {
            return Fraction.of(n.longValueExact(), d.longValueExact());
        }
        long scaled = n.multiply(BigInteger.valueOf(PROGRESS_DENOMINATOR)).divide(d).longValueExact();
        return Fraction.of(scaled, PROGRESS_DENOMINATOR);
    }

    private static Text reason(Criterion c, Reading r, Status status, Optional<Gap> gap) {
        Threshold t = c.threshold();
        Text text = isYesNo(c) && r.unknown() == 0
                ? Messages.text("reason.flag", "value", r.shown().get(), "status", status.label())
                : r.unknown() > 0
                ? Messages.text("reason.valueWithUnknown", "value", r.shown().get(), "unknown", r.unknown(), "threshold", threshold(t),
                        "status", status.label())
                : Messages.text("reason.value", "value", r.shown().get(), "threshold", threshold(t), "status", status.label());
        if (status == Status.NOT_MET) {
            if (gap.isPresent()) {
                Gap g = gap.get();
                text = Messages.text(g.isRemoval() ? "reason.gap.remove" : "reason.gap.add", "reason", text,
                        "amount", g.amount(), "subject", g.of());
            } else if (r.unknown() == 0) {
                text = Messages.text("reason.unreachable", "reason", text, "subject", r.subject());
            }
        }
        return text;
    }

    /**
     * Whether the criterion is a yes/no rule: a flag that must hold ({@code ≥ 1}), whose value and
     * threshold are written "yes" and "no" rather than as numbers.
     */
    static boolean isYesNo(Criterion c) {
        return c.isEncoded() && c.threshold().equals(Threshold.holds()) && c.measure().match(new YesNo());
    }

    /** Returns a criterion's threshold in words: "yes" for a yes/no rule, else {@link #threshold(Threshold)}. */
    static Text threshold(Criterion c) {
        return isYesNo(c) ? Messages.text("threshold.yes") : threshold(c.threshold());
    }

    /** Whether a measure reads a single flag. */
    private static final class YesNo implements vn.smartvillage.rules.Measure.Cases<Boolean> {
        @Override
        public Boolean ratio(vn.smartvillage.metric.Metric<Long> numerator, vn.smartvillage.metric.Metric<Long> denominator) {
            return false;
        }

        @Override
        public Boolean count(vn.smartvillage.metric.Metric<Long> metric) {
            return false;
        }

        @Override
        public Boolean flag(vn.smartvillage.metric.Metric<Boolean> metric) {
            return true;
        }

        @Override
        public Boolean flagsHeld(List<vn.smartvillage.metric.Metric<Boolean>> flags) {
            return false;
        }

        @Override
        public Boolean shareMeeting(vn.smartvillage.model.AdminLevel level, String criterionId) {
            return false;
        }

        @Override
        public Boolean countMeeting(vn.smartvillage.model.AdminLevel level, String criterionId) {
            return false;
        }

        @Override
        public Boolean shareCertified(vn.smartvillage.model.AdminLevel level, String certificationId) {
            return false;
        }

        @Override
        public Boolean countCertified(vn.smartvillage.model.AdminLevel level, String certificationId) {
            return false;
        }

        @Override
        public Boolean notEncoded(Text why) {
            return false;
        }
    }

    /** Returns a threshold as each language writes it: {@code ≥ 27,5 %} and {@code ≥ 27.5 %}. */
    static Text threshold(Threshold t) {
        return Text.of(ThresholdSyntax.localised(t.comparison().symbol(), t.value(), t.percent(), true),
                ThresholdSyntax.localised(t.comparison().symbol(), t.value(), t.percent(), false));
    }
}
