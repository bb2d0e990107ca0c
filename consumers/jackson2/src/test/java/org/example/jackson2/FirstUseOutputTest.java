package org.example.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
