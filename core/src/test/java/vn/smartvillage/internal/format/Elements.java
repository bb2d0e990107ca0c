package vn.smartvillage.internal.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Component;
import vn.smartvillage.model.Pillar;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Comparison;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.EffectivePeriod;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Parts;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;
import vn.smartvillage.rules.WhenEmpty;

/**
 * Random elements of the pack format, each one a valid value of the model (its constructor accepts it),
 * over a small universe of metrics that {@link #scope()} knows: texts with quotes and Vietnamese letters,
 * periods open at either end, citations with any of their fields, metrics of every kind and aggregation,
 * every measure at every level it fits, thresholds of every comparison at their bounds, requirement trees,
 * criteria, targets with and without baselines, certifications and every kind of override.
 */
final class Elements {

    static final AdminLevel[] UNIT_LEVELS = {AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE, AdminLevel.VILLAGE};

    static final Metric<Boolean> HOUSEHOLD_FLAG = Metric.flag("el.household.flag", AdminLevel.HOUSEHOLD, Text.of("Cờ hộ", "Household flag"));
    static final Metric<Long> HOUSEHOLD_COUNT = Metric.count("el.household.members", AdminLevel.HOUSEHOLD,
            Text.of("Nhân khẩu", "Members"));
    static final Metric<Long> HOUSEHOLDS = Metric.households("el.households", Text.of("Hộ", "Households"));
    static final Metric<Long> VILLAGE_PART = Metric.householdsWhere("el.households.flagged", Text.of("Hộ có cờ", "Households flagged"),
            HOUSEHOLD_FLAG).withWhole(HOUSEHOLDS);
    static final Metric<Long> VILLAGE_SUM = Metric.summedCount("el.village.sum", AdminLevel.VILLAGE, Text.of("Tổng", "Sum"));
    static final Metric<Long> COMMUNE_OWN = Metric.count("el.commune.own", AdminLevel.COMMUNE, Text.of("Riêng", "Own"));
    static final Metric<Boolean> VILLAGE_FLAG_A = Metric.flag("el.village.flag-a", AdminLevel.VILLAGE, Text.of("Cờ A", "Flag A"));
    static final Metric<Boolean> VILLAGE_FLAG_B = Metric.flag("el.village.flag-b", AdminLevel.VILLAGE, Text.of("Cờ B", "Flag B"));
    static final Metric<Boolean> COMMUNE_FLAG = Metric.flag("el.commune.flag", AdminLevel.COMMUNE, Text.of("Cờ xã", "Commune flag"));

    /** The counts a ratio or count may read, each at the lowest level it describes. */
    static final List<Metric<Long>> COUNTS = List.of(HOUSEHOLDS, VILLAGE_PART, VILLAGE_SUM, COMMUNE_OWN);
    static final List<Metric<Boolean>> FLAGS = List.of(VILLAGE_FLAG_A, VILLAGE_FLAG_B, COMMUNE_FLAG);

    private Elements() {
    }

    /** A scope that knows every metric of the universe, and no named citation. */
    static Scope scope() {
        Map<String, Metric<?>> all = new java.util.LinkedHashMap<>();
        for (Metric<?> m : List.of(HOUSEHOLD_FLAG, HOUSEHOLD_COUNT, HOUSEHOLDS, VILLAGE_PART, VILLAGE_SUM, COMMUNE_OWN, VILLAGE_FLAG_A,
                VILLAGE_FLAG_B, COMMUNE_FLAG)) {
            all.put(m.id(), m);
        }
        return new Scope(all);
    }

