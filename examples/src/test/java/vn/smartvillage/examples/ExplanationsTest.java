package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.testing.PackTestCase;
import vn.smartvillage.rules.Criterion;

/** Every criterion and target of every shipped pack (examples and criteria-vn) is explained in Vietnamese and in English. */
class ExplanationsTest {

    @Test
    void everyRuleOfEveryShippedPackIsExplainedInBothLanguages() {
        List<RulePackRegistry.Entry> entries = new ArrayList<>(RunPackTests.bundled().build().entries());
        entries.addAll(VietnamPacks.registry().entries());
        for (RulePackRegistry.Entry e : entries) {
            Set<String> explained = new HashSet<>();
            for (PackTestCase c : e.tests()) {
                Assessment a = Evaluator.create().evaluate(c.dataset(), e.pack(), c.asOf());
                for (UnitAssessment u : a.units()) {
                    u.criteria().forEach(r -> {
                        check(a.explain(r));
                        explained.add(r.criterion().id());
                    });
                    u.targets().forEach(t -> {
                        check(a.explain(t));
                        explained.add(t.target().id());
                    });
                    u.certifications().forEach(x -> check(a.explain(x)));
                }
            }
            Set<String> all = new HashSet<>();
            e.pack().criteria().stream().map(Criterion::id).forEach(all::add);
            e.pack().targets().forEach(t -> all.add(t.id()));
            assertThat(explained).as(e.pack().toString()).isEqualTo(all);
        }
    }

    private static void check(Text t) {
        assertThat(t.vi()).isNotBlank().isNotEqualTo(t.en());
        assertThat(t.en()).isNotBlank();
    }
}
