package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.smartvillage.evaluation.Assessment;

/**
 * The HTML report in a real headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs it):
 * the page runs its script without a console message, switches language, its search, filters and drill-down
 * show what they should (a test script clicks and types, then writes what is visible into the page's
 * attributes, which {@code --dump-dom} returns), a phone's width has no horizontal scroll, and screenshots
 * are written to {@code target/report-screenshots/} for a person to look at.
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

    /** Writes {@code html} with {@code test} run after the page's own script; returns what it recorded (data-t-* attributes). */
    static Map<String, String> record(String name, String html, String test, String... extra) throws Exception {
        Files.createDirectories(OUT);
        Path page = OUT.resolve(name + ".html").toAbsolutePath();
        int end = html.lastIndexOf("</body>");
        Files.writeString(page, html.substring(0, end) + "<script>\n" + HELPERS + test + "\n</script>\n" + html.substring(end),
                StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(extra));
        args.add("--dump-dom");
        String[] dom = run(page, args.toArray(String[]::new));
        assertThat(dom[1].lines().filter(l -> l.contains(":CONSOLE")).toList()).as("console messages").isEmpty();
        assertThat(dom[0]).as("the page's script ran").contains("data-ready=\"yes\"");
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("data-t-([a-z0-9-]+)=\"([^\"]*)\"").matcher(dom[0]);
        while (m.find()) {
            out.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return out;
    }

    /** The test scripts' helpers: what is visible, typing, choosing, recording. */
    private static final String HELPERS = """
            var d = document;
            function visible(sel) {
              var out = [];
              d.querySelectorAll(sel).forEach(function (e) {
                if (e.checkVisibility()) { out.push((e.querySelector('.nm') || e).textContent); }
              });
              return out.join('|');
            }
            function type(text) { var q = d.getElementById('f-q'); q.value = text; q.dispatchEvent(new Event('input')); }
            function choose(id, value) { var s = d.getElementById(id); s.value = value; s.dispatchEvent(new Event('change')); }
            function put(k, v) { d.documentElement.setAttribute('data-t-' + k, String(v)); }
            function ruleIndex(text) {
              var o = d.querySelectorAll('#f-r option');
              for (var i = 0; i < o.length; i++) { if (o[i].getAttribute('data-en').indexOf(text) >= 0) { return o[i].value; } }
              return 'none';
            }
            """;

    @Test
    void theSearchAndTheFilters_showOnlyTheUnitsThatMatch() throws Exception {
        Map<String, String> r = record("filters", ReportText.html(Sample.ASSESSMENT), """
                put('form', !d.getElementById('filters').hidden);
                put('all', visible('#tree tr.u'));
                type('thon b1');
                put('search', visible('#tree tr.u'));
                put('search-communes', visible('#tree details.u'));
                type('XA A');
                put('commune', visible('#tree tr.u'));
                type('');
                choose('f-s', 'sd');
                put('missing', visible('#tree tr.u'));
                put('missing-communes', visible('#tree details.u'));
                choose('f-r', ruleIndex('Residents with electronic ID'));
                choose('f-s', 'sn');
                put('id-not-met', visible('#tree tr.u'));
                put('count', d.getElementById('f-n').textContent);
                choose('f-s', '');
                choose('f-r', '');
                put('reset', visible('#tree tr.u'));
                """);
        assertThat(r).containsEntry("form", "true").containsEntry("all", "Thôn A1|Thôn A2|Thôn B1|Thôn B2");
        // Typed without accents and in any case, a name is found; its commune stays, the other goes.
        assertThat(r).containsEntry("search", "Thôn B1").containsEntry("search-communes", "Tỉnh mẫu (số liệu giả định)|Xã B");
        // A commune's name shows its villages.
        assertThat(r).containsEntry("commune", "Thôn A1|Thôn A2");
        // "missing data" in any rule: B2 lacks fibre data, and Xã B's target lacks data, so Xã B shows itself.
        assertThat(r).containsEntry("missing", "Thôn B2").containsEntry("missing-communes", "Tỉnh mẫu (số liệu giả định)|Xã B");
        assertThat(r).containsEntry("id-not-met", "Thôn A2|Thôn B1").containsEntry("count", "2");
        assertThat(r).containsEntry("reset", r.get("all"));
        run(OUT.resolve("filters.html").toAbsolutePath(), "--window-size=1280,1600", "--screenshot=" + OUT.resolve("filters.png").toAbsolutePath());
    }

    @Test
    void recognitionsShowBesideTheVerdicts_inTheLanguageChosen_andTheSearchStillFindsTheNames() throws Exception {
        Map<String, String> r = record("recognitions", ReportText.html(HtmlRecognitionsTest.ASSESSMENT), """
                function shown(sel) {
                  var out = [];
                  d.querySelectorAll(sel).forEach(function (e) { if (e.checkVisibility()) { out.push(e.innerText.trim()); } });
                  return out.join('|');
                }
                put('vi-beside', shown('[data-rec=thon-1]'));
                put('vi-not-met', shown('#rec-not-met li'));
                type('thon mot');
                put('search', visible('#tree tr.u'));
                type('');
                d.querySelector('button[data-lang=en]').click();
                put('en-beside', shown('[data-rec=thon-1]'));
                put('en-not-recognised', shown('#rec-not-recognised li'));
                put('en-heading', shown('#recognitions h2'));
                """);
        assertThat(r.get("vi-beside")).startsWith("★ được công nhận \"thôn thông minh\" (quyết định: 12/QĐ-UBND")
                .endsWith("kết quả tính theo gói: chưa đạt");
        assertThat(r).containsEntry("vi-not-met", "Thôn Một [thon-1]: \"thôn thông minh\"; chưa đạt: Cáp quang đến thôn")
                .containsEntry("search", "Thôn Một")
                .containsEntry("en-not-recognised", "Thôn Hai [thon-2]: \"smart village\"")
                .containsEntry("en-heading", "Official recognitions");
        assertThat(r.get("en-beside")).startsWith("★ recognised as \"smart village\"").endsWith("computed by the pack: not met");
        run(OUT.resolve("recognitions.html").toAbsolutePath(), "--window-size=1280,1400",
                "--screenshot=" + OUT.resolve("recognitions.png").toAbsolutePath());
    }

    @Test
    void aCommuneOpensOnAClick_andTheOthersStayClosed() throws Exception {
        Assessment a = Provinces.of(3, 12, 0.1, 7);
        Map<String, String> r = record("drilldown", ReportText.html(a), """
                put('before', visible('#tree tr.u'));
                put('open', visible('#tree details.u[open]'));
                d.querySelector('#u-xa-2 > summary').click();
                var shown = visible('#tree tr.u').split('|');
                put('after', shown.length);
                put('first', shown[0]);
                put('from-xa-3', shown.filter(function (n) { return n.indexOf('xã 3') >= 0; }).length);
                """);
        // With more than a few units, only the province opens; a village row shows once its commune opens.
        assertThat(r).containsEntry("open", "Tỉnh thử").containsEntry("before", "");
        assertThat(r).containsEntry("after", "12").containsEntry("first", "Thôn 1 xã 2").containsEntry("from-xa-3", "0");
        run(OUT.resolve("drilldown.html").toAbsolutePath(), "--window-size=1280,2000",
                "--screenshot=" + OUT.resolve("province-1280.png").toAbsolutePath());
    }

    @Test
    void onAPhone_thePageHasNoHorizontalScroll() throws Exception {
        // Headless Chromium's window is at least 500 px wide: the page is shown in a frame 375 px wide, whose
        // load handler opens every section and records the frame's width and how wide its content is.
        Files.createDirectories(OUT);
        for (Object[] c : new Object[][] {{"phone-sample", Sample.ASSESSMENT}, {"phone-province", Provinces.of(20, 10, 0.1, 11)}}) {
            String name = (String) c[0];
            Files.writeString(OUT.resolve(name + ".html"), ReportText.html((Assessment) c[1]), StandardCharsets.UTF_8);
            Path frame = OUT.resolve(name + "-frame.html").toAbsolutePath();
            Files.writeString(frame, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe src=\"" + name + ".html\" "
                    + "style=\"width:375px;height:1800px;border:0\" onload=\"var w = this.contentWindow, d = w.document;"
                    + " d.querySelectorAll('details').forEach(function (e) { e.open = true; });"
                    + " var r = document.documentElement; r.setAttribute('data-t-width', w.innerWidth);"
                    + " r.setAttribute('data-t-scroll', d.documentElement.scrollWidth);\"></iframe></body></html>",
                    StandardCharsets.UTF_8);
            String[] dom = run(frame, "--allow-file-access-from-files", "--dump-dom");
            assertThat(dom[1].lines().filter(l -> l.contains(":CONSOLE")).toList()).as("console messages").isEmpty();
            Matcher width = Pattern.compile("data-t-width=\"(\\d+)\"").matcher(dom[0]);
            Matcher scroll = Pattern.compile("data-t-scroll=\"(\\d+)\"").matcher(dom[0]);
            assertThat(width.find() && scroll.find()).as("the frame recorded its widths").isTrue();
            assertThat(Integer.parseInt(width.group(1))).as("a phone's width").isEqualTo(375);
            assertThat(Integer.parseInt(scroll.group(1))).as(name + ": no horizontal scroll").isLessThanOrEqualTo(375);
            Path shot = OUT.resolve(name + "-375.png").toAbsolutePath();
            run(frame, "--allow-file-access-from-files", "--window-size=500,1800", "--screenshot=" + shot);
            assertThat(shot).exists();
        }
    }

    @Test
    void withoutScript_thePageStillReads_andTheFiltersAreHidden() throws Exception {
        Files.createDirectories(OUT);
        Path page = OUT.resolve("no-script.html").toAbsolutePath();
        // The page as a browser without script reads it: its script taken out (Chromium's screenshot needs script).
        String html = ReportText.html(Sample.ASSESSMENT);
        html = html.substring(0, html.lastIndexOf("<script>")) + html.substring(html.lastIndexOf("</script>") + "</script>".length());
        Files.writeString(page, html, StandardCharsets.UTF_8);
        // The filters, which need the script, start hidden; the sections are native <details>.
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("<form id=\"filters\" hidden ", "<details class=\"u\"");
        Path shot = OUT.resolve("no-script.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        String[] dom = run(page, "--dump-dom");
        assertThat(dom[0]).doesNotContain("data-ready").contains("1/4 thôn đạt thôn thông minh", "Thôn B2");
        run(page, "--window-size=1280,2400", "--screenshot=" + shot);
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void theEnglishPage_opensInEnglish_andSwitchesToVietnamese() throws Exception {
        Map<String, String> r = record("opens-en", ReportText.of(ReportFormat.HTML_EN, Sample.ASSESSMENT), """
                put('lang', d.documentElement.lang);
                put('headline', d.querySelector('#overview li').innerText);
                put('option', d.querySelector('#f-s option[value=sn]').textContent);
                d.querySelector('button[data-lang=vi]').click();
                put('vi', d.querySelector('#overview li').innerText);
                put('vi-option', d.querySelector('#f-s option[value=sn]').textContent);
                """);
        assertThat(r).containsEntry("lang", "en").containsEntry("option", "not met").containsEntry("vi-option", "chưa đạt");
        assertThat(r.get("headline")).startsWith("1/4 villages certified");
        assertThat(r.get("vi")).startsWith("1/4 thôn đạt thôn thông minh");
        Path en = OUT.resolve("html-en.html").toAbsolutePath();
        Files.writeString(en, ReportText.of(ReportFormat.HTML_EN, Sample.ASSESSMENT), StandardCharsets.UTF_8);
        run(en, "--window-size=1280,2400", "--screenshot=" + OUT.resolve("html-en.png").toAbsolutePath());
    }
}
