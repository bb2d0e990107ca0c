package vn.smartvillage.examples.docs;

import java.util.List;

import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackProvider;

/** docs/rule-packs.md, "Shipping packs in a jar": a provider, kept by the contract in MyProvincePacksContractTest. */
public final class MyProvincePacks implements RulePackProvider {
    public List<PackSource> packs() {
        return List.of(PackSource.resource("/my/province/packs/2024.json", MyProvincePacks.class::getResourceAsStream));
    }
}