    static Arbitrary<Text> text() {
        Arbitrary<String> vi = Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệ \"\\/{}\u00a0")
                .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
        Arbitrary<String> en = Arbitraries.strings().alpha().numeric().withChars(' ', '%', '\'', '\t').ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank());
        return Combinators.combine(vi, en).as(Text::of);
    }

    static Arbitrary<String> id() {
        return Combinators.combine(Arbitraries.strings().withChars("abcxyz0129").ofLength(1),
                Arbitraries.strings().withChars("abcdefghij0123456789._-").ofMaxLength(20)).as(String::concat);
    }

    static Arbitrary<LocalDate> day() {
        return Arbitraries.integers().between(-400, 4000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    }

    /** A period; with {@code fromRequired}, one that starts on a day. */
    static Arbitrary<EffectivePeriod> period(boolean fromRequired) {
        Arbitrary<EffectivePeriod> started = Combinators.combine(day(), Arbitraries.integers().between(-1, 2000))
                .as((from, length) -> Parts.period(from, length < 0 ? null : from.plusDays(length)));
        if (fromRequired) {
            return started;
        }
        return Arbitraries.oneOf(started, Arbitraries.just(EffectivePeriod.ALWAYS),
                day().map(to -> EffectivePeriod.between(LocalDate.MIN, to)));
    }

    static Arbitrary<Citation> citation() {
        Arbitrary<String> words = Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạ /-0123456789\"")
                .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
        Arbitrary<String> url = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                .map(s -> (s.length() % 2 == 0 ? "https://" : "http://") + s + ".vn/kh");
        return Combinators.combine(words, day().injectNull(0.5), words.injectNull(0.5), url.injectNull(0.5), words.injectNull(0.5),
                Arbitraries.of(Citation.Verification.class).injectNull(0.4)).as(Parts::citation);
    }

    /** A threshold of any comparison, a percentage or not, at its bounds and in between. */
    static Arbitrary<Threshold> threshold(boolean percent) {
        Arbitrary<BigDecimal> value = percent
                ? Arbitraries.oneOf(Arbitraries.of(BigDecimal.ZERO, BigDecimal.valueOf(100), new BigDecimal("0.000001")),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(6))
                : Arbitraries.oneOf(Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(1_000_000_000_000L)),
                        Arbitraries.longs().between(0, 1_000_000_000_000L).map(BigDecimal::valueOf),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1000)).ofScale(3));
        return Combinators.combine(Arbitraries.of(Comparison.class), value).as((c, v) -> percent ? Threshold.ofPercent(c, v) : Threshold.of(c, v));
    }

    /** A metric of any kind a pack may declare, naming only metrics of the universe. */
    static Arbitrary<Metric<?>> metric() {
        Arbitrary<AdminLevel> level = Arbitraries.of(AdminLevel.class);
        Arbitrary<AdminLevel> unitLevel = Arbitraries.of(UNIT_LEVELS);
        Arbitrary<Metric<?>> plain = Combinators.combine(id(), text(), level, Arbitraries.integers().between(0, 2))
                .as((id, name, l, kind) -> switch (kind) {
                    case 0 -> Metric.count(id, l, name);
                    case 1 -> Metric.flag(id, l, name);
                    default -> Metric.amount(id, l, name);
                });
        Arbitrary<Metric<?>> aggregated = Combinators.combine(id(), text(), unitLevel, Arbitraries.integers().between(0, 3))
                .as((id, name, l, kind) -> switch (kind) {
                    case 0 -> Metric.summedCount(id, l, name);
                    case 1 -> Metric.households(id, name);
                    case 2 -> Metric.householdsWhere(id, name, HOUSEHOLD_FLAG);
                    default -> Metric.householdsSum(id, name, HOUSEHOLD_COUNT);
                });
        Arbitrary<Metric<?>> part = Combinators.combine(Arbitraries.oneOf(plain, aggregated), Arbitraries.of(COUNTS))
                .as((m, whole) -> m.type() == vn.smartvillage.metric.ValueType.COUNT && !m.id().equals(whole.id())
                        ? cast(m).withWhole(whole) : m);
        return Arbitraries.oneOf(plain, aggregated, part);
    }

    @SuppressWarnings("unchecked")
    private static Metric<Long> cast(Metric<?> m) {
        return (Metric<Long>) m;
    }

    /** A measure and a level of units it fits. */
    record Measured(Measure measure, AdminLevel level) {
    }

    static Arbitrary<Measured> measure() {
        return Arbitraries.of(UNIT_LEVELS).flatMap(level -> measure(level).map(m -> new Measured(m, level)));
    }

    /** A measure that fits units at {@code level}. */
    static Arbitrary<Measure> measure(AdminLevel level) {
        List<Metric<Long>> counts = COUNTS.stream().filter(m -> m.appliesTo(level)).toList();
        List<Metric<Boolean>> flags = FLAGS.stream().filter(m -> m.appliesTo(level)).toList();
        List<Arbitrary<Measure>> kinds = new ArrayList<>();
        kinds.add(text().map(why -> Measure.notEncoded(why.vi(), why.en())));
        if (!counts.isEmpty()) {
            kinds.add(Combinators.combine(Arbitraries.of(counts), Arbitraries.of(counts)).as(Measure::ratio));
            kinds.add(Arbitraries.of(counts).map(Measure::count));
        }
        if (!flags.isEmpty()) {
            kinds.add(Arbitraries.of(flags).map(Measure::flag));
            kinds.add(Arbitraries.subsetOf(flags).ofMinSize(1).map(s -> Measure.flagsHeld(flags.stream().filter(s::contains).toList())));
        }
        List<AdminLevel> below = java.util.Arrays.stream(UNIT_LEVELS).filter(level::isAbove).toList();
        if (!below.isEmpty()) {
            kinds.add(Combinators.combine(Arbitraries.of(below), id()).as(Measure::shareMeeting));
            kinds.add(Combinators.combine(Arbitraries.of(below), id()).as(Measure::countMeeting));
            kinds.add(Combinators.combine(Arbitraries.of(below), id()).as(Measure::shareCertified));
            kinds.add(Combinators.combine(Arbitraries.of(below), id()).as(Measure::countCertified));
            kinds.add(Combinators.combine(Arbitraries.of(below), id()).as(Measure::shareRecognised));
            kinds.add(Combinators.combine(Arbitraries.of(below), id()).as(Measure::countRecognised));
            kinds.add(Combinators.combine(Arbitraries.of(below), id()).as(Measure::shareCertifiedOrRecognised));
            kinds.add(Combinators.combine(Arbitraries.of(below), id()).as(Measure::countCertifiedOrRecognised));
        }
        return Arbitraries.oneOf(kinds);
    }

    /** A requirement tree at most {@code depth} deep, of every kind. */
    static Arbitrary<Requirement> requirement(int depth) {
        Arbitrary<Requirement> meets = id().map(Requirement::meets);
        Arbitrary<Requirement> children = Combinators.combine(Arbitraries.integers().between(1, 1_000_000),
                Arbitraries.of(AdminLevel.COMMUNE, AdminLevel.VILLAGE), id()).as(Requirement::childrenCertified);
        if (depth == 0) {
            return Arbitraries.oneOf(meets, children);
        }
        Arbitrary<List<Requirement>> parts = Arbitraries.lazy(() -> requirement(depth - 1)).list().ofMinSize(1).ofMaxSize(4);
        return Arbitraries.oneOf(meets, children, parts.map(p -> Requirement.allOf(p.toArray(Requirement[]::new))),
                parts.map(p -> Requirement.anyOf(p.toArray(Requirement[]::new))),
                parts.flatMap(p -> Arbitraries.integers().between(1, p.size()).map(n -> Requirement.atLeast(n, p.toArray(Requirement[]::new)))));
    }

    static Arbitrary<Criterion> criterion() {
        return Combinators.combine(id(), text(), measure(), Arbitraries.of(Pillar.class).injectNull(0.3),
                Arbitraries.of(Component.class).injectNull(0.3), citation(), period(false), Arbitraries.of(WhenEmpty.class))
                .flatAs((id, name, m, pillar, component, cite, effective, empty) -> thresholdFor(m.measure())
                        .map(t -> Parts.criterion(id, name, m.level(), pillar, component, m.measure(), t, cite, effective, empty)));
    }

    private static Arbitrary<Threshold> thresholdFor(Measure m) {
        if (!m.isEncoded()) {
            return Arbitraries.just(Threshold.holds());
        }
        return threshold(m.isShare());
    }

    static Arbitrary<Target> target() {
        return criterion().flatMap(c -> Combinators.combine(day(), baseline(c.threshold().percent()).injectNull(0.4))
                .as((deadline, baseline) -> Parts.target(c, deadline, baseline)));
    }

    private static Arbitrary<BigDecimal> baseline(boolean percent) {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, percent ? BigDecimal.valueOf(100) : BigDecimal.valueOf(1_000_000))
                .ofScale(2);
    }

    static Arbitrary<Certification> certification() {
        return Combinators.combine(id(), text(), Arbitraries.of(UNIT_LEVELS), requirement(3), citation()).as(Certification::new);
    }

    /** An override of every kind: a new threshold (with or without a citation), a rule dropped, a rule replaced. */
    static Arbitrary<RuleOverride> override() {
        Arbitrary<RuleOverride> setThreshold = Combinators.combine(Arbitraries.of(RuleElement.CRITERION, RuleElement.TARGET), id(),
                Arbitraries.of(true, false), citation().injectNull(0.5))
                .flatAs((kind, id, percent, cite) -> threshold(percent).map(t -> new RuleOverride.SetThreshold(new RuleKey(kind, id), t, cite)));
        Arbitrary<RuleOverride> drop = Combinators.combine(Arbitraries.of(RuleElement.class), id())
                .as((kind, id) -> new RuleOverride.Drop(new RuleKey(kind, id)));
        return Arbitraries.oneOf(setThreshold, drop, criterion().map(RuleOverride.ReplaceCriterion::new),
                target().map(RuleOverride.ReplaceTarget::new), certification().map(RuleOverride.ReplaceCertification::new));
    }
}
