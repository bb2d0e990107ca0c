package org.example.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's first use in a fresh JVM of an application with no logging backend prints nothing: no
 * Hibernate Validator "HV000001" banner through java.util.logging, no SLF4J "No SLF4J providers" warning,
 * nothing on stdout, even when an evaluation has a warning to give (it is in the assessment). A user's
 * logging may ask for such lines; the library may not impose them.
 */
class FirstUseOutputTest {

    @Test
    void firstUsePrintsNothing(@TempDir Path work) throws Exception {
        FreshJvm.Run run = FreshJvm.run(work, FirstUse.class, work.resolve("reports").toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.stderr(), "stderr of the library's first use:\n" + run);
        assertEquals("", run.stdout(), "stdout of the library's first use:\n" + run);
        assertEquals(true, Files.size(work.resolve("reports/assessment.json")) > 0);
    }

    /** The test's class path with SLF4J 2's API replaced by 1.7's, and {@code extra} added. */
    private static String withSlf4j17(String... extra) {
        Path dir = Path.of(System.getProperty("slf4j17.dir"));
        List<String> entries = new ArrayList<>();
        for (String e : FreshJvm.classPath().split(File.pathSeparator)) {
            if (!Path.of(e).getFileName().toString().startsWith("slf4j-api-")) {
                entries.add(e);
            }
        }
        entries.add(dir.resolve("slf4j-api-1.7.36.jar").toString());
        for (String x : extra) {
            entries.add(dir.resolve(x).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** An application pinned to SLF4J 1.7 with no binding: the library neither fails nor prints. */
    @Test
    void withSlf4j17AndNoBinding_firstUsePrintsNothing(@TempDir Path work) throws Exception {
        FreshJvm.Run run = FreshJvm.run(work, withSlf4j17(), FirstUse.class, work.resolve("reports").toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.stderr(), "stderr of the library's first use:\n" + run);
        assertEquals("", run.stdout(), "stdout of the library's first use:\n" + run);
    }

    /** With SLF4J 1.7 and its simple binding, the library's warning is logged through it (to stderr, as that binding does). */
    @Test
    void withSlf4j17AndABinding_theWarningIsLogged(@TempDir Path work) throws Exception {
        FreshJvm.Run run = FreshJvm.run(work, withSlf4j17("slf4j-simple-1.7.36.jar"), FirstUse.class, work.resolve("reports").toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("WARN vn.smartvillage.evaluation.Evaluator") && run.stderr().contains("may be stale"),
                "the warning through SLF4J 1.7:\n" + run);
    }
}
