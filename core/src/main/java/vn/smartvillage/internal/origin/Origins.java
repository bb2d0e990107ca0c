package vn.smartvillage.internal.origin;

import java.util.Objects;
import java.util.function.Consumer;

import vn.smartvillage.Location;

/**
 * Where a loader read the units, figures and households it gives a dataset's builder, so that the
 * dataset's own checks name the row a clerk must fix. The public builder has no such methods: only the
 * library's loaders say where a fact came from.
 *
 * <p>The data package registers its side when its builder class is first used, which is always before a
 * loader holds a builder to pass in. The types are parameters so that this package does not depend on
 * the data package (which depends on it).
 */
public final class Origins {

    /**
     * The dataset builder's side.
     *
     * @param <B> the builder ({@code DatasetBuilder})
     * @param <F> the facts of one household ({@code HouseholdFacts})
     */
    public interface DatasetOrigins<B, F> {
        /** Records where the unit {@code unitId} was read; with two units of one id, the first origin is kept. */
        void unit(B builder, String unitId, Location origin);

        /** Records where the unit's figure for the metric {@code metricId} was read; a later origin replaces it. */
        void figure(B builder, String unitId, String metricId, Location origin);

        /** Adds one household record read at {@code origin}, as the public {@code household(villageId, facts)} does. */
        void household(B builder, String villageId, Location origin, Consumer<F> facts);
    }

    private static volatile DatasetOrigins<?, ?> dataset;

    private Origins() {
    }

    /** Called once, by the data package. */
    public static void register(DatasetOrigins<?, ?> side) {
        dataset = Objects.requireNonNull(side, "side");
    }

    /**
     * Returns the dataset builder's side.
     *
     * @throws IllegalStateException if no builder was ever made (a loader always holds one first)
     */
    @SuppressWarnings("unchecked")
    public static <B, F> DatasetOrigins<B, F> dataset() {
        DatasetOrigins<?, ?> d = dataset;
        if (d == null) {
            throw new IllegalStateException("the data package registers its origins when its builder is first used");
        }
        return (DatasetOrigins<B, F>) d;
    }
}
