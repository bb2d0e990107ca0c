package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each report format on the sample, compared with a golden file that was reviewed by eye. After an
 * intended change, regenerate with {@code mvn -pl core test -Dtest=GoldenReportsTest -Dgolden.update=true}
 * and review the diff.
 */
class GoldenReportsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static String render(String name) {
        return switch (name) {
            case "assessment.json" -> ReportText.json(Sample.ASSESSMENT);
            case "assessment.csv" -> ReportText.csv(Sample.ASSESSMENT, true);
            case "summary.vi.md" -> ReportText.markdown(Sample.ASSESSMENT, Locale.forLanguageTag("vi"));
            case "summary.en.md" -> ReportText.markdown(Sample.ASSESSMENT, Locale.ENGLISH);
            case "assessment.html" -> ReportText.html(Sample.ASSESSMENT);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"assessment.json", "assessment.csv", "summary.vi.md", "summary.en.md", "assessment.html"})
    void matchesTheGoldenFile(String name) throws IOException {
        String actual = render(name);
        assertThat(render(name)).as("deterministic").isEqualTo(actual);
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
