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

    /** A file refused before it was opened, with the reason in Vietnamese and English. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final String vi;

        Refused(String vi, String en) {
            super(en);
            this.vi = vi;
        }

        /** Returns the reason in Vietnamese. */
        public String vi() {
            return vi;
        }

        /** Returns the reason in English. */
        public String en() {
            return getMessage();
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
            throw new Refused("không có tệp này", "there is no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw Files.isDirectory(file) ? new Refused("đây là thư mục, không phải tệp", "it is a folder, not a file")
                    : new Refused("không phải tệp thường (ống FIFO, thiết bị hay socket); chỉ đọc tệp thường",
                            "it is not a regular file (a FIFO, a device or a socket); only regular files are read");
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
            throw new Refused("không có tệp này", "there is no such file");
        }
        if (!real.startsWith(realFolder)) {
            throw new Refused("tệp nằm ngoài thư mục của gói (qua một liên kết); chỉ đọc tệp trong thư mục đó",
                    "the file lies outside the pack's folder (through a link); only files inside that folder are read");
        }
        requireRegular(real);
        return Files.newInputStream(real);
    }
}
