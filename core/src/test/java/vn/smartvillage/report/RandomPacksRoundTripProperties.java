package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.RulePack;

/**
 * Every report the library writes is one its reader accepts, whatever the pack: the checks the reader
 * makes of a report against itself (statuses from values, certifications judged again, counts of units
 * below, roll-ups, deadlines, parents) hold for every genuine report, and reading gives back the
 * assessment.
 */
class RandomPacksRoundTripProperties {

    @Property(tries = 400)
    void aReportOfAnyPackAndDataset_isReadBackAsTheAssessment(@ForAll long seed) {
        RandomPacks random = new RandomPacks(seed);
        RulePack pack = RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.text("p.json", random.pack())).build().packs().get(0);
        LocalDate dataDay = random.day(1);
        LocalDate asOf = random.day(15);
        Dataset data = random.data(pack, dataDay);
        Assessment a = Evaluator.create().evaluate(data, pack, asOf);
        String json = ReportText.json(a);
        assertThat(ReportText.read(json, pack)).isEqualTo(a);
    }
}
