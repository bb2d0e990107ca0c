package org.example.boot;

import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.packs.RulePackProvider;
import vn.smartvillage.testkit.RulePackProviderContract;

/**
 * The testkit's provider contract, run in a Spring Boot 3 build: Boot's dependency management pins
 * Jackson 2's annotations below what Jackson 3's databind needs, so the contract's JSON Schema check
 * (built on it) is skipped with its reason, and every other check runs.
 */
class ShippedPacksContractTest extends RulePackProviderContract {

    @Override
    protected RulePackProvider provider() {
        return new VietnamPacks();
    }
}
