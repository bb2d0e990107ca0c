package vn.smartvillage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import vn.smartvillage.ReadLimits;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.rules.RulePack;

/** The report tests' sample: the test national pack over a province with two communes and four villages. */
final class Sample {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final RulePack PACK = RulePackRegistry.builder().vocabulary(Metrics.all())
            .add(PackSource.resource("/packs/family/national.json", Sample.class::getResourceAsStream)).build()
            .resolve("test.national", AS_OF);
    static final Dataset DATA = read("/report/sample.json");
    static final Assessment ASSESSMENT = Evaluator.create().evaluate(DATA, PACK, AS_OF);

    private Sample() {
    }

    static Dataset read(String resource) {
        try (InputStream in = Sample.class.getResourceAsStream(resource)) {
            return DatasetJson.read(in, resource, Metrics.all(), ReadLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
