package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.smartvillage.packs.PackReaderProblemsTest.EID;
import static vn.smartvillage.packs.PackReaderProblemsTest.doc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.packs.testing.Expectation;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;

/** The one-argument forms of the public API do what their longer forms do with the defaults. */
class ShortcutsTest {

    private static final String DATASET = "{\"asOf\": \"2024-01-01\", \"units\": [{\"id\": \"thon\", \"name\": \"Thôn\", \"level\": \"village\", "
            + "\"observations\": {\"residents\": 1000, \"residents.electronic-id\": 200}}]}";

    @Test
    void read_readsThePackWithTheDefaultLimits() {
        PackSource source = PackSource.text("p.json", doc("\"criteria\": [" + EID + "]"));
        RulePack d = RulePackJson.read(source, Metrics.all());
        assertThat(d.id()).isEqualTo("test.pack");
        assertThat(d.version()).isEqualTo("1");
        assertThat(d.toString()).isEqualTo(RulePackRegistry.builder().vocabulary(Metrics.all()).limits(ReadLimits.DEFAULTS).add(source).build().packs().get(0).toString());
    }

    @Test
    void aPackBuiltInJava_isAddedAsItIs() {
        RulePack pack = RulePackRegistry.builder().vocabulary(Metrics.all()).add(PackSource.text("p.json", doc("\"criteria\": [" + EID + "]"))).build()
                .pack("test.pack", "1").orElseThrow();
        RulePackRegistry again = RulePackRegistry.builder().vocabulary(Metrics.all()).add(pack).build();
        assertThat(again.pack("test.pack", "1")).containsSame(pack);
    }

    @Test
    void anExpectation_saysWhatItChecks() {
        Expectation both = new Expectation("thon", RuleKind.CRITERION, "eid", Status.NOT_MET, 50L);
        assertThat(both.status()).contains(Status.NOT_MET);
        assertThat(both.gap()).isEqualTo(OptionalLong.of(50));
        Expectation gapOnly = new Expectation("thon", RuleKind.TARGET, "t", 0L);
        assertThat(gapOnly.status()).isEmpty();
        assertThat(gapOnly.gap()).isEqualTo(OptionalLong.of(0));
        Expectation statusOnly = new Expectation("thon", RuleKind.CERTIFICATION, "sv", Status.MET);
        assertThat(statusOnly.gap()).isEmpty();
        assertThatThrownBy(() -> new Expectation("thon", RuleKind.CERTIFICATION, "sv", Status.MET, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingAFile_usesTheStandardMetricsAndTheDefaultLimits(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("d.json"), DATASET);
        Dataset d = DatasetJson.read(file, Metrics.all());
        assertThat(DatasetJson.write(d)).isEqualTo(DatasetJson.write(DatasetJson.read(file, Metrics.all(), ReadLimits.DEFAULTS)));
        assertThat(d.observed("thon", Metrics.RESIDENTS)).contains(1000L);
        Path bad = Files.writeString(dir.resolve("bad.json"), DATASET.replace("1000", "\"many\""));
        assertThatThrownBy(() -> DatasetJson.read(bad, Metrics.all())).isInstanceOf(SmartVillageException.class).hasMessageContaining("bad.json");
    }
}
