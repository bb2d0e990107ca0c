package vn.smartvillage.packs;

import java.util.List;

import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.metric.Metric;

/** A provider found by ServiceLoader in the tests, as a jar shipping packs would declare one. */
public final class TestPackProvider implements RulePackProvider {

    /** Needed by ServiceLoader. */
    public TestPackProvider() {
    }

    @Override
    public List<PackSource> packs() {
        return List.of(PackSource.resource("/packs/family/national.json", TestPackProvider.class::getResourceAsStream),
                PackSource.resource("/packs/family/province.json", TestPackProvider.class::getResourceAsStream));
    }

    /** The packs name the tests' vocabulary without declaring it, as Vietnam's packs name Vietnam's metrics. */
    @Override
    public List<Metric<?>> vocabulary() {
        return Metrics.all();
    }
}
