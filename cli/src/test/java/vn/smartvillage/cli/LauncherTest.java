package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code bin/smartvillage}, the script a user runs: Java's parallel collector unless {@code JAVA_OPTS} or one of
 * the variables Java reads itself names a collector, and the user's options passed on. Run as a user runs it, with {@code -version} in {@code JAVA_OPTS} so
 * that Java prints its settings and stops before the jar.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/smartvillage is a POSIX shell script; on Windows the guide runs the jar")
class LauncherTest {

    private static final Path SCRIPT = Path.of("..", "bin", "smartvillage").toAbsolutePath().normalize();

    private static String flags(String javaOpts) throws Exception {
        return flags(javaOpts, null);
    }

    /** Java's flags as the script starts it with {@code javaOpts}, and {@code jdkJavaOptions} in Java's own variable. */
    private static String flags(String javaOpts, String jdkJavaOptions) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", SCRIPT.toString(), "--version").redirectErrorStream(true);
        pb.environment().put("JAVA_OPTS", javaOpts + " -XX:+PrintFlagsFinal -version");
        // Any jar that exists (Java checks it before it stops at -version): one of the test's own class path.
        String jar = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).filter(e -> e.endsWith(".jar"))
                .findFirst().orElseThrow();
        pb.environment().put("SMARTVILLAGE_JAR", jar);
        // The java the build runs, first on the path, as a user's would be.
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        pb.environment().put("PATH", javaBin + java.io.File.pathSeparator + pb.environment().getOrDefault("PATH", ""));
        for (String v : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            pb.environment().remove(v);
        }
        if (jdkJavaOptions != null) {
            pb.environment().put("JDK_JAVA_OPTIONS", jdkJavaOptions);
        }
        Path out = Files.createTempFile("launcher", ".txt");
        try {
            Process p = pb.redirectOutput(out.toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the script ends").isTrue();
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(printed).isZero();
            return printed;
        } finally {
            Files.delete(out);
        }
    }

    private static boolean flag(String printed, String name) {
        return printed.lines().filter(l -> l.matches("\\s*bool\\s+" + name + "\\s+=.*")).findFirst().orElseThrow(() -> new AssertionError(name))
                .matches(".*=\\s+true\\b.*");
    }

    @Test
    void theScriptExists_andIsExecutable() {
        assertThat(Files.isExecutable(SCRIPT)).as(SCRIPT.toString()).isTrue();
    }

    @Test
    void byDefault_javaRunsWithTheParallelCollector_andTheUsersOptions() throws Exception {
        String printed = flags("-Xmx300m");
        assertThat(flag(printed, "UseParallelGC")).isTrue();
        assertThat(flag(printed, "UseG1GC")).isFalse();
        assertThat(printed).containsPattern("size_t MaxHeapSize\\s+= 314572800\\b");
    }

    @Test
    void aCollectorNamedInJavaOpts_replacesIt() throws Exception {
        String printed = flags("-XX:+UseSerialGC");
        assertThat(flag(printed, "UseSerialGC")).isTrue();
        assertThat(flag(printed, "UseParallelGC")).isFalse();
    }

    @Test
    void aCollectorNamedInJavasOwnVariable_replacesIt_insteadOfStoppingJava() throws Exception {
        // Two collectors stop Java ("Conflicting collector combinations"); one in JDK_JAVA_OPTIONS is the user's choice.
        String printed = flags("", "-XX:+UseSerialGC");
        assertThat(flag(printed, "UseSerialGC")).isTrue();
        assertThat(flag(printed, "UseParallelGC")).isFalse();
    }

    @Test
    void anOptionThatOnlyLooksLikeACollector_keepsTheParallelOne() throws Exception {
        // -XX:+UseMaximumCompactionOnSystemGC is the parallel collector's own option, not a collector.
        String printed = flags("-XX:+UseMaximumCompactionOnSystemGC");
        assertThat(flag(printed, "UseParallelGC")).isTrue();
    }
}
