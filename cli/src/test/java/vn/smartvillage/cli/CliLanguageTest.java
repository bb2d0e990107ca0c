package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.cli.CliTest.EXAMPLE_PACKS;
import static vn.smartvillage.cli.CliTest.KHA_LY_THUONG;
import static vn.smartvillage.cli.CliTest.QUANG_MINH;
import static vn.smartvillage.cli.CliTest.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.smartvillage.cli.CliTest.Run;

/** Issue 18, point 5: the command line in the user's language, as the user runs it. */
class CliLanguageTest {

    /**
     * English words of the kinds the command printed under {@code --lang vi} before (statuses, labels of the
     * text report, words before a line, words of pack show and explain), matched as whole words.
     */
    static final List<String> ENGLISH = List.of("met", "not met", "missing data", "not applicable", "target by", "source",
            "to do", "first", "among", "below", "wrote", "warning", "error", "fix", "certification", "criterion", "requires",
            "in force", "all of", "any of", "at least", "cannot", "required", "more", "fewer", "village", "commune",
            "province", "yes", "no");

    /** The English words of {@link #ENGLISH} left in {@code text} once ids, paths and citations are taken out. */
    static List<String> english(String text) {
        // Ids (vn.bac-giang.…, thon-minh-hoa), paths and file names are the user's or the pack's, not words.
        // Citations quote their sources as written (an English news agency, say): the pack's data, not the command's words.
        String words = text.replaceAll("(?m)(nguồn|source): .*$", " ").replaceAll("[\\w.-]*[./@][\\w./@-]*", " ").replaceAll("\\[[^\\]]*]", " ").replaceAll("\\b[a-z]+-[\\w-]+", " ")
                .toLowerCase(java.util.Locale.ROOT);
        return ENGLISH.stream().filter(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(words).find())
                .toList();
    }

    @Test
    void evaluate_inVietnamese_hasNoEnglishWordsLeft() {
        Run r = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--lang", "vi");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("đạt", "nguồn: ", "THÔN Khả Lý Thượng", "yêu cầu");
        assertThat(english(r.out())).as(r.out()).isEmpty();
        Run en = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--lang", "en");
        assertThat(en.out()).contains("met", "source: ", "VILLAGE Khả Lý Thượng").doesNotContain("nguồn:", "yêu cầu", "thiếu dữ liệu");
    }

    /** Khả Lý Thượng's and Quảng Minh's recognitions (the Bắc Giang province sample) beside the verdicts, in the language asked. */
    @Test
    void recognitions_showBesideTheComputedVerdicts_inTheLanguageAsked() {
        String province = "../criteria-vn/src/main/resources/vn/smartvillage/criteria/vn/packs/data/bac-giang-province.json";
        Run vi = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", province, "--lang", "vi");
        assertThat(vi.status()).as(vi.err()).isZero();
        String village = vi.out().substring(vi.out().indexOf("THÔN Khả Lý Thượng [kha-ly-thuong]"));
        // Under the village, after its own verdicts and before the next unit: the recognition and the pack's verdict.
        assertThat(village.substring(0, village.indexOf("\n\n"))).contains("  * được công nhận \"",
                "(quyết định: không nêu; ngày: không nêu; cơ quan ban hành: không nêu); kết quả tính theo gói: thiếu dữ liệu");
        String commune = vi.out().substring(vi.out().indexOf("XÃ Quảng Minh [quang-minh]"));
        assertThat(commune.substring(0, commune.indexOf("\n\n"))).contains("* được công nhận \"xã NTM kiểu mẫu (đầu tiên của tỉnh)\"",
                "kết quả tính theo gói: không có (danh hiệu gói không định nghĩa)");
        assertThat(vi.out()).contains("QUYẾT ĐỊNH CÔNG NHẬN", "  Khả Lý Thượng [kha-ly-thuong]: được công nhận",
                "  Quảng Minh [quang-minh]: được công nhận", "  Đã được công nhận nhưng số liệu chưa đạt:",
                "  Số liệu đạt nhưng chưa ghi nhận quyết định công nhận:");
        assertThat(english(vi.out())).as(vi.out()).isEmpty();
        Run en = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", province, "--lang", "en");
        assertThat(en.out()).contains("OFFICIAL RECOGNITIONS", "  * recognised as \"model new-rural commune (the province's first)\" "
                + "(decision: not stated; date: not stated; issuer: not stated); computed by the pack: none (a title the pack does not define)",
                "  Recognised, but the figures do not meet it:", "  Met by the figures, but no recognition recorded:")
                .doesNotContain("được công nhận", "không nêu");
    }

