package vn.smartvillage.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an .xlsx workbook sheet by sheet with Apache POI's streaming (SAX) reader, never holding a sheet
 * whole, and writes each sheet as a CSV file that {@link vn.smartvillage.io.DatasetCsv} reads with the
 * mapping, as it reads the tables a province saves as CSV. A sheet's row n is the CSV's line n, so a
 * problem names the sheet's own row; its column is named by its header.
 *
 * <p>Cells are written as their values, not as Excel displays them: a number formatted to no decimals
 * stays 27.5, never "28"; a number formatted as a percentage (0.275 shown as 27.5 %) is written as its
 * percentage, 27.5; TRUE and FALSE as true and false.
 */
final class Workbooks {

    private Workbooks() {
    }

    /** One sheet as a CSV file: its name in problems ({@code so-lieu.xlsx [Hộ]}) and the file. */
    record Sheet(String name, Path csv) {
    }

    /**
     * Writes every sheet of {@code workbook} that has a row into {@code folder}, as CSV in UTF-8.
     *
     * @throws UserError when the file is not an .xlsx workbook that can be read
     */
    static List<Sheet> toCsv(Path workbook, Path folder) throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        String file = String.valueOf(workbook.getFileName());
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            int n = 0;
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    Path csv = folder.resolve("sheet-" + (++n) + ".csv");
                    boolean any;
                    try (Writer out = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 16)) {
                        Rows rows = new Rows(out);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new Values(), false));
                        parser.parse(new InputSource(sheet));
                        rows.check();
                        any = rows.width >= 0;
                    }
                    if (any) {
                        sheets.add(new Sheet(file + " [" + it.getSheetName() + "]", csv));
                    }
                }
            }
        } catch (UserError | IOException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            throw unreadable(workbook, e);
        } catch (Exception e) {
            // POI's own: not a zip, not an Office file, encrypted, broken XML, a zip bomb refused.
            throw unreadable(workbook, e);
        }
        return sheets;
    }

    private static UserError unreadable(Path workbook, Exception e) {
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
        return new UserError(CliText.both("error.workbook.unreadable", "file", workbook, "reason", reason),
                CliText.both("fix.workbook"));
    }

    /** Writes rows as CSV lines: every value quoted, blank lines for rows the sheet leaves out. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Writer out;
        private final List<String> cells = new ArrayList<>();
        private int next;
        /** The header's width (its last non-empty cell), or -1 before the header. */
        private int width = -1;
        private IOException failure;

        Rows(Writer out) {
            this.out = out;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            try {
                for (; next < rowNum; next++) {
                    out.write('\n');
                }
            } catch (IOException e) {
                failure = e;
            }
        }

        @Override
        public void endRow(int rowNum) {
            int last = cells.size() - 1;
            while (last >= 0 && cells.get(last).isEmpty()) {
                last--;
            }
            try {
                if (last >= 0) {
                    if (width < 0) {
                        width = last + 1;
                    }
                    int end = Math.max(width, last + 1);
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < end; i++) {
                        String v = i < cells.size() ? cells.get(i) : "";
                        line.append(i == 0 ? "" : ",").append('"').append(v.replace("\"", "\"\"")).append('"');
                    }
                    out.write(line.toString());
                }
                out.write('\n');
            } catch (IOException e) {
                failure = e;
            }
            next = rowNum + 1;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        void check() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** A number as its value, never as it is displayed; a percentage as its percentage (0.275 → 27.5). */
    static final class Values extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return number(value, formatString);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            return number(value, formatString);
        }

        static String number(double value, String format) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            // The shortest decimal that is this double: 27.5 for 27.5, never 27.499999….
            BigDecimal d = BigDecimal.valueOf(value);
            if (percent(format)) {
                d = d.movePointRight(2);
            }
            return d.stripTrailingZeros().toPlainString();
        }

        /** Whether a number format shows a percentage: a % outside quotes and escapes. */
        static boolean percent(String format) {
            if (format == null) {
                return false;
            }
            boolean quoted = false;
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\\' || c == '_' || c == '*') {
                    i++;
                } else if (c == '%' && !quoted) {
                    return true;
                }
            }
            return false;
        }
    }
}
