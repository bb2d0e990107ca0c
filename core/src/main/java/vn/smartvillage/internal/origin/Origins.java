package vn.smartvillage.internal.origin;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import vn.smartvillage.Location;

/**
 * Where a loader read the units, figures and households it gives a dataset's builder, so that the
 * dataset's own checks name the row a clerk must fix; and where the pack reader found each element of a
 * pack and the history of its rules (their origins, the packs extended). The public builders have no such
 * methods: only the library's loaders say where a fact came from.
 *
 * <p>The data package registers its side when its builder class is first used, and the rules package when
 * its pack class is, which is always before a loader holds a builder to pass in. The types are parameters
 * so that this package does not depend on the packages that depend on it.
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

        /**
         * Adds one household record read at {@code origin}, as the public {@code household(villageId, facts)} does; the
         * place is asked for only when a problem names it (a national table has 28 M rows).
         */
        void household(B builder, String villageId, java.util.function.Supplier<Location> origin, Consumer<F> facts);

        /** Records the document the whole dataset was read from, which problems found after it was built then name. */
        void document(B builder, Location document);
    }

    /**
     * The rule pack builder's side.
     *
     * @param <B> the builder ({@code RulePack.Builder})
     * @param <M> a metric ({@code Metric<?>})
     * @param <C> a criterion
     * @param <K> a certification
     * @param <T> a target
     * @param <O> a rule's origin ({@code Origin})
     */
    public interface PackOrigins<B, M, C, K, T, O> {
        /** Declares a metric of the pack's own, defined at {@code location}, which problem reports then name. */
        void metric(B builder, M metric, Location location);

        /** Adds a criterion defined at {@code location}, which problem reports then name. */
        void criterion(B builder, C criterion, Location location);

        /** Adds a certification defined at {@code location}, which problem reports then name. */
        void certification(B builder, K certification, Location location);

        /** Adds a target defined at {@code location}, which problem reports then name. */
        void target(B builder, T target, Location location);

        /** Records where the criterion or target {@code ruleId} comes from, replacing an earlier origin. */
        void origin(B builder, String ruleId, O origin);

        /** Records the packs the pack extends, nearest first, each {@code "id@version"}, replacing earlier ones. */
        void ancestors(B builder, List<String> packs);
    }

    private static volatile DatasetOrigins<?, ?> dataset;
    private static volatile PackOrigins<?, ?, ?, ?, ?, ?> pack;

    private Origins() {
    }

    /** Called once, by the data package. */
    public static void register(DatasetOrigins<?, ?> side) {
        dataset = Objects.requireNonNull(side, "side");
    }

    /** Called once, by the rules package. */
    public static void register(PackOrigins<?, ?, ?, ?, ?, ?> side) {
        pack = Objects.requireNonNull(side, "side");
    }

    /**
     * Returns the rule pack builder's side.
     *
     * @throws IllegalStateException if no pack builder was ever made (a loader always holds one first)
     */
    @SuppressWarnings("unchecked")
    public static <B, M, C, K, T, O> PackOrigins<B, M, C, K, T, O> pack() {
        PackOrigins<?, ?, ?, ?, ?, ?> p = pack;
        if (p == null) {
            throw new IllegalStateException("the rules package registers its origins when its pack class is first used");
        }
        return (PackOrigins<B, M, C, K, T, O>) p;
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
