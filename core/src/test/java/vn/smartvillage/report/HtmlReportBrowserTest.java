package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs it):
 * the page runs its script without a console message, switches language, and a screenshot is written
 * to {@code target/report-screenshots/} for a person to look at.
 *
 * <p>Without a browser the test fails, unless {@code -Dsmartvillage.browser=optional} is given, where it
 * is skipped.
 */
class HtmlReportBrowserTest {

    private static final Path OUT = Path.of("target/report-screenshots");

    static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        if ("optional".equals(System.getProperty("smartvillage.browser"))) {
            Assumptions.abort("no Chromium; skipped because -Dsmartvillage.browser=optional");
        }
        throw new AssertionError("the HTML report is tested in Chromium: install Debian's 'chromium' package "
                + "(apt-get install chromium), or run with -Dsmartvillage.browser=optional to skip this test");
    }

    /** Runs Chromium headless on {@code page} with {@code extra} arguments; returns stdout and stderr. */
    static String[] run(Path page, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> cmd = new ArrayList<>(List.of(chromium().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s");
        }
        return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
    }

    @Test
    void thePageLoadsWithoutConsoleMessagesAndIsPhotographed() throws Exception {
        Files.createDirectories(OUT);
        Path page = OUT.resolve("assessment.html").toAbsolutePath();
        Files.writeString(page, ReportText.html(Sample.ASSESSMENT), StandardCharsets.UTF_8);

        String[] dom = run(page, "--dump-dom");
        assertThat(dom[0]).as("the script ran").contains("data-ready=\"yes\"");
        assertThat(dom[1].lines().filter(l -> l.contains(":CONSOLE")).toList()).as("console messages").isEmpty();

        Path shot = OUT.resolve("assessment-vi.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        run(page, "--window-size=1280,2400", "--screenshot=" + shot);
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void theEnglishButtonSwitchesTheLanguage() throws Exception {
        Files.createDirectories(OUT);
        // The same page, with a script that presses the English button once loaded.
        String html = ReportText.html(Sample.ASSESSMENT).replace("</body>",
                "<script>document.querySelector('button[data-lang=en]').click();</script>\n</body>");
        Path page = OUT.resolve("assessment-en.html").toAbsolutePath();
        Files.writeString(page, html, StandardCharsets.UTF_8);
        String[] dom = run(page, "--dump-dom");
        assertThat(dom[0]).contains("<body class=\"en\">", "lang=\"en\"");
        assertThat(dom[1].lines().filter(l -> l.contains(":CONSOLE")).toList()).isEmpty();
        Path shot = OUT.resolve("assessment-en.png").toAbsolutePath();
        run(page, "--window-size=1280,1400", "--screenshot=" + shot);
        assertThat(shot).exists();
    }

    @Test
    void thePageNeedsNothingFromOutside() {
        String html = ReportText.html(Sample.ASSESSMENT);
        assertThat(html).doesNotContain("http://", "https://", "src=\"", "<link", "@import", "url(");
    }
}
