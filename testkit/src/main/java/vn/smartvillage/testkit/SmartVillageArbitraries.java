package vn.smartvillage.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import vn.smartvillage.criteria.vn.Metrics;
import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Comparison;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Threshold;

/**
 * jqwik arbitraries of datasets: valid datasets of every shape, and datasets that place one unit just
 * below, at or just above a criterion's threshold.
 *
 * <pre>{@code
 * @Property
 * void ourPortalAgreesAtTheBoundary(@ForAll("aroundElectronicId") SmartVillageArbitraries.Boundary b) {
 *     Assessment a = Evaluator.create().evaluate(b.dataset(), pack);   // the rules as of the dataset's date
 *     assertThat(portal.decide(b.dataset(), b.unitId())).isEqualTo(b.expected() == Status.MET);
 * }
 *
 * @Provide
 * Arbitrary<SmartVillageArbitraries.Boundary> aroundElectronicId() {
 *     return SmartVillageArbitraries.around(pack.criterion("bg.village.electronic-id").orElseThrow());
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class SmartVillageArbitraries {

    /** The largest denominator a ratio boundary uses: a village of a million residents. */
    private static final int MAX_DENOMINATOR = 1_000_000;

    private SmartVillageArbitraries() {
    }

    // --- datasets of every shape ---------------------------------------------------------------------

    /**
     * {@return valid datasets of every shape: two-tier (communes under provinces, dated from 1 July 2025) or
     * three-tier (with districts, dated before); villages with no figures, with totals only, or with
     * household records; communes with or without their work-record figures, and with no villages}
     */
    public static Arbitrary<Dataset> datasets() {
        Arbitrary<LocalDate> threeTierDay = Arbitraries.integers().between(0, 911).map(d -> LocalDate.of(2023, 1, 1).plusDays(d));
        Arbitrary<LocalDate> twoTierDay = Arbitraries.integers().between(0, 548).map(d -> LocalDate.of(2025, 7, 1).plusDays(d));
        Arbitrary<List<CommuneShape>> communes = commune().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Dataset> threeTier = Combinators.combine(threeTierDay, communes.list().ofMinSize(1).ofMaxSize(3))
                .as((day, districts) -> build(day, districts));
        Arbitrary<Dataset> twoTier = Combinators.combine(twoTierDay, communes).as((day, cs) -> build(day, List.of(cs)));
        return Arbitraries.oneOf(threeTier, twoTier);
    }

    /** A village's figures: none, totals only, or household records. */
    private sealed interface VillageShape permits Empty, Totals, Records {
    }

    private record Empty() implements VillageShape {
    }

    private record Totals(long residents, long withId, long households, long fibre, Boolean fibreAndMobile) implements VillageShape {
    }

    private record Records(List<long[]> households) implements VillageShape {
    }

    private record CommuneShape(List<VillageShape> villages, long[] workRecords) {
    }

    private static Arbitrary<VillageShape> village() {
        Arbitrary<VillageShape> totals = Combinators.combine(Arbitraries.longs().between(0, 6000), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100), Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3))
                .as((r, idShare, fibreShare, flag) -> new Totals(r, r * idShare / 100, r / 4, (r / 4) * fibreShare / 100, flag));
        Arbitrary<long[]> household = Combinators.combine(Arbitraries.longs().between(1, 9), Arbitraries.integers().between(0, 100),
                Arbitraries.of(0L, 1L)).as((members, share, fibre) -> new long[] {members, members * share / 100, fibre});
        Arbitrary<VillageShape> records = household.list().ofMinSize(1).ofMaxSize(20).map(Records::new);
        return Arbitraries.oneOf(Arbitraries.just(new Empty()), totals, records);
    }

    private static Arbitrary<CommuneShape> commune() {
        Arbitrary<long[]> work = Combinators.combine(Arbitraries.longs().between(0, 5000), Arbitraries.integers().between(0, 100))
                .as((total, share) -> new long[] {total, total * share / 100});
        return Combinators.combine(village().list().ofMaxSize(4), work.injectNull(0.3)).as(CommuneShape::new);
    }

    /** One province; {@code districts} holds one list of communes per district, or one list when two-tier. */
    private static Dataset build(LocalDate day, List<List<CommuneShape>> districts) {
        boolean threeTier = day.isBefore(LocalDate.of(2025, 7, 1));
        DatasetBuilder b = Dataset.builder(day).province("tinh", "Tỉnh (generated)");
        int c = 0;
        int v = 0;
        for (int d = 0; d < districts.size(); d++) {
            String parent = "tinh";
            if (threeTier) {
                parent = "huyen-" + d;
                b.district(parent, "Huyện " + d, "tinh");
            }
            for (CommuneShape commune : districts.get(d)) {
                String cid = "xa-" + c++;
                b.commune(cid, "Xã " + cid, parent);
                if (commune.workRecords() != null) {
                    b.observe(cid, Metrics.WORK_RECORDS, commune.workRecords()[0]).observe(cid, Metrics.WORK_RECORDS_ONLINE,
                            commune.workRecords()[1]);
                }
                for (VillageShape shape : commune.villages()) {
                    String vid = "thon-" + v++;
                    b.village(vid, "Thôn " + vid, cid);
                    village(b, vid, shape);
                }
            }
        }
        return b.build();
    }

    private static void village(DatasetBuilder b, String vid, VillageShape shape) {
        if (shape instanceof Totals t) {
            b.observe(vid, Metrics.RESIDENTS, t.residents()).observe(vid, Metrics.RESIDENTS_WITH_ELECTRONIC_ID, t.withId())
                    .observe(vid, Metrics.HOUSEHOLDS, t.households()).observe(vid, Metrics.HOUSEHOLDS_WITH_FIBRE, t.fibre());
            if (t.fibreAndMobile() != null) {
                b.observe(vid, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, t.fibreAndMobile());
            }
        } else if (shape instanceof Records r) {
            for (long[] h : r.households()) {
                b.household(vid, f -> f.set(Metrics.HOUSEHOLD_MEMBERS, h[0]).set(Metrics.HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID, h[1])
                        .set(Metrics.HOUSEHOLD_HAS_FIBRE, h[2] == 1));
            }
        }
    }

    // --- boundaries ----------------------------------------------------------------------------------

    /**
     * Where a unit's value sits against a threshold. For a threshold to reach ({@code ≥}, {@code >}):
     * {@code JUST_BELOW} is the largest value that fails, {@code AT} the least that meets, {@code JUST_ABOVE}
     * one more. For a ceiling ({@code ≤}, {@code <}): {@code JUST_ABOVE} is the least value that fails,
     * {@code AT} the largest that meets, {@code JUST_BELOW} one less. For {@code =}: {@code AT} is equal, the
     * others one off. Values are whole numbers of people, households, records or flags.
     */
    @API(status = STABLE, since = "0.1")
    public enum Position {
        /** Just below the threshold. */
        JUST_BELOW,
        /** At the threshold: the value nearest it on the meeting side. */
        AT,
        /** Just above the threshold. */
        JUST_ABOVE
    }

    /**
     * A dataset with one unit placed against a criterion's threshold.
     *
     * @param dataset   the dataset: the unit and the units above it
     * @param unitId    the unit placed
     * @param criterion the criterion
     * @param position  where its value sits
     * @param numerator the value's numerator (the count, or the flags that hold)
     * @param denominator the value's denominator (1 unless a ratio)
     */
    @API(status = STABLE, since = "0.1")
    public record Boundary(Dataset dataset, String unitId, Criterion criterion, Position position, long numerator, long denominator) {

        /** {@return the status the criterion must give: met or not met} */
        public Status expected() {
            Comparison cmp = criterion.threshold().comparison();
            boolean meets = switch (cmp) {
                case AT_LEAST, MORE_THAN -> position != Position.JUST_BELOW;
                case AT_MOST, LESS_THAN -> position != Position.JUST_ABOVE;
                case EQUAL_TO -> position == Position.AT;
            };
            return meets ? Status.MET : Status.NOT_MET;
        }

        /** {@return the gap the criterion must give: 0 when met, 1 when one step away} */
        public long expectedGap() {
            return expected() == Status.MET ? 0 : 1;
        }

        @Override
        public String toString() {
            return criterion.id() + " " + position + ": " + numerator + "/" + denominator + " against "
                    + criterion.threshold().comparison().symbol() + " " + criterion.threshold().value().toPlainString()
                    + (criterion.threshold().percent() ? " %" : "");
        }
    }

    /**
     * {@return datasets placing a unit just below, at or just above the criterion's threshold, each possible place}
     *
     * @param criterion a criterion measuring a ratio, a count, a flag or a group of flags, not null
     * @throws IllegalArgumentException if the criterion measures children or is not yet encoded
     */
    public static Arbitrary<Boundary> around(Criterion criterion) {
        List<Arbitrary<Boundary>> sides = new ArrayList<>();
        for (Position p : possible(criterion)) {
            sides.add(around(criterion, p));
        }
        return Arbitraries.oneOf(sides);
    }

    /**
     * {@return datasets placing a unit at {@code position} against the criterion's threshold}
     *
     * @param criterion a criterion measuring a ratio, a count, a flag or a group of flags, not null
     * @param position  where the unit's value is to sit: just below, at or just above the threshold
     * @throws IllegalArgumentException if the criterion measures children or is not yet encoded, or the
     *                                  position cannot be reached (just below "≥ 0 %", just above a flag)
     */
    public static Arbitrary<Boundary> around(Criterion criterion, Position position) {
        if (!possible(criterion).contains(position)) {
            throw new IllegalArgumentException(criterion.id() + ": no value can sit " + position + " " + criterion.threshold());
        }
        if (placing(criterion).ratio()) {
            Threshold t = criterion.threshold();
            return denominators(t).map(d -> place(criterion, position, ratioValue(t, position, d), d)).filter(b -> b != null);
        }
        long value = wholeValue(criterion, position);
        return Arbitraries.just(place(criterion, position, value, 1));
    }

    /** The positions a value can take for this criterion. */
    private static Set<Position> possible(Criterion c) {
        Placing m = placing(c);
        Set<Position> out = EnumSet.noneOf(Position.class);
        for (Position p : Position.values()) {
            if (m.ratio()) {
                if (ratioValue(c.threshold(), p, maxDenominator(c.threshold())) != null) {
                    out.add(p);
                }
            } else {
                long v = wholeValue(c, p);
                if (v >= 0 && v <= m.upper()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * How a boundary is placed for a measure: whether it is a ratio, the largest whole value it can take, and
     * how a unit's figures are observed for a numerator (and, for a ratio, a denominator).
     *
     * @param ratio   whether the measure is a ratio, placed by numerator and denominator
     * @param upper   the largest whole value: 1 for a flag, the group's size for flags held
     * @param observe records the figures of one unit
     */
    private record Placing(boolean ratio, long upper, Observer observe) {
    }

    /** Records the figures that give a unit a value. */
    @FunctionalInterface
    private interface Observer {
        void observe(DatasetBuilder b, String unit, long numerator, long denominator);
    }

    /** The placing of the criterion's measure; a measure of another kind is refused. */
    private static Placing placing(Criterion c) {
        Measure m = c.measure();
        return m.match(new Measure.Cases<Optional<Placing>>() {
            @Override
            public Optional<Placing> ratio(Metric<Long> numerator, Metric<Long> denominator) {
                return Optional.of(new Placing(true, Long.MAX_VALUE / 2,
                        (b, unit, n, d) -> b.observe(unit, denominator, d).observe(unit, numerator, n)));
            }

            @Override
            public Optional<Placing> count(Metric<Long> metric) {
                return Optional.of(new Placing(false, Long.MAX_VALUE / 2, (b, unit, n, d) -> b.observe(unit, metric, n)));
            }

            @Override
            public Optional<Placing> flag(Metric<Boolean> metric) {
                return Optional.of(new Placing(false, 1, (b, unit, n, d) -> b.observe(unit, metric, n == 1)));
            }

            @Override
            public Optional<Placing> flagsHeld(List<Metric<Boolean>> flags) {
                return Optional.of(new Placing(false, flags.size(), (b, unit, n, d) -> {
                    for (int i = 0; i < flags.size(); i++) {
                        b.observe(unit, flags.get(i), i < n);
                    }
                }));
            }

            @Override
            public Optional<Placing> shareMeeting(AdminLevel level, String criterionId) {
                return Optional.empty();
            }

            @Override
            public Optional<Placing> countMeeting(AdminLevel level, String criterionId) {
                return Optional.empty();
            }

            @Override
            public Optional<Placing> shareCertified(AdminLevel level, String certificationId) {
                return Optional.empty();
            }

            @Override
            public Optional<Placing> countCertified(AdminLevel level, String certificationId) {
                return Optional.empty();
            }

            @Override
            public Optional<Placing> notEncoded(Text why) {
                return Optional.empty();
            }
        }).orElseThrow(() -> new IllegalArgumentException(c.id() + ": boundaries are made for ratio, count, flag and flagsHeld criteria, not "
                + m.getClass().getSimpleName()));
    }

    /** The count or number of flags at a position; may be out of range (negative, or above the group). */
    private static long wholeValue(Criterion c, Position p) {
        return shift(edge(c.threshold().comparison(), c.threshold().value()), p);
    }

    /**
     * The whole value nearest {@code exact} on the meeting side: the least that meets a threshold to reach,
     * the largest that meets a ceiling, {@code exact} itself for "=" (or -1 when it is not whole).
     */
    private static long edge(Comparison cmp, BigDecimal exact) {
        return switch (cmp) {
            case AT_LEAST -> exact.setScale(0, RoundingMode.CEILING).longValueExact();
            case MORE_THAN -> exact.setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
            case AT_MOST -> exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            case LESS_THAN -> exact.setScale(0, RoundingMode.CEILING).longValueExact() - 1;
            case EQUAL_TO -> exact.stripTrailingZeros().scale() <= 0 ? exact.longValueExact() : -1;
        };
    }

    /** The value at a position, from the value at the edge. */
    private static long shift(long at, Position p) {
        return switch (p) {
            case AT -> at;
            case JUST_BELOW -> at - 1;
            case JUST_ABOVE -> at + 1;
        };
    }

    /** Denominators for which the threshold's boundary is a whole numerator; for "=" only those where it is exact. */
    private static Arbitrary<Integer> denominators(Threshold t) {
        if (t.comparison() != Comparison.EQUAL_TO) {
            return Arbitraries.integers().between(1, MAX_DENOMINATOR);
        }
        int step = maxDenominator(t);
        return Arbitraries.integers().between(1, Math.max(1, MAX_DENOMINATOR / step)).map(k -> k * step);
    }

    /** For "=", the least denominator making p % of it whole; otherwise the largest denominator. */
    private static int maxDenominator(Threshold t) {
        if (t.comparison() != Comparison.EQUAL_TO) {
            return MAX_DENOMINATOR;
        }
        BigDecimal p = t.value().stripTrailingZeros();
        BigInteger num = p.unscaledValue();
        BigInteger den = BigInteger.TEN.pow(Math.max(0, p.scale())).multiply(BigInteger.valueOf(100));
        BigInteger g = num.gcd(den);
        return den.divide(g.signum() == 0 ? den : g).intValueExact();
    }

    /** The numerator at a position for denominator d, or null when it falls outside 0..d. */
    private static Long ratioValue(Threshold t, Position p, long d) {
        long at = edge(t.comparison(), t.value().multiply(BigDecimal.valueOf(d)).divide(BigDecimal.valueOf(100)));
        long n = shift(at, p);
        return at >= 0 && at <= d && n >= 0 && n <= d ? n : null;
    }

    private static Boundary place(Criterion c, Position p, Long numerator, long denominator) {
        if (numerator == null) {
            return null;
        }
        String unit = "don-vi";
        DatasetBuilder b = Dataset.builder(LocalDate.of(2024, 6, 30));
        switch (c.level()) {
            case PROVINCE -> b.province(unit, "Tỉnh (boundary)");
            case DISTRICT -> b.province("tinh", "Tỉnh").district(unit, "Huyện (boundary)", "tinh");
            case COMMUNE -> b.province("tinh", "Tỉnh").commune(unit, "Xã (boundary)", "tinh");
            default -> b.province("tinh", "Tỉnh").commune("xa", "Xã", "tinh").village(unit, "Thôn (boundary)", "xa");
        }
        placing(c).observe().observe(b, unit, numerator, denominator);
        return new Boundary(b.build(), unit, c, p, numerator, denominator);
    }
}
