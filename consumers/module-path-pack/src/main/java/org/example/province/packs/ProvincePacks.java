package org.example.province.packs;

import java.util.List;

import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackProvider;

/** The example province's pack, found by {@code RulePackRegistry.builder().discover()}. */
public final class ProvincePacks implements RulePackProvider {

    /** The pack's id. */
    public static final String ID = "org.example.province.ntm-digital";

    /** The pack's only version. */
    public static final String VERSION = "2024-2025";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public ProvincePacks() {
    }

    @Override
    public List<PackSource> packs() {
        // The method reference reads the resource as code of this module, which opens nothing.
        return List.of(PackSource.resource("/org/example/province/packs/province-2024-2025.json",
                ProvincePacks.class::getResourceAsStream));
    }
}
