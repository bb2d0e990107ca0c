package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.cli.CliTest.Run;

/**
 * Every input a province keeps, through the command line as a user runs it: CSV tables with their mapping,
 * a folder, standard input, an .xlsx workbook; and the user's mistakes with their exit status and message.
 */
class CliInputsTest {

    static final Path CSV = Path.of("../examples/src/main/resources/data/csv");
    static final String PACK = "example.bac-giang.smart-village";

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return CliTest.run(args);
    }

    /** The example pack, over {@code data}, as the CSV report (every unit and rule with its status). */
    private static Run csvReport(String... data) {
        List<String> args = new java.util.ArrayList<>(List.of("evaluate", "--pack", PACK, "--packs", CliTest.EXAMPLE_PACKS,
                "--format", "csv-no-bom", "--no-progress"));
        args.addAll(List.of(data));
        return run(args.toArray(String[]::new));
    }

    /** The unit, rule and status columns of a CSV report: what must not depend on the form the data came in. */
    private static List<String> verdicts(String report) {
        List<String> header = List.of(report.lines().findFirst().orElseThrow().split(",", -1));
        int kind = header.indexOf("kind");
        int rule = header.indexOf("rule_id");
        int status = header.indexOf("status");
        assertThat(List.of(kind, rule, status)).as(header.toString()).doesNotContain(-1);
        return report.lines().skip(1).map(l -> {
            String[] c = l.split(",", -1);
            return c[0] + " " + c[kind] + " " + c[rule] + " " + c[status];
        }).sorted().toList();
    }

    @Test
    void csvTablesWithTheirMapping_namedByOption_positionally_orAsAFolder_giveTheJsonDatasetsVerdicts() {
        Run json = csvReport(CliTest.QUANG_MINH);
        assertThat(json.status()).as(json.err()).isZero();

        Run options = csvReport("--data-date", "2023-01-24", "--units", CSV.resolve("don-vi.csv").toString(),
                "--observations", CSV.resolve("thon.csv").toString(), "--observations", CSV.resolve("xa.csv").toString(),
                "--organisations", CSV.resolve("to-chuc.csv").toString(), "--mapping", CSV.resolve("cot.json").toString());
        assertThat(options.status()).as(options.err()).isZero();
        assertThat(options.err()).isEmpty();
        assertThat(verdicts(options.out())).isEqualTo(verdicts(json.out())).isNotEmpty();

        // Tables told apart by their headers, in any order.
        Run positional = csvReport("--as-of", "2023-01-24", CSV.resolve("thon.csv").toString(), CSV.resolve("xa.csv").toString(),
                CSV.resolve("to-chuc.csv").toString(), CSV.resolve("don-vi.csv").toString(), "--mapping", CSV.resolve("cot.json").toString());
        assertThat(positional.status()).as(positional.err()).isZero();
        assertThat(verdicts(positional.out())).isEqualTo(verdicts(json.out()));

        // A folder: its tables, and its .json file as their mapping.
        Run folder = csvReport("--data-date", "24/01/2023", CSV.toString());
        assertThat(folder.status()).as(folder.err()).isZero();
        assertThat(verdicts(folder.out())).isEqualTo(verdicts(json.out()));
    }

    @Test
    void aFolderWithOneJsonDataset_isThatDataset_andStandardInputIsRead() throws IOException {
        Path only = Files.createDirectories(dir.resolve("only"));
        Files.copy(Path.of(CliTest.QUANG_MINH), only.resolve("quang-minh.json"));
        Run json = csvReport(CliTest.QUANG_MINH);
        Run folder = csvReport(only.toString());
        assertThat(folder.status()).as(folder.err()).isZero();
        assertThat(folder.out()).isEqualTo(json.out());

        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(CliTest.QUANG_MINH))));
            Run stdin = csvReport("-");
            assertThat(stdin.status()).as(stdin.err()).isZero();
            assertThat(stdin.out()).isEqualTo(json.out());
            System.setIn(new ByteArrayInputStream("{ \"asOf\": \"2023-01-24\", \"units\": [ ".getBytes(StandardCharsets.UTF_8)));
            Run broken = csvReport("-");
            assertThat(broken.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
            assertThat(broken.err()).contains("stdin").doesNotContain("\tat ");
        } finally {
            System.setIn(before);
        }
    }

    /** The example tables as a workbook: a sheet per table, Vietnamese headers, numbers as numbers. */
    private Path workbook(String residentsOfThonMinhHoa) throws IOException {
        Path book = dir.resolve("so-lieu.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            sheet(wb, "Đơn vị", grouped, new Object[][] {{"Mã", "Cấp trên", "Cấp", "Tên"},
                {"bac-giang", null, "tỉnh", "Bắc Giang"}, {"viet-yen", "bac-giang", "huyện", "Việt Yên"},
                {"quang-minh", "viet-yen", "xã", "Quảng Minh"}, {"kha-ly-thuong", "quang-minh", "thôn", "Khả Lý Thượng"},
                {"xa-minh-hoa", "viet-yen", "xã", "Xã minh họa"}, {"thon-minh-hoa", "xa-minh-hoa", "thôn", "Thôn minh họa"}});
            Object residents = residentsOfThonMinhHoa.chars().allMatch(Character::isDigit) ? (Object) Double.valueOf(residentsOfThonMinhHoa)
                    : residentsOfThonMinhHoa;
            sheet(wb, "Thôn", grouped, new Object[][] {{"Mã thôn", "Tên thôn", "Số nhân khẩu", "Số người có định danh điện tử",
                "Cáp quang và 3G/4G đến thôn", "Cán bộ thôn dùng nền tảng số", "Camera an ninh", "Mô hình CNTT: an ninh",
                "Mô hình CNTT: sản xuất - kinh doanh", "Mô hình CNTT: nông nghiệp"},
                {"kha-ly-thuong", "Khả Lý Thượng", 4000.0, 1100.0, null, null, "có", Boolean.TRUE, "có"},
                // A row the sheet leaves empty, then one with a gap: row numbers stay the sheet's own.
                {},
                {"thon-minh-hoa", "Thôn minh họa", residents, 999.0, "có", "có", null, null, null, "có"}});
            sheet(wb, "Xã", grouped, new Object[][] {{"Mã xã", "Số hồ sơ công việc", "Số hồ sơ xử lý trên môi trường mạng"},
                {"xa-minh-hoa", 1000.0, "550"}});
            sheet(wb, "Tổ chức", grouped, new Object[][] {{"Mã", "Tên", "Loại", "Đơn vị"},
                {"htx-gac-viet", "HTX Nông nghiệp Gấc Việt", "hợp tác xã", "kha-ly-thuong"}});
            wb.write(out);
        }
        return book;
    }

    private static void sheet(XSSFWorkbook wb, String name, CellStyle grouped, Object[][] rows) {
        Sheet s = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length == 0) {
                continue;
            }
            Row row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Double d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(grouped);
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    cell.setCellValue((String) v);
                }
            }
        }
    }

    @Test
    void anXlsxWorkbook_aSheetPerTable_withTheSameMapping_givesTheSameVerdicts() throws IOException {
        Path book = workbook("4000");
        Path mapping = Files.copy(CSV.resolve("cot.json"), dir.resolve("cot.json"));
        Run json = csvReport(CliTest.QUANG_MINH);
        Run xlsx = csvReport("--data-date", "2023-01-24", book.toString(), "--mapping", mapping.toString());
        assertThat(xlsx.status()).as(xlsx.err()).isZero();
        assertThat(verdicts(xlsx.out())).isEqualTo(verdicts(json.out()));
        // The folder that holds the workbook and its mapping.
        Run folder = csvReport("--data-date", "2023-01-24", dir.toString());
        assertThat(folder.status()).as(folder.err()).isZero();
        assertThat(verdicts(folder.out())).isEqualTo(verdicts(json.out()));
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("smartvillage-xlsx")))
                    .as("the sheets' temporary CSV files are deleted").isEmpty();
        }
    }

    @Test
    void aBadCellOfAWorkbook_namesTheFileTheSheetTheRowAndTheColumn() throws IOException {
        Path book = workbook("bốn nghìn");
        Path mapping = Files.copy(CSV.resolve("cot.json"), dir.resolve("cot.json"));
        Run r = csvReport("--data-date", "2023-01-24", book.toString(), "--mapping", mapping.toString());
        assertThat(r.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(r.err()).contains("so-lieu.xlsx [Thôn] row 4, column 'Số nhân khẩu'", "bốn nghìn").doesNotContain("\tat ");

        Path notABook = Files.writeString(dir.resolve("broken.xlsx"), "not a zip");
        Run broken = csvReport("--data-date", "2023-01-24", notABook.toString(), "--mapping", mapping.toString());
        assertThat(broken.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(broken.err()).contains("error: cannot read the workbook " + notABook, "không đọc được sổ tính",
                "fix: check that it is an .xlsx workbook").doesNotContain("\tat ");

        Run xls = csvReport(Files.writeString(dir.resolve("old.xls"), "x").toString());
        assertThat(xls.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(xls.err()).contains("only .xlsx workbooks and CSV tables are read", "save it as an .xlsx workbook");
    }

    @Test
    void aFolderHoldingAnXlsFile_saysItIsNotRead_neverSkipsIt() throws IOException {
        // Before, the folder's .xls was left out without a word, and its figures were missing from the report.
        Path folder = Files.createDirectories(dir.resolve("so-lieu"));
        for (String f : List.of("don-vi.csv", "thon.csv", "xa.csv", "to-chuc.csv", "cot.json")) {
            Files.copy(CSV.resolve(f), folder.resolve(f));
        }
        Files.writeString(folder.resolve("ho.xls"), "x");
        Run r = csvReport("--data-date", "2023-01-24", folder.toString());
        assertThat(r.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(r.err()).contains("ho.xls", "only .xlsx workbooks and CSV tables are read", "save it as an .xlsx workbook",
                "lưu").doesNotContain("\tat ");
        Files.delete(folder.resolve("ho.xls"));
        assertThat(csvReport("--data-date", "2023-01-24", folder.toString()).status()).isZero();
    }

    @Test
    void severalFormats_areWrittenFromOneEvaluation_intoAFolder() throws IOException {
        Path out = dir.resolve("bao-cao");
        Run r = run("evaluate", "--pack", PACK, "--packs", CliTest.EXAMPLE_PACKS, CliTest.QUANG_MINH, "--no-progress",
                "--format", "json,html,xlsx,csv", "-o", out + "/");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(out.resolve("report.json")).content(java.nio.charset.StandardCharsets.UTF_8).startsWith("{\n  \"format\" : 2,");
        assertThat(out.resolve("index.html")).content(java.nio.charset.StandardCharsets.UTF_8).contains("<html lang=\"vi\">");
        assertThat(out.resolve("report.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("report.csv")).content(java.nio.charset.StandardCharsets.UTF_8).contains("rule_id");
        // The same report as one format alone.
        Run json = run("evaluate", "--pack", PACK, "--packs", CliTest.EXAMPLE_PACKS, CliTest.QUANG_MINH, "--no-progress",
                "--format", "json");
        assertThat(out.resolve("report.json")).content(java.nio.charset.StandardCharsets.UTF_8).isEqualTo(json.out());

        Run noFolder = run("evaluate", "--pack", PACK, "--packs", CliTest.EXAMPLE_PACKS, CliTest.QUANG_MINH, "--format", "json,html",
                "-o", dir.resolve("x.json").toString());
        assertThat(noFolder.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(noFolder.err()).contains("several formats (json,html) are written only into a folder", "-o reports/");
        Run unknown = run("evaluate", "--pack", PACK, "--packs", CliTest.EXAMPLE_PACKS, CliTest.QUANG_MINH, "--format", "json,htm",
                "-o", out + "/");
        assertThat(unknown.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
    }

    @Test
    void tablesWithoutADate_orMixedWithAJsonDataset_areTheUsersToFix() throws IOException {
        // The "evaluate … thon.csv": no more a raw parser message.
        Run noDate = csvReport(CSV.resolve("thon.csv").toString());
        assertThat(noDate.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(noDate.err()).contains("error: CSV tables and workbooks do not say the day their figures describe",
                "fix: give the day with --data-date yyyy-mm-dd", "--data-date").doesNotContain("\tat ");

        Run mixed = csvReport(CliTest.QUANG_MINH, CSV.resolve("thon.csv").toString());
        assertThat(mixed.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(mixed.err()).contains("cannot be read together with CSV tables");

        Run empty = csvReport(Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(empty.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(empty.err()).contains("holds no dataset", "thư mục");

        Run none = run("evaluate", "--pack", PACK, "--packs", CliTest.EXAMPLE_PACKS);
        assertThat(none.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(none.err()).contains("error: no dataset is given / chưa có bộ số liệu nào");
    }

    @Test
    void theSizeLimit_isRaisedFromTheCommandLine_andItsRefusalSaysHow() throws IOException {
        String text = Files.readString(Path.of(CliTest.QUANG_MINH));
        Path big = Files.writeString(dir.resolve("big.json"), text.replaceFirst("\\{", "{" + " ".repeat(1_200_000)));
        Run refused = csvReport("--max-dataset-size", "1", big.toString());
        assertThat(refused.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(refused.err()).contains("larger than the limit of 1048576 bytes",
                "fix: if the file is right, raise the limit with --max-dataset-size MIB (now 1 MiB)",
                "nâng giới hạn bằng --max-dataset-size").doesNotContain("\tat ");
        assertThat(csvReport("--max-dataset-size", "2", big.toString()).status()).isZero();

        Run units = csvReport("--max-units", "2", "--data-date", "2023-01-24", CSV.toString());
        assertThat(units.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(units.err()).contains("--max-units N (now 2)");
        assertThat(csvReport("--max-dataset-size", "0", big.toString()).err()).contains("--max-dataset-size cannot be 0");
    }

    @Test
    void datesInEitherForm_andAWrongOneNamesTheForms_withoutTheUsageText() {
        Run vn = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", CliTest.KHA_LY_THUONG, "--as-of", "24/01/2023", "--lang", "en");
        Run iso = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", CliTest.KHA_LY_THUONG, "--as-of", "2023-01-24", "--lang", "en");
        assertThat(vn.status()).as(vn.err()).isZero();
        assertThat(vn.out()).isEqualTo(iso.out());
        for (String wrong : List.of("2023/01/24", "01/24/2023", "31/02/2024", "hôm qua")) {
            Run r = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", CliTest.KHA_LY_THUONG, "--as-of", wrong);
            assertThat(r.status()).as(wrong).isEqualTo(SmartVillageCli.BAD_INPUT);
            assertThat(r.err()).as(wrong).contains("error: the date '" + wrong + "' of --as-of is not a day written yyyy-mm-dd or dd/mm/yyyy",
                    "fix: write --as-of as yyyy-mm-dd, such as 2023-01-24", "dd/mm/yyyy")
                    .doesNotContain("Usage:", "java.", "LocalDate", "\tat ");
        }
        assertThat(run("pack", "show", "vn.ntm.digital", "--as-of", "01/03/2026", "--lang", "en").out()).contains("vn.ntm.digital@2026-2030");
        Run lang = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", CliTest.KHA_LY_THUONG, "--lang", "fr");
        assertThat(lang.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(lang.err()).contains("--lang", "fix: see 'smartvillage evaluate --help'").doesNotContain("Usage:");
    }

    @Test
    void namesAsUsersTypeThem_formatAndLanguage_andPackListByEitherName() {
        Run upper = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", CliTest.KHA_LY_THUONG, "--format", "JSON", "--lang", "VI");
        assertThat(upper.status()).as(upper.err()).isZero();
        assertThat(upper.out()).isEqualTo(run("evaluate", "--pack", "vn.bac-giang.ntm-digital", CliTest.KHA_LY_THUONG, "--format", "json")
                .out());
        Run pack = run("pack", "list");
        assertThat(pack.status()).isZero();
        assertThat(pack.out()).isEqualTo(run("packs", "list").out()).contains("vn.ntm.digital");
    }

    @Test
    void anOutputFolderThatDoesNotExist_isExitTwo_withWhatWhereAndHow() {
        String output = dir.resolve("nonexistent/dir/x.html").toString();
        Run r = run("evaluate", "--pack", "vn.bac-giang.ntm-digital", CliTest.KHA_LY_THUONG, "--format", "html", "-o", output);
        assertThat(r.status()).isEqualTo(SmartVillageCli.BAD_INPUT);
        assertThat(r.err()).startsWith("error: cannot write " + output + ": its folder does not exist").contains("  fix: create the folder first")
                .doesNotContain("\tat ", "internal error");
    }
}
