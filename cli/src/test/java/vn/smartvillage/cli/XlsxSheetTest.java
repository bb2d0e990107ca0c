package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The workbook writer, read back by Apache POI as a spreadsheet program reads it. */
class XlsxSheetTest {

    @Property(tries = 300)
    void anyTextReadsBackAsItself(@ForAll("texts") String text) throws IOException {
        byte[] book = write(sheet -> {
            sheet.row();
            sheet.text(0, text);
            sheet.number(1, 7);
        });
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            Row row = read.getSheetAt(0).getRow(1);
            if (text.isEmpty()) {
                assertThat(row.getCell(0)).as("an empty text leaves the cell empty").isNull();
            } else {
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(text);
            }
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(7.0);
        }
    }

    /** Texts with what XML reserves or cannot hold, spaces at the ends, and look-alikes of the spreadsheet's escapes. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6),
                Arbitraries.of("&", "<", ">", "\"", "'", "\r", "\n", "\r\n", "\t", " ", "\u0000", "\u0001", "\u001F", "\uFFFE", "\uFFFF",
                        "_x0041_", "_x005F_", "_x00", "_xZZZZ_", "Khả Lý Thượng", "Nghệ An", "=HYPERLINK(\"x\")", "\uD83C\uDF3E"));
        return pieces.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }

    @Test
    void theSameRowsGiveTheSameBytes() throws IOException {
        XlsxSheetTest.Rows rows = sheet -> {
            for (int i = 0; i < 50; i++) {
                sheet.row();
                sheet.texts(0, List.of("Thôn " + i, "criterion"));
                sheet.number(2, i);
                sheet.percent(3, new BigDecimal("27.5"));
            }
        };
        byte[] first = write(rows);
        // Written a moment later, as the same assessment is tomorrow: nothing in the file says when it was written.
        try {
            Thread.sleep(2100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(write(rows)).isEqualTo(first);
    }

    @Test
    void theHeaderIsBoldAndFrozen_theRowsFiltered_andPercentsNumbersWithTheirFormat() throws IOException {
        byte[] book = write(sheet -> {
            sheet.row();
            sheet.text(0, "Thôn Khả Lý Thượng");
            sheet.percent(3, new BigDecimal("33.33"));
            sheet.row();
            sheet.number(2, -4);
        });
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = read.getSheet("Kết quả");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(read.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(read.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:D3");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(33.33);
            assertThat(sheet.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.##");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(-4.0);
            assertThat(sheet.getRow(1).getCell(1)).as("an empty text leaves the cell empty").isNull();
            assertThat(sheet.getRow(2).getCell(0)).isNull();
        }
    }

    @Test
    void aTextLongerThanACellHolds_isRefused_sayingHowToWriteIt() {
        String village = "Thôn " + "a".repeat(XlsxSheet.MAX_CELL_CHARS);
        assertThatThrownBy(() -> write(sheet -> {
            sheet.row();
            sheet.text(0, village);
        })).isInstanceOf(UserError.class).hasMessageContaining("32").hasMessageContaining("Thôn aaa");
        assertThat(XlsxSheet.column(0)).isEqualTo("A");
        assertThat(XlsxSheet.column(25)).isEqualTo("Z");
        assertThat(XlsxSheet.column(26)).isEqualTo("AA");
        assertThat(XlsxSheet.column(16383)).isEqualTo("XFD");
    }

    private interface Rows {
        void fill(XlsxSheet sheet) throws IOException;
    }

    private static byte[] write(Rows rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxSheet sheet = new XlsxSheet(out, "Kết quả", List.of("a", "b", "c", "d"));
        rows.fill(sheet);
        sheet.finish();
        return out.toByteArray();
    }
}
