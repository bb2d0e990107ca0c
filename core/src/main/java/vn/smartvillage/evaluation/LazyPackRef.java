package vn.smartvillage.evaluation;

import java.util.function.Supplier;

import vn.smartvillage.internal.format.PackWriter;
import vn.smartvillage.rules.PackRef;
import vn.smartvillage.rules.RulePack;

/**
 * A pack's reference, its content hash computed the first time it is asked for and then kept: one per
 * compiled pack, shared by every assessment it makes, so that an evaluation never hashes the pack and a
 * report hashes it once.
 */
final class LazyPackRef implements Supplier<PackRef> {

    private final RulePack pack;
    private volatile PackRef ref;

    LazyPackRef(RulePack pack) {
        this.pack = pack;
    }

    @Override
    public PackRef get() {
        PackRef r = ref;
        if (r == null) {
            // Two threads may both compute it; they compute equal references, and one is kept.
            r = new PackRef(pack.id(), pack.version(), "sha256:" + PackWriter.contentHash(pack));
            ref = r;
        }
        return r;
    }
}
