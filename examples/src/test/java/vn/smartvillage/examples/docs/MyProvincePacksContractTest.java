package vn.smartvillage.examples.docs;

import vn.smartvillage.packs.RulePackProvider;
import vn.smartvillage.testkit.RulePackProviderContract;

// docs/testing.md, "A contract for pack providers".
class MyProvincePacksContractTest extends RulePackProviderContract {
    @Override
    protected RulePackProvider provider() {
        return new MyProvincePacks();
    }
}
