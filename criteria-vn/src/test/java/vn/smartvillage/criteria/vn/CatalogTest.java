package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/criteria-vn.md is generated from the packs; it fails here as soon as a pack changes without it. */
class CatalogTest {

    private static final Path CATALOG = Path.of("../docs/criteria-vn.md");

    @Test
    void theCatalogInDocsIsTheOneThePacksGenerate() throws IOException {
        String generated = Catalog.markdown(VietnamPacks.registry());
        if (Boolean.getBoolean("catalog.update")) {
            Files.writeString(CATALOG, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CATALOG, StandardCharsets.UTF_8))
                .as("docs/criteria-vn.md is stale: run mvn -q -B -pl criteria-vn -am verify -Dcatalog.update=true")
                .isEqualTo(generated);
    }

    @Test
    void theCatalogListsEveryRuleOfEveryPackOnce_withItsVerification() {
        String md = Catalog.markdown(VietnamPacks.registry());
        for (var pack : VietnamPacks.registry().packs()) {
            assertThat(md).contains("## " + pack.id() + " " + pack.version());
            if (pack.lineage().size() == 1) {
                pack.criteria().forEach(c -> assertThat(md).contains("| `" + c.id() + "` |"));
                pack.targets().forEach(t -> assertThat(md).contains("| `" + t.id() + "` |"));
            }
        }
        assertThat(md).contains("✘ not yet encoded", "◐ one source", "✔ confirmed");
        // A threshold a province raised shows what it replaced.
        assertThat(md).contains("`>= 95 %` (parent: >= 90 %)");
    }
}
