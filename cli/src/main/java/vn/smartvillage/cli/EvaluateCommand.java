package vn.smartvillage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.report.CsvReport;
import vn.smartvillage.report.HtmlReport;
import vn.smartvillage.report.JsonReport;
import vn.smartvillage.report.MarkdownReport;
import vn.smartvillage.rules.RulePack;

/** {@code smartvillage evaluate}: a dataset against a pack, as a report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class,
        description = {"Evaluates a dataset with the rule pack in force on its date and writes the report.",
            "Đánh giá bộ số liệu theo gói quy tắc có hiệu lực và ghi báo cáo."})
final class EvaluateCommand implements Callable<Integer> {

    /** The report formats. */
    enum Format {
        /** Plain text, indented by level. */
        text,
        /** The JSON report of docs/assessment.schema.json. */
        json,
        /** One row per result. */
        csv,
        /** Markdown, one section per level. */
        md,
        /** A self-contained HTML page. */
        html
    }

    @Spec
    CommandSpec spec;

    @Mixin
    EvaluationInput input;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json, csv, md or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG", description = "vi or en; text and md reports in one language (default: both for text, en for md)")
    Lang lang;

    @Option(names = "--fail-on-not-met", description = "exit with status 1 when a criterion, target or certification is not met")
    boolean failOnNotMet;


    @Option(names = "--no-progress", description = "never draw a progress bar on standard error")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, !noProgress);
        Inputs.Evaluated e = input.evaluate(progress);
        Dataset dataset = e.dataset();
        RulePack pack = e.pack();
        Assessment assessment = e.assessment();
        // Written as a stream, to the file or to standard output: a national report is never held whole.
        if (output != null) {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(assessment, dataset, pack, out);
            } catch (java.nio.file.NoSuchFileException x) {
                throw new UserError("cannot write " + output + ": its folder does not exist / không ghi được tệp: thư mục không tồn tại",
                        "create the folder first, or give -o a file in a folder that exists");
            } catch (java.nio.file.AccessDeniedException x) {
                throw new UserError("cannot write " + output + ": permission denied / không ghi được tệp: không có quyền",
                        "give -o a file you may write");
            } catch (java.io.IOException x) {
                String why = java.nio.file.Files.isDirectory(output) ? "it is a folder / đó là một thư mục" : String.valueOf(x.getMessage());
                throw new UserError("cannot write " + output + ": " + why, "give -o a file you may write, on a disk with room");
            }
            err.println("wrote " + output);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            write(assessment, dataset, pack, out);
            out.flush();
        }
        assessment.warnings().forEach(w -> err.println("warning: " + Lang.of(lang, w)));
        return failOnNotMet && anyNotMet(assessment) ? SmartVillageCli.FAILURES : SmartVillageCli.OK;
    }

    private void write(Assessment assessment, Dataset dataset, RulePack pack, Writer out) throws IOException {
        switch (format) {
            case text -> TextReport.in(Lang.locales(lang)).render(assessment, dataset, out);
            case json -> JsonReport.write(assessment, pack, out);
            case csv -> CsvReport.write(assessment, true, out);
            case md -> MarkdownReport.write(assessment, pack, lang == Lang.vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH, out);
            case html -> HtmlReport.write(assessment, pack, out);
        }
    }

    private static boolean anyNotMet(Assessment a) {
        return a.units().stream().anyMatch(u -> u.criteria().stream().anyMatch(r -> r.status() == Status.NOT_MET)
                || u.targets().stream().anyMatch(t -> t.status() == Status.NOT_MET)
                || u.certifications().stream().anyMatch(c -> c.status() == Status.NOT_MET));
    }
}
