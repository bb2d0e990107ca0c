package vn.smartvillage.testkit;

import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.packs.RulePackProvider;

/**
 * Vietnam's packs keep the provider contract: they load, each id@version once, no overlapping versions,
 * every rule citable, every file schema-valid, and every certification case they ship passes (each case
 * is one test, named after it). It runs here, not in criteria-vn, because the testkit depends on
 * criteria-vn (its dataset builders speak Vietnam's metrics).
 */
class VietnamPacksContractTest extends RulePackProviderContract {

    @Override
    protected RulePackProvider provider() {
        return new VietnamPacks();
    }
}
