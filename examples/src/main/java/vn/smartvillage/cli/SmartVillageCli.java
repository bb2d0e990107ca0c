package vn.smartvillage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
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
 * on standard error with its place and the fix; 3 for a bug in smartvillage itself.
 */
@Command(name = "smartvillage", mixinStandardHelpOptions = true, versionProvider = SmartVillageCli.Version.class,
        description = {"Evaluates Vietnam's smart-village and digital new-rural criteria, and checks rule packs.",
            "Đánh giá tiêu chí thôn thông minh và chuyển đổi số nông thôn mới; kiểm tra gói quy tắc."},
        subcommands = {EvaluateCommand.class, ExplainCommand.class, PacksCommand.class, PackCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 ok; 1 rules not met (with --fail-on-not-met) or failing pack cases; 2 bad input; 3 a bug.",
            "Docs: docs/cli.md"})
public final class SmartVillageCli {

    /** All went well. */
    public static final int OK = 0;
    /** An evaluation found a rule not met (when asked), or a pack case failed. */
    public static final int FAILURES = 1;
    /** Bad input: options, files, packs or datasets. */
    public static final int BAD_INPUT = 2;
    /** A bug in smartvillage. */
    public static final int BUG = 3;

    private SmartVillageCli() {
    }

    /** Returns the command line, with smartvillage's error handling, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SmartVillageCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine.getErr()));
        return cl;
    }

    /** Runs the command with {@code args} and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        int status = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            // Hibernate Validator's start-up line goes through SLF4J, which logs only warnings (simplelogger.properties).
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Prints a user error without a stack trace; a bug with one. */
    static int handle(Exception e, PrintWriter err) {
        if (e instanceof UserError u) {
            err.println("error: " + u.getMessage());
            if (u.fix() != null) {
                err.println("  fix: " + u.fix());
            }
            return BAD_INPUT;
        }
        if (e instanceof SmartVillageException s) {
            err.println("error: " + s.getMessage().lines().findFirst().orElse("invalid input"));
            for (Problem p : s.problems()) {
                err.println(p.location());
                err.println("    " + p.reason().en());
                err.println("    " + p.reason().vi());
            }
            return BAD_INPUT;
        }
        err.println("internal error (a bug in smartvillage; please report it with this trace):");
        e.printStackTrace(err);
        return BUG;
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
