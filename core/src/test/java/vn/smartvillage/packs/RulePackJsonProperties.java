package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
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
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.Parts;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;
import vn.smartvillage.rules.WhenEmpty;

/** Writing a pack and reading it back loses nothing. */
class RulePackJsonProperties {

    private static final Metric<Boolean> OWN_FLAG = Metric.flag("own.household-flag", AdminLevel.HOUSEHOLD,
            Text.of("Hộ có cờ riêng", "Household has its own flag"));
    private static final Metric<Long> OWN_COUNT = Metric.householdsWhere("own.households-flagged",
            Text.of("Số hộ có cờ riêng", "Households with the own flag"), OWN_FLAG).withWhole(Metrics.HOUSEHOLDS);
    private static final Metric<Long> OWN_SUM = Metric.summedCount("own.commune-sum", AdminLevel.COMMUNE,
            Text.of("Tổng riêng", "Own sum"));

    @Property(tries = 200)
    void writingThenReadingGivesAnEqualPack(@ForAll("packs") RulePack pack) {
        String json = RulePackJson.write(pack);
        RulePack back = RulePackJson.read(PackSource.text("round-trip.json", json), Metrics.all());
        assertThat(back).isEqualTo(pack);
        assertThat(RulePackJson.write(back)).isEqualTo(json);
        assertThat(RulePackJson.contentHash(back)).isEqualTo(RulePackJson.contentHash(pack));
    }

