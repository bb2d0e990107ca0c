package vn.smartvillage.packs;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

import vn.smartvillage.internal.SafeFiles;
import vn.smartvillage.rules.RulePack;

/**
 * Where a rule pack comes from: a JSON or YAML document (a file, a resource in a jar, a string), or a
 * pack built in Java.
 *
 * <p>A document may name other files relative to itself (a test case's dataset); those are looked up
 * next to the document and may not leave its folder: no absolute paths, no {@code ..}.
 *
 * <p>Instances are immutable. The document is read when a registry is built, not when the source is
 * made.
 */
@API(status = STABLE, since = "0.1")
public final class PackSource {

    /** A relative path: segments of letters, digits, {@code . _ -}, no empty, {@code .} or {@code ..} segment. */
    private static final Pattern RELATIVE = Pattern.compile("(?!\\.{1,2}(/|$))[\\p{L}\\p{N}_.-]+(/(?!\\.{1,2}(/|$))[\\p{L}\\p{N}_.-]+)*");

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    @FunctionalInterface
    private interface Siblings {
        Optional<PackSource> resolve(String relative);
    }

    private final String name;
    private final String fileName;
    private final Opener opener;
    private final Siblings siblings;
    private final RulePack built;
    private final boolean namesFiles;

    private PackSource(String name, String fileName, Opener opener, Siblings siblings, RulePack built, boolean namesFiles) {
        this.name = name;
        this.fileName = fileName;
        this.opener = opener;
        this.siblings = siblings;
        this.built = built;
        this.namesFiles = namesFiles;
    }

    /**
     * Returns the source of a pack kept in a file; YAML when the name ends in {@code .yaml} or {@code .yml}.
     *
     * <p>The file must be a regular file (not a folder, a FIFO or a device). Files the document names (a
     * test case's {@code datasetFile}) are resolved to their real path, links followed, and refused if
     * that path leaves the real folder of the document or is not a regular file.
     *
     * @param file the pack document, not null; a relative path is resolved against the working directory
     *             when the source is made, and the file is opened only when it is read
     * @return the source of the pack in {@code file}
     */
    public static PackSource file(Path file) {
        Path f = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        Path folder = f.getParent();
        return new PackSource(f.toString(), String.valueOf(f.getFileName()), () -> SafeFiles.open(f), relative -> {
            Path sibling = folder.resolve(relative).normalize();
            return sibling.startsWith(folder) ? Optional.of(new PackSource(sibling.toString(), String.valueOf(sibling.getFileName()),
                    () -> SafeFiles.openWithin(folder, sibling), r -> Optional.empty(), null, true)) : Optional.empty();
        }, null, true);
    }

    /**
     * Returns the source of a pack shipped as a resource, at the absolute resource path {@code path}
     * (such as {@code "/my/province/packs/2025.json"}), read by {@code reader}.
     *
     * <pre>{@code
     * PackSource.resource("/my/province/packs/2025.json", MyProvincePacks.class::getResourceAsStream)
     * }</pre>
     *
     * <p>Pass the provider's own {@code Class::getResourceAsStream}: a resource of a named module is
     * readable only by code of that module (unless its package is opened), and a method reference made
     * in the provider reads as the provider. So a pack jar works on the module path without {@code opens}
     * and on the class path alike. Files the document names (a test case's {@code datasetFile}) are read
     * the same way, relative to the document's folder.
     *
     * @param path   the absolute resource path of the document, starting with {@code /}; YAML when it ends
     *               in {@code .yaml} or {@code .yml}, JSON otherwise; not null
     * @param reader opens a resource by its absolute path, such as {@code "/my/province/packs/2025.json"},
     *               returning {@code null} if there is none (as {@code Class.getResourceAsStream} does: the one
     *               place the library takes a {@code null}, so that the JDK's method fits), and throwing
     *               {@link java.io.UncheckedIOException} if the resource exists but cannot be read; called each
     *               time the document, or a file it names, is read, on the thread building the registry; not
     *               null
     * @return the source of the pack at {@code path}; a missing resource is a problem when it is read
     * @throws IllegalArgumentException if {@code path} does not start with {@code /}
     */
    public static PackSource resource(String path, Function<String, InputStream> reader) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reader, "reader");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a resource path starts with '/': " + path);
        }
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return new PackSource("resource " + path, fileName, () -> {
            InputStream in;
            try {
                in = reader.apply(path);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (in == null) {
                throw new FileNotFoundException("there is no resource " + path + " (a provider passes its own "
                        + "Class::getResourceAsStream, so that its module reads it)");
            }
            return in;
        }, relative -> Optional.of(resource(folder + relative, reader)), null, true);
    }

    /**
     * Returns the source of a pack held in a string; {@code name} is shown in error messages and tells
     * the syntax (YAML when it ends in {@code .yaml} or {@code .yml}). It cannot name other files.
     *
     * @param name     the name shown in error messages, such as {@code "my-pack.yaml"}; YAML when it ends in
     *                 {@code .yaml} or {@code .yml}, JSON otherwise; not null
     * @param document the whole pack document, read as UTF-8; not null
     * @return the source of the pack in {@code document}
     */
    public static PackSource text(String name, String document) {
        Objects.requireNonNull(name, "name");
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        return new PackSource(name, name, () -> new ByteArrayInputStream(bytes), relative -> Optional.empty(), null, false);
    }

    /**
     * Returns the source of a pack built in Java; it cannot extend another pack.
     *
     * @param pack the pack, not null; a registry takes it as built, with no test cases
     * @return the source of {@code pack}
     */
    public static PackSource of(RulePack pack) {
        Objects.requireNonNull(pack, "pack");
        return new PackSource("Java pack " + pack, "Java", null, relative -> Optional.empty(), pack, false);
    }

    /**
     * Opens the document, for tools that check it as it is written (a JSON Schema validator); empty for a
     * pack built in Java. The caller closes the stream.
     *
     * @return a new stream of the document's bytes as stored, for the caller to close; empty for a pack
     *         built in Java
     * @throws IOException if the file or resource is missing, is not a regular file or cannot be read
     */
    public Optional<InputStream> openDocument() throws IOException {
        return opener == null ? Optional.empty() : Optional.of(opener.open());
    }

    /**
     * {@return the name shown in error messages: a file's absolute path, {@code "resource "} and the
     * resource path, the name given to {@link #text}, or {@code "Java pack "} and the pack's
     * {@code id@version}}
     */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Returns the last part of the name: the file name, or the whole name given. */
    String fileName() {
        return fileName;
    }

    Optional<RulePack> built() {
        return Optional.ofNullable(built);
    }

    /** Whether the document can name other files (a file or a resource can; text and Java packs cannot). */
    boolean namesFiles() {
        return namesFiles;
    }

    InputStream open() throws IOException {
        return opener.open();
    }

    /** Returns the document at {@code relative} to this one, or empty if the path is not a safe relative path. */
    Optional<PackSource> sibling(String relative) {
        if (!RELATIVE.matcher(relative).matches()) {
            return Optional.empty();
        }
        return siblings.resolve(relative);
    }
}
