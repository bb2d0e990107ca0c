package vn.smartvillage.testkit;

import java.util.List;

import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackProvider;

/** The contract, run on a provider that keeps it. */
class SampleProviderContractTest extends RulePackProviderContract {

    static final RulePackProvider SAMPLE = () -> List.of(PackSource.resource("/vn/smartvillage/testkit/packs/sample.json",
            SampleProviderContractTest.class::getResourceAsStream));

    @Override
    protected RulePackProvider provider() {
        return SAMPLE;
    }
}
