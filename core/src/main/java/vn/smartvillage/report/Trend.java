package vn.smartvillage.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.apiguardian.api.API;

import vn.smartvillage.Fraction;
import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.rules.Comparison;
import vn.smartvillage.rules.Threshold;

/**
 * Progress of one unit on one criterion or target over several dated assessments: the baseline (the
 * first known value), the current value, the deadline, and whether the unit is on track at the linear
 * pace that reaches the threshold by the deadline. Lower-is-better criteria count a fall as progress.
 *
 * <pre>{@code
 * Trend t = Trend.of(List.of(january, june), "xa-a", "bg.commune.work-records-online");
 * t.verdict();   // BEHIND: 55 % in June, 57.5 % needed at a linear pace from 40 % in January to 60 % by 31/12/2025
 * }</pre>
 *
 * <p>Made by {@link #of}, never by hand. Immutable; two trends are equal when all their parts are.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Trend {

    private final String unitId;
    private final String ruleId;
    private final NavigableMap<LocalDate, Fraction> points;
    private final Threshold threshold;
    private final LocalDate deadline;
    private final Verdict verdict;
    private final Fraction expected;
    private final Text summary;

    /** How a unit fares against the pace it needs. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Verdict {
        /** The threshold is met on the last date. */
        MET,
        /** At or ahead of the linear pace. */
        ON_TRACK,
        /** Behind the linear pace, or the deadline reached or passed unmet. */
        BEHIND,
        /** Fewer than two known values, no value on the last date, or no deadline to pace against. */
        UNKNOWN
    }

    /** Copies the values; {@code deadline} and {@code expected} are {@code null} when absent. */
    private Trend(String unitId, String ruleId, NavigableMap<LocalDate, Fraction> points, Threshold threshold, LocalDate deadline,
            Verdict verdict, Fraction expected, Text summary) {
        this.unitId = unitId;
        this.ruleId = ruleId;
        this.points = Collections.unmodifiableNavigableMap(new TreeMap<>(points));
        this.threshold = threshold;
        this.deadline = deadline;
        this.verdict = verdict;
        this.expected = expected;
        this.summary = summary;
    }

    /** {@return the unit's id} */
    public String unitId() {
        return unitId;
    }

    /** {@return the criterion's or target's id} */
    public String ruleId() {
        return ruleId;
    }

    /**
     * {@return the known values by the date of their assessment, oldest first; unmodifiable} Of two
     * assessments on one date, the one given later in the series counts, with its value or without one.
     */
    public NavigableMap<LocalDate, Fraction> points() {
        return points;
    }

    /** {@return the threshold to reach} */
    public Threshold threshold() {
        return threshold;
    }

    /** {@return the deadline (a target's own, or the one given), or empty} */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** {@return on track, behind, met, or unknown} */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * {@return the value the linear pace asks for on the last date, or empty when the verdict was not found by
     * pacing} It is present when the unit is on track, or behind before the deadline.
     */
    public Optional<Fraction> expected() {
        return Optional.ofNullable(expected);
    }

    /** {@return the sentence for a report, in Vietnamese and English} */
    public Text summary() {
        return summary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trend t && unitId.equals(t.unitId) && ruleId.equals(t.ruleId) && points.equals(t.points)
                && java.util.Objects.equals(threshold, t.threshold) && java.util.Objects.equals(deadline, t.deadline)
                && verdict == t.verdict && java.util.Objects.equals(expected, t.expected) && summary.equals(t.summary);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(unitId, ruleId, points, threshold, deadline, verdict, expected, summary);
    }

    @Override
    public String toString() {
        return "Trend[unitId=" + unitId + ", ruleId=" + ruleId + ", points=" + points + ", threshold=" + threshold + ", deadline="
                + deadline() + ", verdict=" + verdict + ", expected=" + expected() + ", summary=" + summary + "]";
    }

    /**
     * Returns the trend of a target, paced to its deadline; a criterion, which has no deadline, is only
     * {@link Verdict#MET} or {@link Verdict#UNKNOWN}. See {@link #of(List, String, String, LocalDate)}.
     *
     * @param series the assessments, in any order of dates (they are sorted by date; of two on one date, the one
     *               given later counts); not null
     * @param unitId the unit's id
     * @param ruleId the id of a target, or of a criterion
     * @return the trend of the rule at the unit over the assessments that have it
     * @throws IllegalArgumentException if no assessment has the rule for the unit
     */
    public static Trend of(List<Assessment> series, String unitId, String ruleId) {
        return trend(series, unitId, ruleId, null);
    }

    /**
     * Returns the trend of a criterion or target paced to {@code deadline}, for a criterion, which has no
     * deadline of its own, or for a target paced to another day than its own;
     * {@link #of(List, String, String)} paces a target to its own deadline.
     *
     * <p>The baseline is the first known value; the pace is linear from it to the threshold on the
     * deadline. The verdict is that of the latest assessment having the rule: {@link Verdict#MET} if it meets
     * it, else {@link Verdict#UNKNOWN} with fewer than two known values, no value on that date or no
     * deadline, else {@link Verdict#BEHIND} on or after the deadline, else whether the value reaches the pace.
     *
     * @param series   the assessments, in any order of dates (they are sorted by date; of two on one date, the
     *                 one given later counts); not null. Those that do not
     *                 have the unit, or the rule for it, are skipped
     * @param unitId   the unit's id
     * @param ruleId   the id of a criterion or target
     * @param deadline the day the threshold is to be reached by, not null
     * @return the trend of the rule at the unit over the assessments that have it
     * @throws IllegalArgumentException if no assessment has the rule for the unit
     */
    public static Trend of(List<Assessment> series, String unitId, String ruleId, LocalDate deadline) {
        return trend(series, unitId, ruleId, Objects.requireNonNull(deadline, "deadline"));
    }

    /** The trend; {@code deadline} is null for a target's own, or none. */
    private static Trend trend(List<Assessment> series, String unitId, String ruleId, LocalDate deadline) {
        List<Assessment> sorted = new ArrayList<>(series);
        sorted.sort(java.util.Comparator.comparing(Assessment::asOf));
        NavigableMap<LocalDate, Fraction> points = new TreeMap<>();
        CriterionResult last = null;
        LocalDate due = deadline;
        for (Assessment a : sorted) {
            Optional<UnitAssessment> u = a.unit(unitId);
            if (u.isEmpty()) {
                continue;
            }
            Optional<TargetResult> t = u.get().target(ruleId);
            Optional<CriterionResult> r = u.get().criterion(ruleId).or(() -> t.map(TargetResult::result));
            if (r.isEmpty()) {
                continue;
            }
            if (due == null && t.isPresent()) {
                due = t.get().target().deadline();
            }
            last = r.get();
            // Of two assessments on one date, the one given later supersedes the earlier, value or none.
            if (r.get().value().isPresent()) {
                points.put(a.asOf(), r.get().value().get());
            } else {
                points.remove(a.asOf());
            }
        }
        if (last == null) {
            throw new IllegalArgumentException("no assessment has '" + ruleId + "' for '" + unitId + "'");
        }
        Threshold th = last.criterion().threshold();
        Fraction target = th.asFraction();
        Comparison cmp = th.comparison();
        Verdict verdict;
        Fraction expected = null;
        if (last.isMet()) {
            verdict = Verdict.MET;
        } else if (points.size() < 2 || due == null || last.value().isEmpty()) {
            verdict = Verdict.UNKNOWN;
        } else {
            Map.Entry<LocalDate, Fraction> base = points.firstEntry();
            Map.Entry<LocalDate, Fraction> now = points.lastEntry();
            long total = ChronoUnit.DAYS.between(base.getKey(), due);
            long elapsed = ChronoUnit.DAYS.between(base.getKey(), now.getKey());
            if (total <= 0 || elapsed >= total) {
                verdict = Verdict.BEHIND;
            } else {
                expected = between(base.getValue(), target, elapsed, total);
                int c = now.getValue().compareTo(expected);
                verdict = (cmp.lowerIsBetter() ? c <= 0 : c >= 0) ? Verdict.ON_TRACK : Verdict.BEHIND;
            }
        }
        Text summary = Messages.text("trend." + verdict.name().toLowerCase(java.util.Locale.ROOT), "rule", last.criterion().name(),
                "now", points.isEmpty() ? Text.of("—", "—") : value(points.lastEntry().getValue(), th.percent()),
                "base", points.isEmpty() ? Text.of("—", "—") : value(points.firstEntry().getValue(), th.percent()),
                "expected", expected == null ? Text.of("—", "—") : value(expected, th.percent()),
                "deadline", due == null ? Text.of("—", "—") : Messages.text("trend.date", "date", due));
        return new Trend(unitId, ruleId, points, th, due, verdict, expected, summary);
    }

    /** {@code a + (b - a) * elapsed / total}, exactly (rounded down to a billionth if it does not fit in longs). */
    static Fraction between(Fraction a, Fraction b, long elapsed, long total) {
        BigInteger an = BigInteger.valueOf(a.numerator());
        BigInteger ad = BigInteger.valueOf(a.denominator());
        BigInteger bn = BigInteger.valueOf(b.numerator());
        BigInteger bd = BigInteger.valueOf(b.denominator());
        // (an*bd*total + (bn*ad - an*bd) * elapsed) / (ad*bd*total)
        BigInteger num = an.multiply(bd).multiply(BigInteger.valueOf(total))
                .add(bn.multiply(ad).subtract(an.multiply(bd)).multiply(BigInteger.valueOf(elapsed)));
        BigInteger den = ad.multiply(bd).multiply(BigInteger.valueOf(total));
        BigInteger g = num.gcd(den);
        if (g.signum() > 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.bitLength() < 63 && den.bitLength() < 63) {
            return Fraction.of(num.longValueExact(), den.longValueExact());
        }
        long billion = 1_000_000_000L;
        return Fraction.of(num.multiply(BigInteger.valueOf(billion)).divide(den).longValueExact(), billion);
    }

    private static Text value(Fraction v, boolean percent) {
        if (percent) {
            return Messages.text("trend.percent", "value", v.percent(1));
        }
        return Messages.text("trend.number", "value", new java.math.BigDecimal(v.numerator()).divide(
                new java.math.BigDecimal(v.denominator()), 2, java.math.RoundingMode.DOWN).stripTrailingZeros());
    }

}
