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
        // The library's API of today. When PackSource gains a factory that reads through the provider's own
        // module, this is the one line that changes, e.g.
        //   PackSource.resource("/org/example/province/packs/province-2024-2025.json", ProvincePacks.class::getResourceAsStream)
        return List.of(PackSource.resource(ProvincePacks.class, "/org/example/province/packs/province-2024-2025.json"));
    }
}
