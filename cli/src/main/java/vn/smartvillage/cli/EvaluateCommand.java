package vn.smartvillage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.report.ReportFormat;

/** {@code smartvillage evaluate}: a dataset against a pack, as a report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class)
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EvaluationInput input;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = {"text (plain, indented by level), md"
        + " (markdown-vi or markdown-en, by --lang), xlsx (a workbook, with -o), or a report format: json, csv, csv-no-bom,"
        + " csv-semicolon, markdown-vi, markdown-en, html (html-en with --lang en), html-en"
        + " (default: ${DEFAULT-VALUE})"})
    String format;

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
        // Looked up before the evaluation, so that a mistyped format costs nothing; null for the text report.
        // Names as users type them: JSON, Html.
        String name = format.toLowerCase(java.util.Locale.ROOT);
        boolean xlsx = "xlsx".equals(name);
        if (xlsx && output == null) {
            throw new UserError(CliText.both("error.xlsx.noOutput"), CliText.both("fix.xlsx.noOutput"));
        }
        // md is the Markdown summary in --lang; html opens in English with --lang en (and stays switchable).
        String lookedUp = "md".equals(name) ? (lang == Lang.vi ? "markdown-vi" : "markdown-en")
                : "html".equals(name) && lang == Lang.en ? "html-en" : name;
        ReportFormat report = "text".equals(name) || xlsx ? null : ReportFormat.named(lookedUp);
        Progress progress = new Progress(err, !noProgress && Progress.onTerminal());
        Inputs.Evaluated e = input.evaluate(progress);
        codeWarnings(e, err);
        Dataset dataset = e.dataset();
        Assessment assessment = e.assessment();
        if (xlsx) {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(output))) {
                XlsxReport.write(assessment, lang == Lang.vi ? CliText.vi("xlsx.sheet") : CliText.en("xlsx.sheet"), out);
            } catch (java.nio.file.NoSuchFileException x) {
                throw new UserError(CliText.both("error.output.noFolder", "file", output), CliText.both("fix.output.noFolder"));
            } catch (java.nio.file.AccessDeniedException x) {
                throw new UserError(CliText.both("error.output.denied", "file", output), CliText.both("fix.output.denied"));
            }
            err.println(CliText.word("word.wrote", "file", output));
            warnings(assessment, err);
            return failOnNotMet && anyNotMet(assessment) ? SmartVillageCli.FAILURES : SmartVillageCli.OK;
        }
        // Written as a stream, to the file or to standard output: a national report is never held whole.
        if (output != null) {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(report, assessment, dataset, out);
            } catch (java.nio.file.NoSuchFileException x) {
                throw new UserError(CliText.both("error.output.noFolder", "file", output), CliText.both("fix.output.noFolder"));
            } catch (java.nio.file.AccessDeniedException x) {
                throw new UserError(CliText.both("error.output.denied", "file", output), CliText.both("fix.output.denied"));
            } catch (java.io.IOException x) {
                Object why = java.nio.file.Files.isDirectory(output) ? CliText.text("error.output.folder") : String.valueOf(x.getMessage());
                throw new UserError(CliText.both("error.output.other", "file", output, "reason", why), CliText.both("fix.output.other"));
            }
            err.println(CliText.word("word.wrote", "file", output));
        } else {
            PrintWriter out = spec.commandLine().getOut();
            write(report, assessment, dataset, out);
            out.flush();
        }
        if (report != null || output != null) {
            // The text report on standard output prints the warnings at its head: each warning once.
            warnings(assessment, err);
        }
        return failOnNotMet && anyNotMet(assessment) ? SmartVillageCli.FAILURES : SmartVillageCli.OK;
    }

    /** Prints the warnings of the check of official codes: the place, then the reason, in {@code --lang}. */
    private void codeWarnings(Inputs.Evaluated e, PrintWriter err) {
        for (vn.smartvillage.Problem p : e.codeWarnings()) {
            err.println(CliText.word("word.warning") + ": " + Lang.of(lang, p.location().text()));
            err.println("    " + Lang.of(lang, p.reason()).replace("\n  ", "\n    "));
        }
    }

    /** Prints each warning of the assessment once, in {@code --lang}. */
    private void warnings(Assessment assessment, PrintWriter err) {
        assessment.warnings().stream().distinct().forEach(w -> err.println(CliText.word("word.warning") + ": " + Lang.of(lang, w)));
    }

    private void write(ReportFormat report, Assessment assessment, Dataset dataset, Writer out) throws IOException {
        if (report == null) {
            TextReport.in(Lang.locales(lang)).render(assessment, dataset, out);
        } else {
            report.write(assessment, out);
        }
    }

    private static boolean anyNotMet(Assessment a) {
        return a.units().stream().anyMatch(u -> u.criteria().stream().anyMatch(r -> r.status() == Status.NOT_MET)
                || u.targets().stream().anyMatch(t -> t.status() == Status.NOT_MET)
                || u.certifications().stream().anyMatch(c -> c.status() == Status.NOT_MET));
    }
}
