package vn.smartvillage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    @TempDir
    Path dir;

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String en(SafeFiles.Refused e) {
        return Catalog.MESSAGES.word(e.key(), false);
    }

    private static String vi(SafeFiles.Refused e) {
        return Catalog.MESSAGES.word(e.key(), true);
    }

    @Test
    void aRegularFile_isOpened_alsoThroughALink() throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"), "{}");
        assertThat(read(SafeFiles.open(file))).isEqualTo("{}");
        Path link = createLinkOrSkip(dir.resolve("link.json"), file);
        assertThat(read(SafeFiles.open(link))).isEqualTo("{}");
    }

    @Test
    void aMissingFile_aFolder_andADevice_areRefusedWithTheirReasonInBothLanguages() {
        assertThatThrownBy(() -> SafeFiles.open(dir.resolve("none.json"))).isInstanceOfSatisfying(SafeFiles.Refused.class, e -> {
            assertThat(en(e)).isEqualTo("there is no such file").isEqualTo(e.getMessage());
            assertThat(vi(e)).isEqualTo("không có tệp này");
        });
        assertThatThrownBy(() -> SafeFiles.open(dir)).isInstanceOfSatisfying(SafeFiles.Refused.class, e -> {
            assertThat(en(e)).isEqualTo("it is a folder, not a file");
            assertThat(vi(e)).isEqualTo("đây là thư mục, không phải tệp");
        });
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device), "no /dev/null here");
        assertThatThrownBy(() -> SafeFiles.requireRegular(device)).isInstanceOfSatisfying(SafeFiles.Refused.class, e -> {
            assertThat(en(e)).startsWith("it is not a regular file");
            assertThat(vi(e)).startsWith("không phải tệp thường");
        });
    }

    @Test
    void aFileInsideTheFolder_isOpened() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Path cases = Files.createDirectories(pack.resolve("cases"));
        Files.writeString(cases.resolve("ho.csv"), "village\n");
        assertThat(read(SafeFiles.openWithin(pack, pack.resolve("cases/ho.csv")))).isEqualTo("village\n");
        assertThat(read(SafeFiles.openWithin(pack, pack.resolve("cases/../cases/ho.csv")))).isEqualTo("village\n");
    }

    @Test
    void aFileOutsideTheFolder_orMissing_orAFolder_isRefused() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        assertThatThrownBy(() -> SafeFiles.openWithin(pack, pack.resolve("../secret.txt")))
                .isInstanceOfSatisfying(SafeFiles.Refused.class, e -> {
                    assertThat(en(e)).startsWith("the file lies outside the pack's folder");
                    assertThat(vi(e)).startsWith("tệp nằm ngoài thư mục của gói");
                });
        assertThatThrownBy(() -> SafeFiles.openWithin(pack, pack.resolve("none.csv")))
                .isInstanceOfSatisfying(SafeFiles.Refused.class, e -> assertThat(en(e)).isEqualTo("there is no such file"));
        assertThatThrownBy(() -> SafeFiles.openWithin(dir.resolve("no-pack"), secret))
                .isInstanceOfSatisfying(SafeFiles.Refused.class, e -> assertThat(en(e)).isEqualTo("there is no such file"));
        Files.createDirectories(pack.resolve("cases"));
        assertThatThrownBy(() -> SafeFiles.openWithin(pack, pack.resolve("cases")))
                .isInstanceOfSatisfying(SafeFiles.Refused.class, e -> assertThat(en(e)).isEqualTo("it is a folder, not a file"));
        Path link = createLinkOrSkip(pack.resolve("inside.txt"), secret);
        assertThatThrownBy(() -> SafeFiles.openWithin(pack, link))
                .as("a link inside the folder that points out of it").isInstanceOf(SafeFiles.Refused.class)
                .hasMessageStartingWith("the file lies outside the pack's folder");
    }

    private static Path createLinkOrSkip(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
            return null;
        }
    }
}
