package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI checks official codes when units carry them, and prints what became of Bắc Giang on data from 1 July 2025. */
class CliCodesTest {

    private static Path dataset(Path dir, String name, String units) throws IOException {
        return Files.writeString(dir.resolve(name), "{ \"format\": 1, \"asOf\": \"2026-06-30\", \"units\": [" + units + "] }",
                StandardCharsets.UTF_8);
    }

    @Test
    void aRetiredCode_stopsTheEvaluation_locatedAtTheFileTheUnitAndTheField_withTheCodeToUse(@TempDir Path dir) throws IOException {
        Path data = dataset(dir, "bac-ninh-2026.json", """
                { "id": "bn", "name": "Tỉnh Bắc Ninh", "code": "24", "level": "province" },
                { "id": "quang-minh", "name": "Phường Quảng Minh", "code": "07792", "level": "commune", "parent": "bn" }""");
        CliTest.Run r = CliTest.run("evaluate", "--pack", "vn.ntm.digital", data.toString(), "--lang", "en");
        assertThat(r.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(r.err()).contains("error: the dataset has 1 problem with an official code",
                "bac-ninh-2026.json: unit quang-minh, field code",
                "became part of Phường Vân Hà (07798) by Nghị quyết 1658/NQ-UBTVQH15: use the code 07798");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aNameThatIsNotItsCodes_isAWarning_andBacGiangsPlanOn2026DataSaysItBecamePartOfBacNinh(@TempDir Path dir) throws IOException {
        Path data = dataset(dir, "bac-ninh-2026.json", """
                { "id": "bn", "name": "Tỉnh Bắc Ninh", "code": "24", "level": "province" },
                { "id": "ns", "name": "Phường Ninh Sơn", "code": "07798", "level": "commune", "parent": "bn" }""");
        CliTest.Run r = CliTest.run("evaluate", "--pack", "vn.bac-giang.ntm-digital", "--as-of", "2026-06-30", data.toString(),
                "--format", "csv", "--lang", "en");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("bac-ninh-2026.json: unit ns, field code",
                "until 30 June 2025 it was the code of Phường Ninh Sơn, now part of Phường Vân Hà (07798)",
                "warning: the rule pack vn.bac-giang.ntm-digital@2023-2025 governs Bắc Giang province (24), which existed until 2025-06-30",
                "58 communes and wards of Bắc Ninh province").doesNotContain("may be stale");
        // The CSV report carries the codes after its usual columns.
        String header = r.out().lines().findFirst().orElseThrow();
        assertThat(header).endsWith("reason_en,unit_code,province_code,district_code,commune_code");
        assertThat(r.out()).contains(",07798,24,,07798");
    }

    @Test
    void dataWithoutCodes_isNotChecked_andItsCsvKeepsItsColumns(@TempDir Path dir) throws IOException {
        Path data = dataset(dir, "plain.json", """
                { "id": "bn", "name": "Tỉnh", "level": "province" }, { "id": "x", "name": "Xã", "level": "commune", "parent": "bn" }""");
        CliTest.Run r = CliTest.run("evaluate", "--pack", "vn.ntm.digital", data.toString(), "--format", "csv", "--as-of", "2026-03-01");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).endsWith("reason_vi,reason_en");
    }
}
