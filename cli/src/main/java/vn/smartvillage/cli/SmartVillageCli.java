package vn.smartvillage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;

/**
 * The {@code smartvillage} command. Exit status: 0 when all went well; 1 when {@code evaluate
 * --fail-on-not-met} found a rule not met, or {@code pack test} a failing case; 2 for bad input (an
 * unknown option, a file that cannot be read, a pack or dataset with problems), each problem printed
 * on standard error with its place and the fix; 3 for a bug in smartvillage itself (a stack overflow
 * included); 4 when the Java heap ran out. A script that checks for 1 never mistakes a crash for a
 * verdict.
 *
 * <p>Standard output and standard error are written in UTF-8 whatever the locale ({@code LANG=C}
 * included), so Vietnamese is never turned into question marks.
 */
@Command(name = "smartvillage", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class,
        subcommands = {EvaluateCommand.class, ExplainCommand.class, PacksCommand.class, PackCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 ok; 1 rules not met (with --fail-on-not-met) or failing pack cases; 2 bad input, or output",
            "that cannot be written; 3 a bug;",
            "4 out of memory (give Java more with JAVA_OPTS=-Xmx…).",
            "Docs: docs/cli.md"})
public final class SmartVillageCli {

    /** All went well. */
    public static final int OK = 0;
    /** An evaluation found a rule not met (when asked), or a pack case failed. */
    public static final int FAILURES = 1;
    /** Bad input (options, files, packs or datasets), or output that cannot be written. */
    public static final int BAD_INPUT = 2;
    /** A bug in smartvillage, a stack overflow included. */
    public static final int BUG = 3;
    /** The Java heap ran out. */
    public static final int OUT_OF_MEMORY = 4;

    /** Made before memory runs out, so that saying so needs none: in English and both, and in Vietnamese. */
    private static final String OUT_OF_MEMORY_MESSAGE = CliText.en("word.error") + ": " + CliText.both("error.outOfMemory") + "\n"
            + "  " + CliText.en("word.fix") + ": " + CliText.en("fix.outOfMemory") + " / " + CliText.vi("fix.outOfMemory");
    private static final String OUT_OF_MEMORY_MESSAGE_EN = CliText.en("word.error") + ": " + CliText.en("error.outOfMemory") + "\n"
            + "  " + CliText.en("word.fix") + ": " + CliText.en("fix.outOfMemory");
    private static final String OUT_OF_MEMORY_MESSAGE_VI = CliText.vi("word.error") + ": " + CliText.vi("error.outOfMemory") + "\n"
            + "  " + CliText.vi("word.fix") + ": " + CliText.vi("fix.outOfMemory");

    private SmartVillageCli() {
    }

    /**
     * Returns the command line, with smartvillage's error handling.
     *
     * @param out where reports and listings go, not null
     * @param err where errors, warnings and progress go, not null
     * @return the command line, ready to {@link CommandLine#execute execute}
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SmartVillageCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine.getErr()));
        // Names and values as users type them: --lang VI, --format JSON; dates in either form (Dates).
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(java.time.LocalDate.class, new Dates());
        CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((e, args) -> badValue(e, args, usage));
        CliText.describe(cl);
        return cl;
    }

    /**
     * Runs the command with {@code args} and returns its exit status; an error of the Java runtime
     * (out of memory, stack overflow) is an exit status too, never an uncaught throwable.
     *
     * @param output where reports and listings go, not null; control characters from packs and datasets
     *               are written as their codes
     * @param error  where errors, warnings and progress go, not null; written as {@code output} is
     * @param args   the command line, without the program's name
     * @return the exit status: {@link #OK}, {@link #FAILURES}, {@link #BAD_INPUT}, {@link #BUG} or
     *         {@link #OUT_OF_MEMORY}
     */
    public static int run(PrintWriter output, PrintWriter error, String... args) {
        PrintWriter out = PrintableWriter.of(output);
        PrintWriter err = PrintableWriter.of(error);
        return run(commandLine(out, err), out, err, args);
    }

