package vn.smartvillage.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.packs.RulePackRegistry;

/**
 * A way to write an assessment as a report, looked up by name. A report is written as a stream, one unit
 * (or table row) at a time, so memory holds one unit's results and never the whole report; it needs
 * nothing but the assessment, which carries its pack and dates.
 *
 * <table>
 *   <caption>The formats</caption>
 *   <tr><th>name</th><th>constant</th><th>what</th></tr>
 *   <tr><td>{@code json}</td><td>{@link #JSON}</td><td>the stable JSON of {@code docs/assessment.schema.json}, which
 *       {@link #readJson} reads back</td></tr>
 *   <tr><td>{@code csv}</td><td>{@link #CSV}</td><td>one row per unit and rule (criterion, target, certification),
 *       UTF-8 with CRLF line ends, starting with a byte-order mark so that spreadsheet programs read it as
 *       UTF-8</td></tr>
 *   <tr><td>{@code csv-no-bom}</td><td>{@link #CSV_NO_BOM}</td><td>the same rows without the byte-order mark, for
 *       programs that do not expect one</td></tr>
 *   <tr><td>{@code csv-semicolon}</td><td>{@link #CSV_SEMICOLON}</td><td>the same rows with {@code ;} between cells
 *       and a decimal comma ({@code 27,5}), with the byte-order mark: what a spreadsheet set to Vietnamese
 *       reads as numbers</td></tr>
 *   <tr><td>{@code markdown-vi}</td><td>{@link #MARKDOWN_VI}</td><td>a summary per level, in Vietnamese</td></tr>
 *   <tr><td>{@code markdown-en}</td><td>{@link #MARKDOWN_EN}</td><td>the same summary, in English</td></tr>
 *   <tr><td>{@code html}</td><td>{@link #HTML}</td><td>one self-contained page in both languages, opening in
 *       Vietnamese: a headline per certification and target, charts, the units nested province, commune, village
 *       with search and filters, the gaps closest first and the rules with their citations</td></tr>
 *   <tr><td>{@code html-en}</td><td>{@link #HTML_EN}</td><td>the same page, opening in English</td></tr>
 * </table>
 *
 * <p>The CSV columns are {@code unit_id, unit_name, level, province_id, province_name, district_id, district_name,
 * commune_id, commune_name, kind, rule_id, rule_name_vi, rule_name_en, status, numerator, denominator, percent,
 * threshold, gap, gap_direction, reason_vi, reason_en}: the unit, its parent chain (itself at its own level),
 * and the result; a certification row's reason is its explanation. A cell that a
 * spreadsheet would run as a formula (one starting with {@code = + - @}, a tab or a carriage return) is
 * written with a leading {@code '}; text from packs and datasets is escaped in Markdown and HTML.
 *
 * <pre>{@code
 * ReportFormat.named("html").write(assessment, Path.of("report.html"));
 * try (Writer out = Files.newBufferedWriter(Path.of("report.json"))) {
 *     ReportFormat.JSON.write(assessment, out);
 * }
 * }</pre>
 *
 * <p>An implementation writes the same text for equal assessments, to the writer as it goes (never
 * building the whole report first), and flushes the writer without closing it; it is immutable and
 * thread-safe.
 */
@API(status = STABLE, since = "0.1")
public interface ReportFormat {

    /** The stable JSON report, which {@link #readJson} reads back. */
    ReportFormat JSON = new BuiltInFormat("json", JsonReport::write, JsonReport::write);
    /** One row per result, UTF-8 with a byte-order mark, for spreadsheet programs. */
    ReportFormat CSV = new BuiltInFormat("csv", (a, out) -> {
        out.write('\uFEFF');
        CsvReport.write(a, out);
    });
    /** One row per result, UTF-8 without a byte-order mark. */
    ReportFormat CSV_NO_BOM = new BuiltInFormat("csv-no-bom", CsvReport::write);
    /**
     * One row per result, UTF-8 with a byte-order mark, cells separated by {@code ;} and the percent written with a
     * decimal comma: for a spreadsheet program set to Vietnamese (or another comma-decimal locale).
     */
    ReportFormat CSV_SEMICOLON = new BuiltInFormat("csv-semicolon", (a, out) -> {
        out.write('\uFEFF');
        CsvReport.write(a, out, ';');
    });
    /** A summary per level, in Vietnamese Markdown. */
    ReportFormat MARKDOWN_VI = new BuiltInFormat("markdown-vi", (a, out) -> MarkdownReport.write(a, Locale.forLanguageTag("vi"), out));
    /** A summary per level, in English Markdown. */
    ReportFormat MARKDOWN_EN = new BuiltInFormat("markdown-en", (a, out) -> MarkdownReport.write(a, Locale.ENGLISH, out));
    /** One self-contained HTML page in both languages, opening in Vietnamese. */
    ReportFormat HTML = new BuiltInFormat("html", HtmlReport::write);
    /** The same HTML page, opening in English; a button still switches to Vietnamese. */
    ReportFormat HTML_EN = new BuiltInFormat("html-en", (a, out) -> HtmlReport.write(a, Locale.ENGLISH, out));

