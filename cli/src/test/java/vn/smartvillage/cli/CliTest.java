package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/** The command line as a user meets it: output, errors with their fix, exit codes, no stack traces. */
class CliTest {

    static final String KHA_LY_THUONG = "../criteria-vn/src/main/resources/vn/smartvillage/criteria/vn/packs/data/bac-giang-quang-minh.json";
    /** The examples module's packs and data, read as a user's files. */
    static final String EXAMPLE_PACKS = "../examples/src/main/resources/packs";
    static final String QUANG_MINH = "../examples/src/main/resources/data/quang-minh.json";

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SmartVillageCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void helpAndVersion_everywhere() {
        assertThat(run("--version").out()).startsWith("smartvillage 0.1.0-SNAPSHOT");
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("evaluate", "explain", "packs", "pack", "Exit status");
        for (String[] cmd : new String[][] {{"evaluate", "--help"}, {"pack", "show", "--help"}, {"pack", "test", "--help"},
            {"explain", "--help"}, {"packs", "list", "--help"}, {"pack", "validate", "--version"}}) {
            Run r = run(cmd);
            assertThat(r.status()).as(String.join(" ", cmd)).isZero();
            assertThat(r.out()).as(String.join(" ", cmd)).isNotBlank();
        }
    }

    @Test
    void evaluate_printsTheReport_withTheRulesInForceOnTheDataDate() {
        Run r = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--lang", "en");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("vn.bac-giang.ntm-digital@2023-2025", "VILLAGE Khả Lý Thượng [kha-ly-thuong]",
                "1,100/4,000 = 27.5 % (required ≥ 25 %): met").doesNotContain("yêu cầu");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theCountsOfUnitsBelow_nameTheRuleAsThePackDoes_thenItsId() {
        Run vi = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--lang", "vi");
        String name = vn.smartvillage.criteria.vn.VietnamPacks.registry().packs().stream().filter(p -> p.id().equals("vn.bac-giang.ntm-digital"))
                .findFirst().orElseThrow().criterion("vn.318.village.loudspeakers").orElseThrow().name().vi();
        assertThat(vi.out()).contains("tiêu chí \"" + name + "\" [vn.318.village.loudspeakers] trong các thôn trực thuộc: ")
                .doesNotContain("tiêu chí vn.318");
        assertThat(run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--lang", "en").out())
                .containsPattern("criterion \"[^\"]+\" \\[vn\\.318\\.village\\.loudspeakers\\] among villages below: ");
        // A target's indicator counted at the levels below is named too, though the pack lists it among its targets.
        String target = vn.smartvillage.criteria.vn.VietnamPacks.registry().packs().stream().filter(p -> p.id().equals("vn.bac-giang.ntm-digital"))
                .findFirst().orElseThrow().target("vn.924.commune.work-records-online").orElseThrow().indicator().name().vi();
        assertThat(vi.out()).contains("tiêu chí \"" + target + "\" [vn.924.commune.work-records-online] trong các xã trực thuộc: ")
                .doesNotContain("tiêu chí vn.924");
    }

    @Test
    void sources_nameTheDocument_neverWhereTheProjectReadIt() {
        // The packs note where each rule was read ("seed 001 …", "design/CRITERIA.md §B [S8]"): that is the
        // project's, not the reader's. The text report, explain and pack show cite document, date and article.
        for (String lang : new String[] {"vi", "en"}) {
            Run report = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--lang", lang);
            Run explain = run("explain", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--unit", "kha-ly-thuong", "--lang", lang);
            Run show = run("pack", "show", "vn.bac-giang.ntm-digital", "--lang", lang);
            for (Run r : List.of(report, explain, show)) {
                assertThat(r.status()).isZero();
                assertThat(r.out()).contains("318/QĐ-TTg").doesNotContain("CRITERIA.md", "[seed", "seed 00", "[S8]");
            }
        }
        assertThat(run("explain", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--unit", "kha-ly-thuong", "--lang", "vi").out())
                .contains("Quyết định 318/QĐ-TTg (08/03/2022), Phụ lục I, chỉ tiêu 8.3");
    }

    @Test
    void evaluate_writesEveryFormat_toAFileWhenAsked(@TempDir Path dir) throws IOException {
        Run json = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--format", "json");
        assertThat(JsonMapper.shared().readTree(json.out()).get("pack").get("id").asString()).isEqualTo("vn.bac-giang.ntm-digital");
        assertThat(run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--format", "csv").out()).startsWith("\uFEFFunit_id,");
        assertThat(run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--format", "md", "--lang", "vi").out())
                .contains("Gói quy tắc vn.bac-giang.ntm-digital@2023-2025");
        Path html = dir.resolve("report.html");
        Run r = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--format", "html", "-o", html.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("wrote " + html);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
        // --lang en opens the page in English (html-en); it stays switchable to Vietnamese.
        Run en = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--format", "html", "--lang", "en", "-o",
                html.toString());
        assertThat(en.status()).as(en.err()).isZero();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    }

    @Test
    void evaluate_looksTheFormatUp_byTheLibrarysNames_andRefusesAnUnknownOneWithTheList() {
        assertThat(run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--format", "csv-no-bom").out()).startsWith("unit_id,");
        assertThat(run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--format", "markdown-vi").out())
                .contains("Gói quy tắc vn.bac-giang.ntm-digital@2023-2025");
        Run unknown = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--format", "htm");
        assertThat(unknown.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(unknown.err()).contains("there is no report format 'htm' (did you mean 'html'?)",
                "json, csv, csv-no-bom, csv-semicolon, markdown-vi, markdown-en, html").doesNotContain("\tat ");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void failOnNotMet_exitsWithOne_onlyWhenSomethingIsNotMet() {
        // The example data has a synthetic village one resident short of 25 %.
        Run r = run("evaluate", "--pack", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS,
                QUANG_MINH, "--fail-on-not-met");
        assertThat(r.status()).isEqualTo(SmartVillageCli.FAILURES);
        assertThat(run("evaluate", "--pack", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS,
                QUANG_MINH).status()).isZero();
    }

    @Test
    void anUnknownPack_isABadInput_withTheNearestIdAndTheFix_andNoStackTrace() {
        Run r = run("evaluate", "--pack", "vn.bac-giang.ntm-digitl", KHA_LY_THUONG);
        assertThat(r.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(r.err()).contains("error: there is no pack 'vn.bac-giang.ntm-digitl'; did you mean 'vn.bac-giang.ntm-digital'?",
                "fix: run 'smartvillage packs list'").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badFilesAndOptions_areBadInput(@TempDir Path dir) throws IOException {
        Run missing = run("evaluate", "--pack", "vn.ntm.digital", dir.resolve("nope.json").toString());
        assertThat(missing.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(missing.err()).contains("error: no file").contains("fix: check the path of the dataset");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"asOf\": \"2024-01-01\", \"units\": [ { \"id\": \"v\", \"name\": \"V\", \"level\": \"village\","
                + " \"parent\": \"nowhere\", \"observations\": { \"residents\": 10, \"residents.electronic-id\": 11 } } ] }");
        Run invalid = run("evaluate", "--pack", "vn.ntm.digital", broken.toString());
        assertThat(invalid.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(invalid.err()).contains("nowhere").contains("residents").doesNotContain("\tat ");

        Run option = run("evaluate", "--pak", "x", broken.toString());
        assertThat(option.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(option.err()).contains("--pack").contains("Usage: smartvillage evaluate");
        assertThat(run("evaluate", "--pack", "vn.ntm.digital", "--format", "pdf", broken.toString()).status())
                .isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(run("evaluate", "--pack", "vn.ntm.digital", "--packs", dir.resolve("none").toString(), broken.toString()).err())
                .contains("error: no folder");
    }

    @Test
    void packsList_andPackShow() {
        assertThat(run("packs", "list").out()).contains("vn.ntm.digital", "2026-2030", "vn.nghe-an.ntm-digital");
        Run show = run("pack", "show", "vn.ntm.digital", "--as-of", "2026-03-01", "--lang", "en");
        assertThat(show.status()).isZero();
        assertThat(show.out()).contains("vn.ntm.digital@2026-2030", "not yet encoded",
                "vn.51.commune.science-technology-dx.group-2 (commune where commune group (under 51/2025/QĐ-TTg) is 2, not yet encoded)");
        assertThat(run("pack", "show", "vn.ntm.digital", "--as-of", "2026-03-01", "--lang", "vi").out())
                .contains("vn.51.commune.science-technology-dx.group-3 (xã có nhóm xã (theo 51/2025/QĐ-TTg) là 3, chưa mã hóa)");
        Run older = run("pack", "show", "vn.ntm.digital", "--pack-version", "2021-2025");
        assertThat(older.out()).contains("target by 2025-12-31 vn.924.province.work-records-online (province, >= 90 %)");
        // The period in force, its dates as each language writes them.
        assertThat(run("pack", "show", "vn.bac-giang.ntm-digital", "--lang", "vi").out()).contains("\ncó hiệu lực 01/01/2023 – 31/12/2025; kế thừa ");
        assertThat(run("pack", "show", "vn.bac-giang.ntm-digital", "--lang", "en").out()).contains("\nin force 2023-01-01 – 2025-12-31; extends ");
        assertThat(run("packs", "list", "--lang", "vi").out()).containsPattern("vn\\.bac-giang\\.ntm-digital +2023-2025  01/01/2023 – 31/12/2025  Bắc Giang");
        assertThat(run("packs", "list").out()).containsPattern("vn\\.bac-giang\\.ntm-digital +2023-2025  2023-01-01 – 2025-12-31  Bắc Giang");
        assertThat(run("pack", "show", "vn.ntm.digital", "--pack-version", "2019").err()).contains("has no version '2019'");
        Run json = run("pack", "show", "vn.bac-giang.ntm-digital", "--json");
        assertThat(json.out()).contains("\"id\" : \"vn.bac-giang.ntm-digital\"");
    }

    @Test
    void packValidate_andPackTest(@TempDir Path dir) throws IOException {
        Run ok = run("pack", "validate", EXAMPLE_PACKS);
        assertThat(ok.status()).isZero();
        assertThat(ok.out()).contains("ok  example.bac-giang.smart-village@1", "ok  example.my-province@2024.1");

        Files.writeString(dir.resolve("bad.json"), Files.readString(Path.of(EXAMPLE_PACKS, "my-province.json"))
                .replace("\">= 30 %\"", "\">= 130 %\""));
        Files.copy(Path.of(EXAMPLE_PACKS, "bac-giang-smart-village.json"), dir.resolve("bac-giang-smart-village.json"));
        Files.createDirectories(dir.resolve("cases"));
        Files.copy(Path.of(EXAMPLE_PACKS, "cases/kha-ly-thuong.json"), dir.resolve("cases/kha-ly-thuong.json"));
        Run bad = run("pack", "validate", dir.resolve("bad.json").toString(), dir.resolve("bac-giang-smart-village.json").toString());
        assertThat(bad.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(bad.err()).contains("/overrides/0/threshold", "a percentage is at most 100");

        assertThat(run("pack", "test", EXAMPLE_PACKS).out()).contains("PASS").doesNotContain("FAIL");
        Files.writeString(dir.resolve("bad.json"), Files.readString(Path.of(EXAMPLE_PACKS, "my-province.json"))
                .replace("\">= 30 %\"", "\">= 27 %\""));
        // The shipped packs, tested from their source files.
        Run shipped = run("pack", "test", "--no-discover", "../criteria-vn/src/main/resources/vn/smartvillage/criteria/vn/packs");
        assertThat(shipped.status()).isZero();
        assertThat(shipped.out()).contains("vn.nghe-an.ntm-digital@2021-2025: 5 of 5 cases passed");
        assertThat(run("pack", "test", "../criteria-vn/src/main/resources/vn/smartvillage/criteria/vn/packs").err())
                .contains("is given twice");
        Run failing = run("pack", "test", dir.toString());
        assertThat(failing.status()).isEqualTo(SmartVillageCli.FAILURES);
        assertThat(failing.out()).contains("FAIL");
    }

    @Test
    void inBothLanguages_whatIsTheSameInBoth_isSaidOnce() {
        // The example pack's citation has no date and no note, so it reads the same in both languages.
        Run r = run("evaluate", "--pack", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS, QUANG_MINH);
        assertThat(r.status()).isZero();
        List<String> sources = r.out().lines().filter(l -> l.strip().startsWith("source / nguồn: ")).toList();
        assertThat(sources).isNotEmpty().allSatisfy(l -> {
            String said = l.strip().substring("source / nguồn: ".length());
            assertThat(said).as("said twice: %s", l).doesNotMatch("(.+) / \\1");
        });
        assertThat(sources).anySatisfy(l -> assertThat(l).endsWith("Tiêu chí thôn thông minh tỉnh Bắc Giang (Văn phòng Điều phối NTM tỉnh; "
                + "số quyết định chưa xác định)"));
    }

    @Test
    void explain_givesEverySentence_andWhatWouldCloseTheGap() {
        Run r = run("explain", "--pack", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS,
                QUANG_MINH, "--unit", "thon-minh-hoa", "--lang", "en");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Thôn minh họa", "999/4,000", "to do: Thôn minh họa (số liệu giả định) — Share of residents").contains("1 more");
        Run unknown = run("explain", "--pack", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS,
                QUANG_MINH, "--unit", "thon-minh-hoaa");
        assertThat(unknown.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(unknown.err()).contains("did you mean 'thon-minh-hoa'?");
    }
}