    /** Runs {@code cl}; an error of the Java runtime becomes {@link #OUT_OF_MEMORY} or {@link #BUG}. */
    static int run(CommandLine cl, PrintWriter out, PrintWriter err, String... args) {
        int status;
        Lang lang = CliText.langOf(args);
        CliText.choose(lang);
        try {
            status = cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(lang == Lang.vi ? OUT_OF_MEMORY_MESSAGE_VI : lang == Lang.en ? OUT_OF_MEMORY_MESSAGE_EN : OUT_OF_MEMORY_MESSAGE);
            status = OUT_OF_MEMORY;
        } catch (Error e) {
            err.println(CliText.word("word.bug"));
            e.printStackTrace(err);
            status = BUG;
        } finally {
            CliText.choose(null);
        }
        CliText.choose(lang);
        // A PrintWriter keeps an I/O error to itself: standard output closed, or a full disk behind a
        // redirection. The report is then lost, which must not read as success.
        if (out.checkError() && status != OUT_OF_MEMORY && status != BUG) {
            err.println(CliText.word("word.error") + ": " + CliText.both("error.standardOutput"));
            status = BAD_INPUT;
        }
        CliText.choose(null);
        err.flush();
        return status;
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // A PrintWriter over a stream encodes with the default charset (ASCII under LANG=C on Java 17):
        // name UTF-8 for the writer itself.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /**
     * A value an option cannot take ({@code --as-of 24-01-2023}, {@code --lang fr}): what is wrong and how to
     * fix it, without the whole usage text; an unknown or missing option as picocli says it, with the usage.
     */
    private static int badValue(CommandLine.ParameterException e, String[] args, CommandLine.IParameterExceptionHandler usage)
            throws Exception {
        if (e instanceof CommandLine.UnmatchedArgumentException || e instanceof CommandLine.MissingParameterException
                || e.getArgSpec() == null) {
            return usage.handleParseException(e, args);
        }
        PrintWriter err = e.getCommandLine().getErr();
        String option = e.getArgSpec().isOption() ? ((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName()
                : e.getArgSpec().paramLabel();
        if (e.getCause() instanceof Dates.BadDate d) {
            err.println(CliText.word("word.error") + ": " + CliText.both("error.date", "value", d.value(), "option", option));
            err.println("  " + CliText.word("word.fix") + ": " + CliText.both("fix.date", "option", option));
        } else {
            err.println(CliText.word("word.error") + ": " + e.getMessage());
            err.println("  " + CliText.word("word.fix") + ": " + CliText.both("fix.option", "command", e.getCommandLine().getCommandSpec().qualifiedName(" ")));
        }
        err.flush();
        return BAD_INPUT;
    }

    /** Prints a user error without a stack trace; a bug with one. */
    static int handle(Exception e, PrintWriter err) {
        if (e instanceof UserError u) {
            err.println(CliText.word("word.error") + ": " + u.getMessage());
            u.problems().ifPresent(s -> printProblems(s, err));
            if (u.fix() != null) {
                err.println("  " + CliText.word("word.fix") + ": " + u.fix());
            }
            return BAD_INPUT;
        }
        if (e instanceof SmartVillageException s) {
            String first = CliText.chosen() == Lang.vi && !s.problems().isEmpty() ? s.problems().get(0).reason().vi()
                    : s.getMessage().lines().findFirst().orElse("invalid input");
            err.println(CliText.word("word.error") + ": " + first);
            printProblems(s, err);
            return BAD_INPUT;
        }
        err.println(CliText.word("word.bug"));
        e.printStackTrace(err);
        return BUG;
    }

    private static void printProblems(SmartVillageException s, PrintWriter err) {
        Lang lang = CliText.chosen();
        for (Problem p : s.problems()) {
            err.println(lang == Lang.vi ? p.location().text().vi() : p.location().toString());
            if (lang != Lang.vi) {
                err.println("    " + p.reason().en());
            }
            if (lang != Lang.en) {
                err.println("    " + p.reason().vi());
            }
        }
    }

    /** The version, from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"smartvillage " + p.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version")};
        }
    }
}
