package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import vn.smartvillage.cli.CliTest.Run;

/** The .xlsx report, as a user asks for it from the command line and opens it: the CSV report's rows, figures as numbers. */
class XlsxReportTest {

    @TempDir
    Path dir;

    private static Run evaluate(String... more) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--pack", CliInputsTest.PACK, "--packs", CliTest.EXAMPLE_PACKS,
                "--no-progress", CliTest.QUANG_MINH));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void theWorkbookHoldsTheCsvReportsRows_withTheFiguresAsNumbers() throws IOException {
        Path file = dir.resolve("bao-cao.xlsx");
        Run run = evaluate("--format", "XLSX", "--lang", "vi", "-o", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("đã ghi " + file);
        List<List<String>> csv = new ArrayList<>();
        try (CsvReader<CsvRecord> rows = CsvReader.builder().ofCsvRecord(evaluate("--format", "csv-no-bom").out())) {
            rows.forEach(r -> csv.add(r.getFields()));
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Kết quả");
            assertThat(cells(sheet.getRow(0), 22)).isEqualTo(csv.get(0));
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(csv.size());
            int numbers = 0;
            int certifications = 0;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                // The unit, its chain, the rule and its status read as the CSV's, row for row.
                assertThat(cells(row, 14)).isEqualTo(csv.get(i).subList(0, 14));
                Cell numerator = row.getCell(14);
                if (numerator != null) {
                    assertThat(numerator.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat((long) numerator.getNumericCellValue()).isEqualTo(Long.parseLong(csv.get(i).get(14)));
                    numbers++;
                }
                Cell percent = row.getCell(16);
                if (percent != null) {
                    assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(percent.getNumericCellValue()).isEqualTo(Double.parseDouble(csv.get(i).get(16)));
                }
                if ("certification".equals(row.getCell(9).getStringCellValue())) {
                    certifications++;
                    assertThat(row.getCell(14)).isNull();
                }
            }
            assertThat(numbers).isPositive();
            assertThat(certifications).isPositive();
        }
    }

    @Test
    void officialRecognitions_haveTheirRows_besideTheComputedVerdicts() throws IOException {
        // Khả Lý Thượng, recognised as Bắc Giang's first smart village (seed 001).
        Path file = dir.resolve("bac-giang.xlsx");
        Run run = CliTest.run("evaluate", "--pack", "vn.bac-giang.ntm-digital", CliTest.KHA_LY_THUONG, "--no-progress", "--format", "xlsx",
                "-o", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<List<String>> csv = new ArrayList<>();
        try (CsvReader<CsvRecord> rows = CsvReader.builder().ofCsvRecord(CliTest.run("evaluate", "--pack", "vn.bac-giang.ntm-digital",
                CliTest.KHA_LY_THUONG, "--no-progress", "--format", "csv-no-bom").out())) {
            rows.forEach(r -> csv.add(r.getFields()));
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum() + 1).as("the CSV report's rows, recognitions included").isEqualTo(csv.size());
            List<List<String>> recognitions = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if ("recognition".equals(sheet.getRow(i).getCell(9).getStringCellValue())) {
                    recognitions.add(cells(sheet.getRow(i), 22));
                }
            }
            assertThat(recognitions).extracting(r -> r.get(1)).containsExactly("Khả Lý Thượng");
            assertThat(recognitions).allSatisfy(r -> {
                assertThat(r.get(20)).contains("được công nhận");
                assertThat(r.get(21)).contains("recognised as");
            });
            assertThat(recognitions).anySatisfy(r -> assertThat(r.get(10)).isEqualTo("bg.smart-village"));
        }
    }

    @Test
    void aWorkbookIsNotWrittenToStandardOutput_andSaysHowToAskForOne() {
        Run run = evaluate("--format", "xlsx");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("an .xlsx workbook is a binary file").contains("-o report.xlsx")
                .contains("sổ tính .xlsx là tệp nhị phân").doesNotContain("\tat ");
        Run noFolder = evaluate("--format", "xlsx", "-o", dir.resolve("no/such/folder/r.xlsx").toString());
        assertThat(noFolder.status()).isEqualTo(2);
        assertThat(noFolder.err()).contains("its folder does not exist").doesNotContain("\tat ");
    }

    /** The first {@code n} cells of a row as text ("" for none), numbers as the CSV writes whole numbers. */
    private static List<String> cells(Row row, int n) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? Long.toString((long) cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return out;
    }
}
