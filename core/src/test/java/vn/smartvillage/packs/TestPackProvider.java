package vn.smartvillage.packs;

import java.util.List;

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
}
