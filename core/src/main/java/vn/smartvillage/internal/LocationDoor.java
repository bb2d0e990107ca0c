package vn.smartvillage.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The door to the root package's one implementation of {@code Location}, whose constructor is not public,
 * for the factories of {@code internal.location}: only the library's loaders and checks make locations.
 *
 * <p>The root package installs its maker here when its implementation class is loaded; the factories load
 * that class by its name first ({@link #maker}). This package sits below both, and names neither, so the
 * maker's type parameter stands for {@code Location}.
 */
public final class LocationDoor {

    /**
     * Makes a location from its parts, checking only that they are present.
     *
     * @param <L> {@code Location}
     */
    @FunctionalInterface
    public interface Maker<L> {

        /**
         * {@return the location rendered by the {@code location.*} template {@code key}}
         *
         * @param key       the template's key in the messages catalog (a document's key, which has no
         *                  template, renders its name as it is)
         * @param arguments the template's arguments: a name, its value, the next name, its value… Each value
         *                  is a {@code String}, a whole number, a {@code Text} or a location
         * @param readAt    where the place was read; empty when it was not read from a file
         */
        L make(String key, List<Object> arguments, Optional<L> readAt);
    }

    private static volatile Maker<?> maker;

    private LocationDoor() {
    }

    /**
     * Installs the maker; the root package calls this once, when its implementation class is loaded.
     *
     * @param m the maker
     * @throws IllegalStateException if a maker is installed already
     */
    public static synchronized void install(Maker<?> m) {
        if (maker != null) {
            throw new IllegalStateException("the locations' maker is installed already");
        }
        maker = Objects.requireNonNull(m, "maker");
    }

    /**
     * {@return the maker that the class named {@code installer} installs when it is loaded, loading it first if
     * need be}
     *
     * @param location  the type the maker makes ({@code Location}), whose class loader loads the installer
     * @param installer the binary name of the class that installs the maker
     * @param <L>       {@code Location}
     * @throws IllegalStateException if there is no such class, or it installs no maker
     */
    @SuppressWarnings("unchecked")
    public static <L> Maker<L> maker(Class<L> location, String installer) {
        try {
            Class.forName(installer, true, location.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        Maker<?> m = maker;
        if (m == null) {
            throw new IllegalStateException("the locations' maker was not installed by " + installer);
        }
        return (Maker<L>) m;
    }
}
