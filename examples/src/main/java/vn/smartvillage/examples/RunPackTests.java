package vn.smartvillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.testing.PackTestReport;

/**
 * Checks rule packs kept on disk and runs their test cases: what a province IT team does before
 * publishing a pack.
 *
 * <pre>
 * mvn -q -B -pl examples -am compile exec:java -Dexec.mainClass=vn.smartvillage.examples.RunPackTests \
 *     -Dexec.args="/path/to/my-packs"
 * </pre>
 *
 * <p>The packs named (files, or folders of {@code .json}/{@code .yaml} files) are read together with the
 * example packs bundled in this module, so a pack may extend {@code example.bac-giang.smart-village}.
 * Every problem is printed with its place; then each test case, {@code PASS} or {@code FAIL} with what
 * differs. Without arguments it checks the bundled example packs.
 *
 * <p>Exit status: 0 when every pack is valid and every case passes, 1 when a case fails, 2 when a pack
 * has problems.
 */
public final class RunPackTests {

    /** The example packs bundled in this module's resources. */
    public static final List<String> BUNDLED = List.of("/packs/bac-giang-smart-village.json", "/packs/my-province.json");

    private RunPackTests() {
    }

    /** Returns a registry of the bundled example packs. */
    public static RulePackRegistry.Builder bundled() {
        RulePackRegistry.Builder b = RulePackRegistry.builder().vocabulary(Metrics.all());
        BUNDLED.forEach(path -> b.add(PackSource.resource(path, RunPackTests.class::getResourceAsStream)));
        return b;
    }

    /**
     * Checks the packs at {@code paths} (or the bundled ones when empty) and runs their test cases.
     *
     * @return the exit status: 0 all passed, 1 a case failed, 2 a pack has problems
     */
    public static int run(List<Path> paths, PrintStream out, PrintStream err) {
        RulePackRegistry.Builder builder = bundled();
        List<String> chosen = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                builder.addDirectory(p);
            } else {
                builder.addFile(p);
            }
        }
        RulePackRegistry registry;
        try {
            registry = builder.build();
        } catch (SmartVillageException e) {
            err.println(e.problems().size() + (e.problems().size() == 1 ? " problem:" : " problems:"));
            for (Problem p : e.problems()) {
                err.println("  " + p.location());
                err.println("      " + p.reason().en());
                err.println("      " + p.reason().vi());
            }
            return 2;
        }
        int status = 0;
        for (RulePackRegistry.Entry entry : registry.entries()) {
            boolean mine = paths.isEmpty() || paths.stream().anyMatch(p -> entry.source().name().startsWith(p.toAbsolutePath().normalize().toString()));
            if (!mine) {
                continue;
            }
            chosen.add(entry.pack().toString());
            PackTestReport report = PackTestReport.run(entry.pack(), entry.tests());
            out.print(report);
            if (!report.passed()) {
                status = 1;
            }
        }
        if (chosen.isEmpty()) {
            err.println("no pack found in " + paths);
            return 2;
        }
        return status;
    }

    /**
     * Runs the check.
     *
     * @param args files or folders of packs; none for the bundled examples
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(java.util.Arrays.stream(args).map(Path::of).toList(), out, err);
        if (status != 0) {
            System.exit(status);
        }
    }
}
