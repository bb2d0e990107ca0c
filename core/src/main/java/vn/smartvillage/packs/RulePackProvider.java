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
 *         return List.of(PackSource.resource(MyProvincePacks.class, "/my/province/packs/2025.json"));
 *     }
 * }
 * }</pre>
 *
 * <p>An implementation needs a public no-argument constructor; {@link #packs()} should only name the
 * sources, not read them: the registry reads them and reports every problem at once.
 */
public interface RulePackProvider {

    /** Returns the packs this provider ships. */
    List<PackSource> packs();
}