    @Test
    void explain_andUserErrors_inVietnamese(@TempDir Path dir) {
        Run r = run("explain", "--pack", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS, QUANG_MINH, "--unit",
                "thon-minh-hoa", "--lang", "vi");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("cần làm: Thôn minh họa (số liệu giả định) — Tỷ lệ", "thêm 1");
        assertThat(english(r.out())).as(r.out()).isEmpty();

        Run unit = run("explain", "--pack", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS, QUANG_MINH, "--unit",
                "thon-minh-hoaa", "--lang", "vi");
        assertThat(unit.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(unit.err()).startsWith("lỗi: bộ dữ liệu không có đơn vị 'thon-minh-hoaa'; có phải ý bạn là 'thon-minh-hoa'?")
                .contains("  cách sửa: ");
        assertThat(english(unit.err())).as(unit.err()).isEmpty();

        Run pack = run("evaluate", "--pack", "vn.bac-giang.ntm-digitl", KHA_LY_THUONG, "--lang", "vi");
        assertThat(pack.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(pack.err()).startsWith("lỗi: không có gói 'vn.bac-giang.ntm-digitl'").contains("cách sửa: chạy");
        assertThat(english(pack.err())).as(pack.err()).isEmpty();

        Run out = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--lang", "vi", "-o",
                dir.resolve("no/such/x.html").toString());
        assertThat(out.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(english(out.err())).as(out.err()).isEmpty();

        Run wrote = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", KHA_LY_THUONG, "--lang", "vi", "--format", "json", "-o",
                dir.resolve("x.json").toString());
        assertThat(wrote.status()).isZero();
        assertThat(wrote.err()).startsWith("đã ghi ");
        // Without --lang, the words scripts look for stay English.
        assertThat(run("evaluate", "--pack", "vn.bac-giang.ntm-digitl", KHA_LY_THUONG).err()).startsWith("error: ");
    }

    @Test
    void packShow_printsTheRequirementTreeInWords_inBothLanguages() {
        Run vi = run("pack", "show", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS, "--lang", "vi");
        assertThat(vi.status()).isZero();
        assertThat(vi.out()).doesNotContain("AllOf[", "Meets[", "criterionId=").contains("danh hiệu ", "    yêu cầu:", "      ");
        assertThat(english(vi.out())).as(vi.out()).isEmpty();
        Run en = run("pack", "show", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS, "--lang", "en");
        assertThat(en.out()).doesNotContain("AllOf[", "Meets[").contains("    requires:", "meets \"");
        // A certification over the units below names them and the certification by its name.
        Run nested = run("pack", "show", "vn.bac-giang.ntm-digital", "--lang", "en");
        assertThat(nested.out()).doesNotContain("AllOf[", "ChildrenCertified[", "Meets[");
    }

    @Test
    void missingData_namesTheMetrics_roundedValuesReadApproximately_andYesNoRulesSayYes() {
        Run en = run("evaluate", "--pack", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS, QUANG_MINH, "--lang", "en");
        assertThat(en.out()).contains("missing data: fibre and 3G/4G reach the village", "999/4,000 ≈ 24.98 % (required ≥ 25 %): not met",
                "1,100/4,000 = 27.5 % (required ≥ 25 %): met", "yes (required: yes): met")
                .doesNotContain("missing data: bg.", "999/4,000 = ", "yes (required ≥ 1)");
        Run vi = run("evaluate", "--pack", "example.bac-giang.smart-village", "--packs", EXAMPLE_PACKS, QUANG_MINH, "--lang", "vi");
        assertThat(vi.out()).contains("thiếu dữ liệu: hạ tầng Internet cáp quang và di động 3G/4G đến thôn", "999/4.000 ≈ 24,98 % (yêu cầu ≥ 25 %)",
                "1.100/4.000 = 27,5 % (yêu cầu ≥ 25 %): đạt", "có (yêu cầu: có): đạt").doesNotContain("thiếu dữ liệu: bg.");
        assertThat(english(vi.out())).as(vi.out()).isEmpty();
    }

    @Test
    void packTest_writesJsonAndJUnit_andFiltersCasesByName(@TempDir Path dir) throws Exception {
        Run json = run("pack", "test", EXAMPLE_PACKS, "--format", "json");
        assertThat(json.status()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(json.out());
        assertThat(root.get("passed").asBoolean()).isTrue();
        // Two of the Bắc Giang example, one each of my-province, the national extension and the Annex I example.
        assertThat(root.get("cases").asInt()).isEqualTo(5);
        assertThat(root.get("packs").get(0).get("pack").asString()).isEqualTo("example.bac-giang.smart-village@1");
        assertThat(root.get("packs").get(0).get("cases").get(0).get("name").asString()).startsWith("Khả Lý Thượng");

        // A failing case, as CliTest makes it: the threshold raised past the case's value.
        Files.writeString(dir.resolve("bad.json"), Files.readString(Path.of(EXAMPLE_PACKS, "my-province.json"))
                .replace("\">= 30 %\"", "\">= 27 %\""));
        Files.copy(Path.of(EXAMPLE_PACKS, "bac-giang-smart-village.json"), dir.resolve("bac-giang-smart-village.json"));
        Files.createDirectories(dir.resolve("cases"));
        Files.copy(Path.of(EXAMPLE_PACKS, "cases/kha-ly-thuong.json"), dir.resolve("cases/kha-ly-thuong.json"));
        Run junit = run("pack", "test", dir.toString(), "--format", "JUNIT", "--lang", "vi");
        assertThat(junit.status()).isEqualTo(SmartVillageCli.FAILURES);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(suites.getAttribute("tests")).isEqualTo(String.valueOf(xml.getElementsByTagName("testcase").getLength()));
        assertThat(suites.getAttribute("failures")).isEqualTo(String.valueOf(failures.getLength()));
        assertThat(failures.getLength()).isPositive();
        for (int i = 0; i < failures.getLength(); i++) {
            // Only the pack whose threshold was raised fails, and its differences are said in Vietnamese.
            assertThat(((Element) failures.item(i).getParentNode()).getAttribute("classname")).isEqualTo("example.my-province@2024.1");
            assertThat(failures.item(i).getTextContent()).contains("chưa đạt");
        }
        Run failingJson = run("pack", "test", dir.toString(), "--format", "json");
        JsonNode f = JsonMapper.builder().build().readTree(failingJson.out());
        assertThat(f.get("failures").asInt()).isEqualTo(failures.getLength());
        assertThat(f.get("passed").asBoolean()).isFalse();

        // --case: a name or a glob; a filter that matches nothing is a user error.
        Run one = run("pack", "test", EXAMPLE_PACKS, "--format", "json", "--case", "A near miss*");
        JsonNode o = JsonMapper.builder().build().readTree(one.out());
        assertThat(o.get("cases").asInt()).isEqualTo(1);
        assertThat(o.get("packs").get(0).get("cases").get(0).get("name").asString()).startsWith("A near miss");
        Run passingOnly = run("pack", "test", dir.toString(), "--case", "Khả Lý Thượng*");
        assertThat(passingOnly.status()).isZero();
        assertThat(passingOnly.out()).contains("PASS").doesNotContain("FAIL");
        Run none = run("pack", "test", EXAMPLE_PACKS, "--case", "no-such-case", "--lang", "vi");
        assertThat(none.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(none.err()).startsWith("lỗi: không có ca kiểm thử nào khớp 'no-such-case'");
    }

    @Test
    void exitCodes_stayDistinct() {
        assertThat(List.of(SmartVillageCli.OK, SmartVillageCli.FAILURES, SmartVillageCli.BAD_INPUT, SmartVillageCli.BUG,
                SmartVillageCli.OUT_OF_MEMORY)).doesNotHaveDuplicates();
        assertThat(run("--help").out()).contains("4 out of memory", "3 a bug", "2 bad input", "1 rules not met");
    }
}
