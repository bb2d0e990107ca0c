package vn.smartvillage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens files the way every loader must: only regular files (a FIFO would block a reader forever, a
 * device would never end), and, for a file a document names, only inside the document's folder once
 * links are followed.
 */
public final class SafeFiles {

    /**
     * A file refused before it was opened, with the key of its reason in the message catalog
     * ({@code file.missing}, {@code file.folder}, {@code file.notRegular}, {@code file.outsideFolder}).
     */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final String key;

        Refused(String key) {
            super(Catalog.MESSAGES.word(key, false));
            this.key = key;
        }

        /** Returns the key of the reason in the message catalog, such as {@code file.missing}. */
        public String key() {
            return key;
        }
    }

    private SafeFiles() {
    }

    /**
     * Opens {@code file} if it is a regular file (links followed).
     *
     * @throws Refused if it is missing, a folder, a FIFO or a device
     * @throws IOException if it cannot be read
     */
    public static InputStream open(Path file) throws IOException {
        requireRegular(file);
        return Files.newInputStream(file);
    }

    /** Refuses {@code file} unless it is a regular file (links followed). */
    public static void requireRegular(Path file) throws Refused {
        if (!Files.exists(file)) {
            throw new Refused("file.missing");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused(Files.isDirectory(file) ? "file.folder" : "file.notRegular");
        }
    }

    /**
     * Opens {@code file} if, links followed, it is a regular file inside {@code folder} (links
     * followed too).
     *
     * @throws Refused if it is missing, leaves the folder, or is not a regular file
     * @throws IOException if it cannot be read
     */
    public static InputStream openWithin(Path folder, Path file) throws IOException {
        Path real;
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused("file.missing");
        }
        if (!real.startsWith(realFolder)) {
            throw new Refused("file.outsideFolder");
        }
        requireRegular(real);
        return Files.newInputStream(real);
    }
}