    /**
     * Reads an assessment written by {@link ReportFormat#JSON}, judged by a pack of {@code registry}: the one
     * with the report's pack id and version, whose content hash must be the report's. It refuses a report
     * changed since it was written: its {@code digest} must be the SHA-256 of the rest, every verdict must
     * follow from the figures beside it and the pack's rules, and writing what was read must give back the
     * same report, explanations included (they are made again from the rest and compared). The digest shows
     * an edit made by hand or by a tool that does not know it; it is not a signature, which a report handed
     * between offices should also carry.
     *
     * <p>The report is read within {@link ReadLimits#DEFAULTS}: one of more than 32 MiB in UTF-8 is refused;
     * {@link #readJson(String, RulePackRegistry, ReadLimits)} reads a larger one.
     *
     * @param json     the report, as {@link ReportFormat#JSON} wrote it; not null
     * @param registry the packs to find the report's pack in, by its id and version; not null
     * @return the assessment the report holds, which carries the registry's pack
     * @throws SmartVillageException listing every problem, each at its JSON pointer: the registry has no pack
     *                               of that id or version, or its rules differ from the report's, or the report
     *                               was edited or is not one
     */
    static Assessment readJson(String json, RulePackRegistry registry) {
        return readJson(json, registry, ReadLimits.DEFAULTS);
    }

    /**
     * Reads an assessment as {@link #readJson(String, RulePackRegistry)} does, within {@code limits} (a national
     * report is larger than the default 32 MiB).
     *
     * @param json     the report, as {@link ReportFormat#JSON} wrote it; not null
     * @param registry the packs to find the report's pack in, by its id and version; not null
     * @param limits   the bounds the report is read within, not null
     * @return the assessment the report holds, which carries the registry's pack
     * @throws SmartVillageException listing every problem, each at its JSON pointer
     */
    static Assessment readJson(String json, RulePackRegistry registry, ReadLimits limits) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(limits, "limits");
        return JsonReport.read(json, registry, limits);
    }

    /** {@return the name the format is looked up by, such as {@code "html"}} */
    String name();

    /**
     * Writes {@code assessment} to {@code out}, one unit at a time. {@code out} is flushed, not closed.
     *
     * @param assessment the assessment to write, not null
     * @param out        where the report goes, not null; for a file, a writer that encodes UTF-8
     * @throws IOException if {@code out} fails
     */
    void write(Assessment assessment, Writer out) throws IOException;

    /**
     * Writes {@code assessment} to {@code file} in UTF-8, replacing what the file held, one unit at a time:
     * the default opens the file with {@link Files#newBufferedWriter(Path, java.nio.charset.Charset,
     * java.nio.file.OpenOption...)}, calls {@link #write(Assessment, Writer)} and closes the file. {@link #JSON}
     * writes the same bytes, encoding each character once as it goes.
     *
     * @param assessment the assessment to write, not null
     * @param file       the file to write, not null; its folder must exist
     * @throws IOException if the file cannot be written
     */
    default void write(Assessment assessment, Path file) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(assessment, out);
        }
    }

    /**
     * Writes the HTML report as pages into {@code folder}, for an assessment of several provinces: {@code index.html},
     * a national summary (the headline and a row per province with its certifications and targets, each linking to its
     * page), and one page per province, as {@link #HTML} writes a province's, named after the province's id
     * ({@code p01.html} for a province of id {@code p01}). An assessment of one province (or none) is one page,
     * {@code index.html}. Each page is written as a stream and holds both languages, opening in that of
     * {@code locale} ({@code vi}, else English).
     *
     * @param assessment the assessment, not null
     * @param folder     where the pages go, not null; created if missing. Files of those names are replaced
     * @param locale     the language the pages open in, not null
     * @return the files written, the summary first
     * @throws IOException if a page cannot be written
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1")
    static List<Path> writeHtmlPages(Assessment assessment, Path folder, Locale locale) throws IOException {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(locale, "locale");
        return HtmlPages.write(assessment, folder, locale);
    }

    /** {@return the formats the library writes, in the order of the table above} */
    static List<ReportFormat> all() {
        return List.of(JSON, CSV, CSV_NO_BOM, CSV_SEMICOLON, MARKDOWN_VI, MARKDOWN_EN, HTML, HTML_EN);
    }

    /**
     * Returns the format called {@code name}.
     *
     * @param name a name of {@link #all()}, such as {@code "html"}; not null, compared exactly
     * @return the format
     * @throws SmartVillageException if there is no such format: the message lists the names there are, in
     *                               Vietnamese and English
     */
    static ReportFormat named(String name) {
        Objects.requireNonNull(name, "name");
        for (ReportFormat f : all()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        List<String> names = all().stream().map(ReportFormat::name).toList();
        String known = String.join(", ", names);
        Location where = Places.formatName(name);
        Problem unknown = Suggestions.closest(name, names)
                .map(c -> Problem.of("report.format.unknownClose", where, "name", name, "closest", c, "known", known))
                .orElseGet(() -> Problem.of("report.format.unknown", where, "name", name, "known", known));
        throw new SmartVillageException("no such report format", List.of(unknown));
    }
}
