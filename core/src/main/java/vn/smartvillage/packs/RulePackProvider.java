package vn.smartvillage.packs;

import java.util.List;

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
 * <p><b>Implementing.</b> An implementation has a public no-argument constructor, is immutable and
 * thread-safe, and {@link #packs()} only names its sources: it does no I/O (the registry reads the sources
 * and reports every problem of every pack at once) and returns the same sources on every call.
 */
public interface RulePackProvider {

    /**
     * Returns the packs this provider ships.
     *
     * @return the sources of the packs, never {@code null}; the same on every call
     */
    List<PackSource> packs();
}
