package vn.smartvillage.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook of one sheet, written as a stream of rows: the Office Open XML parts an .xlsx holds, in a zip, with
 * the header row bold and frozen, an auto-filter over the rows written and a number format for percents. Only
 * the row being written is in memory; the sheet's XML goes straight to the compressor.
 *
 * <p>Why not a library: the report is one sheet of text and numbers, and the ones that stream it (Apache POI's
 * SXSSF, FastExcel) stamp each workbook with the time it was written (the package's creation date, each zip
 * entry's time), so the same assessment gives a different file every time. This writer stamps nothing: the
 * same rows give the same bytes. Text is written as inline strings (no table of shared strings that grows with
 * the report), and never as a formula.
 *
 * <p>Not thread-safe: one writer per workbook.
 */
final class XlsxSheet {

    /** Excel's limit of rows in a sheet, the header included. */
    static final int MAX_ROWS = 1_048_576;
    /** Excel's limit of characters in a cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** The cell styles of styles.xml: the default, bold (the header) and a percent with up to two decimals. */
    private static final int BOLD = 1;
    private static final int PERCENT = 2;

    /** The time every zip entry carries: the zip format's first day, so that no entry says when it was written. */
    private static final LocalDateTime NO_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final OutputStream out;
    private final ZipOutputStream zip;
    private final Writer xml;
    private final String name;
    private final int width;
    /** The cells of the row being filled: a String, a Long, or a BigDecimal (a percent); null for none. */
    private final Object[] cells;
    private int rows;
    private boolean filling;

    /**
     * Starts a workbook on {@code out} (flushed by {@link #finish()}, not closed) with one sheet named {@code name}, whose first
     * row is {@code header} in bold, frozen.
     */
    XlsxSheet(OutputStream out, String name, List<String> header) throws IOException {
        this.out = out;
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // The sheet's XML repeats itself row after row: the fastest level compresses it nearly as well as the default.
        zip.setLevel(Deflater.BEST_SPEED);
        this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        this.name = name;
        this.width = header.size();
        this.cells = new Object[width];
        part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>");
        part("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/></Relationships>");
        part("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.##\"/></numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
        entry("xl/worksheets/sheet1.xml");
        xml.write(XML);
        xml.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>"
                + "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><sheetData>");
        for (int c = 0; c < width; c++) {
            cells[c] = header.get(c);
        }
        filling = true;
        write(BOLD);
    }

    /** {@return the number of rows written, the header included} */
    int rows() {
        return rows;
    }

    /**
     * Starts the next row, writing the one filled before.
     *
     * @throws UserError if the sheet holds no more rows
     */
    void row() throws IOException {
        if (filling) {
            write(0);
        }
        if (rows >= MAX_ROWS) {
            throw new UserError(CliText.both("error.xlsx.rows", "max", MAX_ROWS - 1), CliText.both("fix.xlsx.rows"));
        }
        filling = true;
    }

    /** Puts {@code text} in column {@code column} of the row being filled; an empty text leaves the cell empty. */
    void text(int column, String text) {
        if (text.length() > MAX_CELL_CHARS) {
            throw new UserError(CliText.both("error.xlsx.cell", "max", MAX_CELL_CHARS, "start", text.substring(0, 40)),
                    CliText.both("fix.xlsx.cell"));
        }
        cells[column] = text.isEmpty() ? null : text;
    }

    /** Puts the texts in {@code texts} in the columns from {@code from} on; returns the column after them. */
    int texts(int from, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            text(from + i, texts.get(i));
        }
        return from + texts.size();
    }

    /** Puts the whole number {@code n} in column {@code column}. */
    void number(int column, long n) {
        cells[column] = n;
    }

    /** Puts {@code percent} in column {@code column}, written exactly as a decimal and shown with up to two decimals. */
    void percent(int column, BigDecimal percent) {
        cells[column] = percent;
    }

    /** Writes the last row, the auto-filter over every row and the workbook part, and flushes the stream. */
    void finish() throws IOException {
        if (filling) {
            write(0);
        }
        String range = "A1:" + column(width - 1) + rows;
        xml.write("</sheetData><autoFilter ref=\"" + range + "\"/></worksheet>");
        xml.flush();
        zip.closeEntry();
        part("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><bookViews><workbookView/></bookViews>"
                + "<sheets><sheet name=\"" + escaped(name) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames>"
                + "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">" + escaped("'" + name.replace("'", "''") + "'!")
                + "$A$1:$" + column(width - 1) + "$" + rows + "</definedName></definedNames></workbook>");
        zip.finish();
        out.flush();
    }

    /** Writes the filled row with {@code style} on its text cells, and empties it. */
    private void write(int style) throws IOException {
        int r = ++rows;
        xml.write("<row r=\"");
        xml.write(Integer.toString(r));
        xml.write("\">");
        for (int c = 0; c < width; c++) {
            Object cell = cells[c];
            if (cell == null) {
                continue;
            }
            cells[c] = null;
            xml.write("<c r=\"");
            xml.write(column(c));
            xml.write(Integer.toString(r));
            if (cell instanceof String s) {
                xml.write(style == 0 ? "\" t=\"inlineStr\"><is><t" : "\" s=\"" + style + "\" t=\"inlineStr\"><is><t");
                if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
                    xml.write(" xml:space=\"preserve\"");
                }
                xml.write('>');
                escape(s, xml);
                xml.write("</t></is></c>");
            } else {
                xml.write(cell instanceof BigDecimal ? "\" s=\"" + PERCENT + "\"><v>" : "\"><v>");
                xml.write(cell instanceof BigDecimal d ? d.toPlainString() : cell.toString());
                xml.write("</v></c>");
            }
        }
        xml.write("</row>");
        filling = false;
    }

    /** Column {@code c} (from 0) as a spreadsheet names it: A … Z, AA … */
    static String column(int c) {
        StringBuilder out = new StringBuilder(3);
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }

    /**
     * Writes {@code s} as the text of a cell: the characters XML reserves as entities, a carriage return as a
     * character reference (a parser would read it as a line feed), and what XML 1.0 cannot hold (control
     * characters, U+FFFE, U+FFFF) in the spreadsheet's own escape {@code _xHHHH_}, as is an underscore that
     * would otherwise begin one, so that the cell reads back as {@code s}.
     */
    static void escape(String s, Writer out) throws IOException {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String replacement;
            if (ch == '&') {
                replacement = "&amp;";
            } else if (ch == '<') {
                replacement = "&lt;";
            } else if (ch == '>') {
                replacement = "&gt;";
            } else if (ch == '\r') {
                replacement = "&#13;";
            } else if (ch < 0x20 && ch != '\t' && ch != '\n' || ch == '\uFFFE' || ch == '\uFFFF') {
                replacement = String.format(java.util.Locale.ROOT, "_x%04X_", (int) ch);
            } else if (ch == '_' && escapeLike(s, i)) {
                replacement = "_x005F_";
            } else {
                continue;
            }
            out.write(s, from, i - from);
            out.write(replacement);
            from = i + 1;
        }
        out.write(s, from, s.length() - from);
    }

    /** Whether the underscore at {@code i} begins {@code _xHHHH_}, which a spreadsheet would read as one character. */
    private static boolean escapeLike(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            char h = s.charAt(k);
            if (!(h >= '0' && h <= '9' || h >= 'A' && h <= 'F' || h >= 'a' && h <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String escaped(String s) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        escape(s, w);
        return w.toString().replace("\"", "&quot;");
    }

    private void part(String path, String content) throws IOException {
        entry(path);
        xml.write(XML);
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private void entry(String path) throws IOException {
        ZipEntry e = new ZipEntry(path);
        e.setTimeLocal(NO_TIME);
        zip.putNextEntry(e);
    }
}
