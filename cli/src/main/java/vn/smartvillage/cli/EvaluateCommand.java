package vn.smartvillage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        + " (default: ${DEFAULT-VALUE}); several, such as json,html,xlsx, with -o FOLDER/ (report.json, index.html, report.xlsx)"})
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = {"write the report to FILE instead of standard output;"
        + " a folder (ending in / or existing) takes report.<format> files, and the HTML report as index.html, with a page per"
        + " province when there are several"})
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
        // Looked up before the evaluation, so that a mistyped format costs nothing. Names as users type them: JSON, Html.
        // Several formats (json,html,xlsx) are written in one run, from one evaluation, into the folder -o names.
        List<String> names = new ArrayList<>();
        for (String f : format.split(",")) {
            if (!f.isBlank()) {
                names.add(f.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (names.isEmpty()) {
            names.add("text");
        }
        // As typed: a Path drops the final slash that says "a folder".
        String typed = output == null ? "" : spec.commandLine().getParseResult().matchedOption("-o").stringValues().get(0);
        boolean folder = output != null && (Files.isDirectory(output) || typed.endsWith("/") || typed.endsWith(java.io.File.separator));
        if (names.size() > 1 && !folder) {
            throw new UserError(CliText.both("error.formats.noFolder", "formats", format), CliText.both("fix.formats.noFolder"));
        }
        if (names.contains("xlsx") && output == null) {
            throw new UserError(CliText.both("error.xlsx.noOutput"), CliText.both("fix.xlsx.noOutput"));
        }
        List<ReportFormat> reports = new ArrayList<>();
        for (String name : names) {
            reports.add(report(name));
        }
        if (folder) {
            try {
                Files.createDirectories(output);
            } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException | java.nio.file.FileAlreadyExistsException x) {
                throw new UserError(CliText.both("error.output.noFolder", "file", output), CliText.both("fix.output.noFolder"));
            }
        }
        Progress progress = new Progress(err, !noProgress && Progress.onTerminal());
        Inputs.Evaluated e = input.evaluate(progress);
        codeWarnings(e, err);
        Dataset dataset = e.dataset();
        Assessment assessment = e.assessment();
        // Each report is a task that writes its file and returns the line saying so. Several reports are written at
        // once, one per core: the assessment is immutable and each format streams to its own file.
        List<java.util.concurrent.Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            ReportFormat report = reports.get(i);
            if (folder && report != null && report.name().startsWith("html")) {
                // In a folder, the HTML report of several provinces is a national summary and a page per province.
                tasks.add(() -> {
                    List<Path> pages = guarded(output.resolve("index.html"), () -> ReportFormat.writeHtmlPages(assessment, output,
                            report.name().equals("html-en") ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("vi")));
                    return CliText.word("word.wrote", "file", pages.size() == 1 ? pages.get(0)
                            : pages.get(0) + " (+" + (pages.size() - 1) + ")");
                });
                continue;
            }
            Path file = folder ? output.resolve("report." + extension(name, report)) : output;
            if ("xlsx".equals(name)) {
                tasks.add(() -> {
                    guarded(file, () -> {
                        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                            XlsxReport.write(assessment, lang == Lang.vi ? CliText.vi("xlsx.sheet") : CliText.en("xlsx.sheet"), out);
                        }
                        return null;
                    });
                    return CliText.word("word.wrote", "file", file);
                });
            } else if (file != null) {
                // Written as a stream, to the file or to standard output: a national report is never held whole.
                tasks.add(() -> {
                    guarded(file, () -> {
                        if (report != null) {
                            report.write(assessment, file);
                            return null;
                        }
                        try (Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file),
                                StandardCharsets.UTF_8), 1 << 16)) {
                            TextReport.in(Lang.locales(lang)).render(assessment, dataset, out);
                        }
                        return null;
                    });
                    return CliText.word("word.wrote", "file", file);
                });
            } else {
                PrintWriter out = spec.commandLine().getOut();
                write(report, assessment, dataset, out);
                out.flush();
            }
        }
        for (String line : run(tasks)) {
            err.println(line);
        }
        if (names.size() > 1 || reports.get(0) != null || output != null) {
            // The text report on standard output prints the warnings at its head: each warning once.
            warnings(assessment, err);
        }
        return failOnNotMet && anyNotMet(assessment) ? SmartVillageCli.FAILURES : SmartVillageCli.OK;
    }

    /**
     * Runs {@code tasks}, at once on up to as many threads as there are processors when there are several, and returns
     * their results in order; the first failure (a user's error, running out of memory) is thrown as it was.
     */
    private static List<String> run(List<java.util.concurrent.Callable<String>> tasks) throws Exception {
        List<String> out = new ArrayList<>();
        int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (java.util.concurrent.Callable<String> t : tasks) {
                out.add(t.call());
            }
            return out;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "smartvillage-report");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<String>> running = new ArrayList<>();
            for (java.util.concurrent.Callable<String> t : tasks) {
                running.add(pool.submit(t));
            }
            for (java.util.concurrent.Future<String> f : running) {
                try {
                    out.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw cause instanceof Exception x ? x : e;
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The report format of {@code name}, or null for those the tool writes itself (text, xlsx). */
    private ReportFormat report(String name) {
        if ("text".equals(name) || "xlsx".equals(name)) {
            return null;
        }
        // md is the Markdown summary in --lang; html opens in English with --lang en (and stays switchable).
        String lookedUp = "md".equals(name) ? (lang == Lang.vi ? "markdown-vi" : "markdown-en")
                : "html".equals(name) && lang == Lang.en ? "html-en" : name;
        return ReportFormat.named(lookedUp);
    }

    /** The file extension of a report in a folder: report.json, report.csv, report.md, report.txt. */
    private static String extension(String name, ReportFormat report) {
        if (report == null) {
            return "xlsx".equals(name) ? "xlsx" : "txt";
        }
        String n = report.name();
        return n.startsWith("csv") ? "csv" : n.startsWith("markdown") ? "md" : n.startsWith("html") ? "html" : n;
    }

    /** Something that writes a file. */
    private interface FileWork<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} on {@code file}, turning what the user can fix into a {@link UserError}. */
    private static <T> T guarded(Path file, FileWork<T> work) {
        try {
            return work.run();
        } catch (java.nio.file.NoSuchFileException x) {
            throw new UserError(CliText.both("error.output.noFolder", "file", file), CliText.both("fix.output.noFolder"));
        } catch (java.nio.file.AccessDeniedException x) {
            throw new UserError(CliText.both("error.output.denied", "file", file), CliText.both("fix.output.denied"));
        } catch (IOException x) {
            Object why = Files.isDirectory(file) ? CliText.text("error.output.folder") : String.valueOf(x.getMessage());
            throw new UserError(CliText.both("error.output.other", "file", file, "reason", why), CliText.both("fix.output.other"));
        }
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
