package vn.smartvillage.criteria.vn;

import vn.smartvillage.packs.RulePackProvider;
import vn.smartvillage.testkit.RulePackProviderContract;

/**
 * Vietnam's packs keep the provider contract: they load, each id@version once, no overlapping versions,
 * every rule citable, every file schema-valid, and every certification case they ship passes (each case
 * is one test, named after it).
 */
class VietnamPacksContractTest extends RulePackProviderContract {

    @Override
    protected RulePackProvider provider() {
        return new VietnamPacks();
    }
}
