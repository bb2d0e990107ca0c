package vn.smartvillage.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.smartvillage.Text;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Component;
import vn.smartvillage.model.Pillar;

/**
 * For generators: the value types of rule packs made from parts of which some may be absent ({@code null}
 * here, as jqwik's {@code injectNull} gives them), through the public factories and builders, which take
 * no {@code null}.
 */
public final class Parts {

    private Parts() {
    }

    /** A citation with the parts given; a {@code null} part is one not known. */
    public static Citation citation(String document, LocalDate date, String article, String url, String source,
            Citation.Verification verification) {
        Citation c = Citation.of(document);
        c = date == null ? c : c.withDate(date);
        c = article == null ? c : c.withArticle(article);
        c = url == null ? c : c.withUrl(url);
        c = source == null ? c : c.withSource(source);
        return verification == null ? c : c.withVerification(verification);
    }

    /** The period from {@code from} to {@code to}; open-ended when {@code to} is {@code null}. */
    public static EffectivePeriod period(LocalDate from, LocalDate to) {
        return to == null ? EffectivePeriod.startingOn(from) : EffectivePeriod.between(from, to);
    }

    /** A criterion of the parts given; a {@code null} pillar or component is none. */
    public static Criterion criterion(String id, Text name, AdminLevel level, Pillar pillar, Component component, Measure measure,
            Threshold threshold, Citation citation, EffectivePeriod effective, WhenEmpty whenEmpty) {
        Criterion.Builder b = Criterion.builder(id).name(name).level(level).measure(measure, threshold).citation(citation)
                .effective(effective).whenEmpty(whenEmpty);
        if (pillar != null) {
            b.pillar(pillar);
        }
        if (component != null) {
            b.component(component);
        }
        return b.build();
    }

    /** A target; without a baseline when {@code baseline} is {@code null}. */
    public static Target target(Criterion indicator, LocalDate deadline, BigDecimal baseline) {
        return baseline == null ? new Target(indicator, deadline) : new Target(indicator, deadline, baseline);
    }
}