    @Provide
    Arbitrary<RulePack> packs() {
        Arbitrary<List<Criterion>> villages = villageCriterion().list().ofMinSize(1).ofMaxSize(5)
                .uniqueElements(Criterion::id);
        Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
        return Combinators.combine(villages, from, Arbitraries.integers().between(-1, 2000), text(), Arbitraries.of(true, false),
                Arbitraries.longs().between(-1, 3), Arbitraries.integers().between(0, 2))
                .as((crit, start, length, title, withOwn, group, area) -> {
                    RulePack.Builder b = RulePack.builder("test.round-trip", "v" + crit.size()).vocabulary(Metrics.all()).title(title)
                            .effective(Parts.period(start, length < 0 ? null : start.plusDays(length)));
                    // The area: none, one that is in force, or one whose units ceased to exist (with what became of them).
                    if (area > 0) {
                        vn.smartvillage.rules.Area a = vn.smartvillage.rules.Area.of(title, List.of("24", "0" + crit.size(), "x.-" + area));
                        b.area(area == 2 ? a.withEnd(start.plusDays(Math.max(0, length)), Text.of("sáp nhập", "merged")) : a);
                    }
                    if (withOwn) {
                        b.metric(OWN_FLAG).metric(OWN_COUNT).metric(OWN_SUM);
                    }
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < crit.size(); i++) {
                        Criterion c = crit.get(i);
                        b.criterion(c);
                        ids.add(c.id());
                    }
                    Requirement all = Requirement.meetsAll(ids.toArray(String[]::new));
                    Requirement tree = ids.size() > 1
                            ? Requirement.anyOf(all, Requirement.atLeast(1, Requirement.meets(ids.get(0))))
                            : all;
                    b.certification(new Certification("sv", title, AdminLevel.VILLAGE, tree, Citation.of("QĐ thử")));
                    b.certification(new Certification("model", title, AdminLevel.COMMUNE,
                            Requirement.childrenCertified(1, AdminLevel.VILLAGE, "sv"), Citation.of("QĐ thử")));
                    b.criterion(Criterion.builder("commune.share").name("Tỷ lệ thôn", "Share of villages").level(AdminLevel.COMMUNE)
                            .measure(Measure.shareMeeting(AdminLevel.VILLAGE, ids.get(0)), Threshold.atLeastPercent("12.5"))
                            .citation(Citation.of("KH").withDate(start).withArticle("Điều 1").withUrl("https://example.vn/kh").withSource("seed"))
                            .whenEmpty(WhenEmpty.MET).build());
                    Criterion.Builder ownBuilder = Criterion.builder("commune.own").name("Riêng", "Own").level(AdminLevel.COMMUNE)
                            .measure(withOwn ? Measure.ratio(OWN_COUNT, Metrics.HOUSEHOLDS) : Measure.count(Metrics.COOPERATIVES),
                                    withOwn ? Threshold.atLeastPercent("50") : Threshold.atLeast(2))
                            .citation(Citation.of("KH"));
                    if (group >= 0) {
                        // A rule for one commune group only: the scope is written and read back as it was.
                        ownBuilder.appliesWhere(Metrics.COMMUNE_GROUP, group);
                    }
                    Criterion own = ownBuilder.build();
                    b.target(Parts.target(own, start.plusYears(2), withOwn ? new BigDecimal("12.5") : null));
                    b.target(new Target(Criterion.builder("commune.smart-villages").name("Thôn thông minh", "Smart villages")
                            .level(AdminLevel.COMMUNE).measure(Measure.countCertified(AdminLevel.VILLAGE, "sv"), Threshold.atLeast(1))
                            .citation(Citation.of("KH")).build(), start.plusYears(3), BigDecimal.ZERO));
                    return b.build();
                });
    }

    private Arbitrary<Criterion> villageCriterion() {
        Arbitrary<Measure> share = Arbitraries.of(Measure.ratio(Metrics.RESIDENTS_WITH_ELECTRONIC_ID, Metrics.RESIDENTS),
                Measure.ratio(Metrics.HOUSEHOLDS_WITH_FIBRE, Metrics.HOUSEHOLDS));
        Arbitrary<Measure> absolute = Arbitraries.of(Measure.flag(Metrics.FIBRE_AND_MOBILE_TO_VILLAGE),
                Measure.flagsHeld(Metrics.IT_MODEL_FIELDS), Measure.count(Metrics.HOUSEHOLDS_WITH_SMARTPHONE));
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(6)
                .map(BigDecimal::stripTrailingZeros);
        Arbitrary<BigDecimal> count = Arbitraries.longs().between(0, 1_000_000_000_000L).map(BigDecimal::valueOf);
        Arbitrary<Comparison> cmp = Arbitraries.of(Comparison.class);
        Arbitrary<Object[]> measured = Arbitraries.oneOf(
                Combinators.combine(share, cmp, percent).as((m, c, v) -> new Object[] {m, Threshold.ofPercent(c, v)}),
                Combinators.combine(absolute, cmp, count).as((m, c, v) -> new Object[] {m, Threshold.of(c, v)}),
                text().map(why -> new Object[] {Measure.notEncoded(why.vi(), why.en()), Threshold.holds()}));
        Arbitrary<EffectivePeriod> effective = Arbitraries.oneOf(Arbitraries.just(EffectivePeriod.ALWAYS),
                Arbitraries.integers().between(0, 2000).map(d -> EffectivePeriod.between(LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 1, 1).plusDays(d))),
                Arbitraries.just(EffectivePeriod.between(LocalDate.MIN, LocalDate.of(2030, 1, 1))));
        Arbitrary<String> id = Arbitraries.strings().withChars("abcdefghij-.").ofMinLength(1).ofMaxLength(12)
                .map(s -> "v" + s);
        return Combinators.combine(id, text(), measured, Arbitraries.of(Pillar.class).injectNull(0.3),
                Arbitraries.of(Component.class).injectNull(0.3), effective, Arbitraries.of(WhenEmpty.class), citation())
                .as((i, name, m, pillar, component, eff, empty, cite) -> Parts.criterion(i, name, AdminLevel.VILLAGE, pillar, component,
                        (Measure) m[0], (Threshold) m[1], cite, eff, empty));
    }

    private Arbitrary<Citation> citation() {
        Arbitrary<String> words = Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạ /-0123456789")
                .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
        return Combinators.combine(words, Arbitraries.integers().between(0, 3000).injectNull(0.5), words.injectNull(0.5),
                words.injectNull(0.5), Arbitraries.of(Citation.Verification.class).injectNull(0.4))
                .as((doc, day, article, source, verified) -> Parts.citation(doc, day == null ? null
                        : LocalDate.of(2015, 1, 1).plusDays(day), article, null, source, verified));
    }

    private Arbitrary<Text> text() {
        Arbitrary<String> vi = Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệ \"\\/{}")
                .ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank());
        Arbitrary<String> en = Arbitraries.strings().alpha().numeric().withChars(' ', '%', '\'').ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank());
        return Combinators.combine(vi, en).as(Text::of);
    }
}
