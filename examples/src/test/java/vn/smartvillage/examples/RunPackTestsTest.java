package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.RulePack;

/** The example packs, and the rule-pack tutorial of docs/rule-packs.md followed step by step. */
class RunPackTestsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path... paths) {
        return RunPackTests.run(List.of(paths), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theJsonPackIsTheJavaPack() {
        RulePack json = RulePackJson.read(PackSource.resource("/packs/bac-giang-smart-village.json",
                RunPackTests.class::getResourceAsStream), Metrics.all());
        assertThat(json).isEqualTo(BacGiangExamplePack.create());
    }

    @Test
    void theBundledPacksPassTheirOwnTests() {
        assertThat(run()).as(out() + err()).isZero();
        assertThat(out()).contains("example.bac-giang.smart-village@1: 2 of 2 cases passed",
                "example.my-province@2024.1: 1 of 1 cases passed");
    }

    @Test
    void theProvincePackRecordsWhoSetTheThreshold() {
        RulePackRegistry registry = RunPackTests.bundled().build();
        RulePack mine = registry.resolve("example.my-province", java.time.LocalDate.of(2024, 6, 30));
        assertThat(mine.origin("bg.village.electronic-id").orElseThrow()
                .describeThreshold(mine.criterion("bg.village.electronic-id").orElseThrow().threshold()).en())
                .isEqualTo("threshold ≥ 30 % set by example.my-province@2024.1 over ≥ 25 % in example.bac-giang.smart-village@1");
    }

    /** docs/rule-packs.md, "Your first pack": copy, rename, change a threshold, add a criterion, run the cases. */
    @Test
    void theTutorialWorksAsWritten(@TempDir Path work) throws IOException {
        Path mine = work.resolve("packs/your-province.json");
        Files.createDirectories(mine.getParent());
        try (InputStream in = RunPackTests.class.getResourceAsStream("/packs/my-province.json")) {
            Files.write(mine, in.readAllBytes());
        }
        // Step 1: a copy with the same id and version is refused, naming both sources.
        assertThat(run(mine)).isEqualTo(2);
        assertThat(err()).contains("example.my-province@2024.1 is given twice", "your-province.json");

        // Step 2: your own id; the copied test case passes.
        String pack = Files.readString(mine).replace("\"example.my-province\"", "\"example.your-province\"");
        Files.writeString(mine, pack);
        err.reset();
        assertThat(run(mine)).as(err()).isZero();
        assertThat(out()).contains("PASS  27.5 % with electronic ID no longer meets the raised threshold of 30 %");

        // Step 3: lower the threshold to 27 %: the case that expected a miss now fails, and says why.
        Files.writeString(mine, pack.replace("\">= 30 %\"", "\">= 27 %\""));
        out.reset();
        assertThat(run(mine)).isEqualTo(1);
        assertThat(out()).contains("FAIL  27.5 % with electronic ID no longer meets",
                "unit thon-a, criterion bg.village.electronic-id: expected not met, got met");

        // Step 4: a typing mistake in a new criterion is reported with its place and a suggestion.
        Files.writeString(mine, pack.replace("\"village.cultural-house-wifi\" }", "\"village.cultural-house-wi-fi\" }"));
        err.reset();
        assertThat(run(mine)).isEqualTo(2);
        assertThat(err()).contains("example.your-province@2024.1 (your-province.json) /criteria/0/measure/flag",
                "unknown metric 'village.cultural-house-wi-fi'", "did you mean 'village.cultural-house-wifi'");
    }
}
