package org.example.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a fresh JVM, an ordinary Spring Boot application's first use of the library prints nothing of the
 * library's or its dependencies' own: stderr stays empty for the whole run, and nothing reaches stdout
 * between the markers. (Boot's logging is at INFO and quiets Hibernate Validator's "HV000001" itself; a
 * line the library logs at INFO or above would show, as the user's logging asks for it.)
 */
class FirstUseOutputTest {

    @Test
    void firstUsePrintsNothing(@TempDir Path work) throws Exception {
        FreshJvm.Run run = FreshJvm.run(work, FirstUse.class, work.resolve("reports").toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.stderr(), "stderr of the application:\n" + run);
        int begin = run.stdout().indexOf(FirstUse.BEGIN);
        int end = run.stdout().indexOf(FirstUse.END);
        assertTrue(begin >= 0 && end > begin, "markers missing:\n" + run);
        assertEquals("", run.stdout().substring(begin + FirstUse.BEGIN.length(), end).strip(),
                "stdout during the library's first use:\n" + run);
    }

    /** The application has a logging backend (Logback, through Boot), so the library's warning goes to it. */
    @Test
    void aWarningGoesToTheApplicationsLogging(@TempDir Path work) throws Exception {
        FreshJvm.Run run = FreshJvm.run(work, FirstUse.class, work.resolve("reports").toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.stderr(), "stderr of the application:\n" + run);
        String after = run.stdout().substring(run.stdout().indexOf(FirstUse.STALE) + FirstUse.STALE.length());
        assertTrue(after.contains("WARN") && after.contains("Evaluator") && after.contains("may be stale"),
                "the warning in Boot's log:\n" + run);
    }
}
