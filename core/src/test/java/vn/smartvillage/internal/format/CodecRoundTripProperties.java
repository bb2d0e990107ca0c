package vn.smartvillage.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.smartvillage.ReadLimits;
import vn.smartvillage.Text;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.JsonFormats;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.EffectivePeriod;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;

/**
 * For every codec, writing an element and reading the text back gives an equal element, with no problem
 * recorded: what the writer writes is exactly what the reader reads.
 */
class CodecRoundTripProperties {

    /** Writes {@code written} as text, parses it, and reads it with {@code read}; fails on any problem. */
    static <T> T roundTrip(JsonOut.Value written, Function<Cursor, Optional<T>> read) {
        try {
            Diagnostics d = new Diagnostics();
            Cursor root = Cursor.root(JsonFormats.parse(written.text().getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.JSON,
                    ReadLimits.DEFAULTS), d);
            Optional<T> back = read.apply(root);
            assertThat(d.toProblems(Places.document("element"))).as("problems reading %s", written.text()).isEmpty();
            return back.orElseThrow();
        } catch (JsonFormats.SyntaxError e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Checks that {@code element}, written as {@code written}, reads back as itself. */
    static <T> void assertReadBack(T element, JsonOut.Value written, Function<Cursor, Optional<T>> read) {
        T back = roundTrip(written, read);
        assertThat((Object) back).isEqualTo(element);
    }

    /** A string value, written inside an object as the writer writes it, read back with {@code read}. */
    static <T> T roundTripValue(String value, Function<Cursor, Optional<T>> read) {
        return roundTrip(JsonOut.object().put("v", value), root -> read.apply(root.get("v")));
    }

    @Property
    void text(@ForAll("texts") Text t) {
        assertReadBack(t, Values.text(t), c -> Values.text(c, true));
    }

    @Property
    void period(@ForAll("periods") EffectivePeriod p) {
        assertReadBack(p, Values.period(p, false), Values::period);
    }

    @Property
    void area(@ForAll("areas") vn.smartvillage.rules.Area a) {
        assertReadBack(a, AreaCodec.write(a), AreaCodec::read);
    }

    @Property
    void threshold(@ForAll("thresholds") Threshold t) {
        Threshold back = roundTripValue(ThresholdCodec.write(t), c -> ThresholdCodec.read(c, true));
        assertThat(back).isEqualTo(t);
    }

    @Property
    void citation(@ForAll("citations") Citation c) {
        assertReadBack(c, CitationCodec.write(c), x -> CitationCodec.read(x, Elements.scope()));
    }

    @Property
    void metric(@ForAll("metrics") Metric<?> m) {
        assertReadBack(m, MetricCodec.write(m), x -> MetricCodec.read(x, Elements.scope()));
    }

    @Property
    void measure(@ForAll("measures") Elements.Measured m) {
        assertReadBack(m.measure(), MeasureCodec.write(m.measure()), x -> MeasureCodec.read(x, m.level(), Elements.scope()));
    }

    @Property
    void requirement(@ForAll("requirements") Requirement r) {
        assertReadBack(r, RequirementCodec.write(r), RequirementCodec::read);
    }

    @Property
    void criterion(@ForAll("criteria") Criterion c) {
        assertReadBack(c, CriterionCodec.write(c), x -> CriterionCodec.read(x, CriterionCodec.SHAPE.names(), Elements.scope()));
    }

    @Property
    void target(@ForAll("targets") Target t) {
        assertReadBack(t, TargetCodec.write(t), x -> TargetCodec.read(x, Elements.scope()));
    }

    @Property
    void certification(@ForAll("certifications") Certification c) {
        assertReadBack(c, CertificationCodec.write(c), x -> CertificationCodec.read(x, Elements.scope()));
    }

    @Property
    void override(@ForAll("overrides") RuleOverride o) {
        assertReadBack(o, OverrideCodec.write(o), x -> OverrideCodec.read(x, Elements.scope()));
    }

    @Provide
    Arbitrary<Text> texts() {
        return Elements.text();
    }

    @Provide
    Arbitrary<EffectivePeriod> periods() {
        return Elements.period(false);
    }

    /** Areas of one to four distinct codes (digits with their leading zeros, or letters, dots and hyphens), with or without an end. */
    @Provide
    Arbitrary<vn.smartvillage.rules.Area> areas() {
        Arbitrary<String> code = net.jqwik.api.Arbitraries.oneOf(
                net.jqwik.api.Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5),
                net.jqwik.api.Arbitraries.strings().alpha().numeric().withChars('.', '-').ofMinLength(1).ofMaxLength(16));
        Arbitrary<java.util.List<String>> codes = code.list().ofMinSize(1).ofMaxSize(4).uniqueElements();
        Arbitrary<java.time.LocalDate> day = net.jqwik.api.Arbitraries.integers().between(0, 20_000)
                .map(n -> java.time.LocalDate.of(1990, 1, 1).plusDays(n));
        return net.jqwik.api.Combinators.combine(Elements.text(), codes, day, Elements.text(), net.jqwik.api.Arbitraries.of(true, false))
                .as((name, cs, last, then, ended) -> {
                    vn.smartvillage.rules.Area a = vn.smartvillage.rules.Area.of(name, cs);
                    return ended ? a.withEnd(last, then) : a;
                });
    }

    @Provide
    Arbitrary<Threshold> thresholds() {
        return net.jqwik.api.Arbitraries.of(true, false).flatMap(Elements::threshold);
    }

    @Provide
    Arbitrary<Citation> citations() {
        return Elements.citation();
    }

    @Provide
    Arbitrary<Metric<?>> metrics() {
        return Elements.metric();
    }

    @Provide
    Arbitrary<Elements.Measured> measures() {
        return Elements.measure();
    }

    @Provide
    Arbitrary<Requirement> requirements() {
        return Elements.requirement(3);
    }

    @Provide
    Arbitrary<Criterion> criteria() {
        return Elements.criterion();
    }

    @Provide
    Arbitrary<Target> targets() {
        return Elements.target();
    }

    @Provide
    Arbitrary<Certification> certifications() {
        return Elements.certification();
    }

    @Provide
    Arbitrary<RuleOverride> overrides() {
        return Elements.override();
    }
}
