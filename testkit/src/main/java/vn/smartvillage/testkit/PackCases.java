package vn.smartvillage.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.testing.PackTestCase;
import vn.smartvillage.packs.testing.PackTestReport;

/**
 * Runs rule packs' own test cases as JUnit 5 tests in your build: one container per pack, one test per
 * case, named after it; a failing case lists every difference between what it expects and what the
 * pack gives.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> packCases() {
 *     return PackCases.of(RulePackRegistry.builder().discover().addDirectory(Path.of("packs")).build());
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PackCases {

    private PackCases() {
    }

    /**
     * {@return one container per pack of the registry (named {@code id@version}), each with its cases}
     *
     * @param registry the packs whose cases are run, already built (so every pack has loaded); not null
     */
    public static Stream<DynamicNode> of(RulePackRegistry registry) {
        return registry.entries().stream().map(e -> DynamicContainer.dynamicContainer(e.pack().toString(), of(e)));
    }

    /**
     * {@return one test per case of one pack, named after the case} A pack without cases gives an empty
     * stream.
     *
     * @param entry one pack of a registry with the test cases shipped beside it, not null
     */
    public static Stream<DynamicTest> of(RulePackRegistry.Entry entry) {
        return entry.tests().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(entry, c)));
    }

    private static void run(RulePackRegistry.Entry entry, PackTestCase c) {
        PackTestReport report = PackTestReport.run(entry.pack(), java.util.List.of(c));
        PackTestReport.CaseResult result = report.cases().get(0);
        if (!result.passed()) {
            StringBuilder s = new StringBuilder(entry.pack() + ": case \"" + c.name() + "\" failed:");
            for (Text d : result.differences()) {
                s.append("\n  - ").append(d.en()).append("\n    ").append(d.vi());
            }
            Assertions.fail(s.toString());
        }
    }
}
