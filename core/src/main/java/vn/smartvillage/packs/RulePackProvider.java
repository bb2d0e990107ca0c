package vn.smartvillage.packs;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

import vn.smartvillage.metric.Metric;

/**
 * A service that ships rule packs in a jar, found by {@link java.util.ServiceLoader}.
 *
 * <p>Declare an implementation in {@code module-info.java}
 * ({@code provides vn.smartvillage.packs.RulePackProvider with …;}) and, for the class path, in
 * {@code META-INF/services/vn.smartvillage.packs.RulePackProvider}. {@link RulePackRegistry.Builder#discover()}
 * then finds it.
 *
 * <pre>{@code
 * public final class MyProvincePacks implements RulePackProvider {
 *     public List<PackSource> packs() {
 *         return List.of(PackSource.resource("/my/province/packs/2025.json",
 *                 MyProvincePacks.class::getResourceAsStream));
 *     }
 * }
 * }</pre>
 *
 * <p>The method reference {@code MyProvincePacks.class::getResourceAsStream} reads the resource as code of
 * the provider's own module, so a pack jar on the module path need not open its packages to anyone; the
 * same provider works on the class path.
 *
 * <p>A provider whose packs name metrics without declaring them gives those metrics as its
 * {@link #vocabulary()}, as the provider of Vietnam's packs gives Vietnam's metrics; a provider of packs
 * that extend another provider's packs needs none of its own.
 *
 * <p><b>Discovery</b> is what {@link RulePackRegistry.Builder#discover()} does with a provider: the
 * {@link java.util.ServiceLoader} makes an instance with its public no-argument constructor, and the builder
 * calls {@link #packs()} and {@link #vocabulary()} once and adds what they name. Reading the sources comes later, in
 * {@link RulePackRegistry.Builder#build()}, which reports every problem of every pack at once.
 *
 * @implSpec An implementation has a public no-argument constructor and:
 *     <ul>
 *     <li>is <b>immutable</b>: it has no state that changes after construction, and {@link #packs()}
 *         returns a list that cannot be modified, of sources that are immutable themselves (every
 *         {@link PackSource} is);</li>
 *     <li>is <b>thread-safe</b>: several threads, and several registries, may construct it and call
 *         {@link #packs()} at the same time;</li>
 *     <li>does <b>no I/O in discovery</b>: neither its constructor nor {@link #packs()} opens a file, a
 *         resource, a connection or a process, or reads configuration that may change; they only name the
 *         sources ({@link PackSource#resource}, {@link PackSource#file} and {@link PackSource#text} read
 *         nothing when they are made), so that a missing or broken pack is reported by the registry with
 *         its place, beside every other problem, instead of failing the service loader;</li>
 *     <li>is <b>idempotent</b>: every call of {@link #packs()}, on any instance, names the same sources in
 *         the same order, and every call of {@link #vocabulary()} gives equal metrics in the same order, so
 *         that every registry built from it holds the same packs.</li>
 *     </ul>
 *     {@code RulePackProviderContract} in {@code smartvillage-testkit} checks what a test can: the packs
 *     load, and the same sources and vocabulary come on every call.
 */
@API(status = STABLE, since = "0.1")
public interface RulePackProvider {

    /**
     * Returns the packs this provider ships; called once per discovery.
     *
     * @implSpec Names the sources and reads none of them; returns an unmodifiable list, equal on every call
     *     (the same sources, by name, in the same order).
     * @return the sources of the packs, never {@code null} and none {@code null}; the same on every call
     */
    List<PackSource> packs();

    /**
     * Returns the metrics this provider's packs name without declaring them (a country's metrics), which a
     * registry that discovers the provider reads every pack against; called once per discovery.
     *
     * @implSpec Makes or returns metrics and reads nothing; returns an unmodifiable list, equal on every
     *     call. The default returns an empty list: the packs declare every metric they name, or take them
     *     from another provider's vocabulary.
     * @return the metrics, never {@code null} and none {@code null}; the same on every call. Two providers
     *         may give the same metric; two different metrics with one id are a problem the registry reports
     */
    default List<Metric<?>> vocabulary() {
        return List.of();
    }
}
