package vn.smartvillage.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.smartvillage.Text;
import vn.smartvillage.packs.testing.PackTestReport;

/** The machine-readable results of {@code pack test}: JSON, and JUnit XML for CI servers. */
final class PackTestOutput {

    private PackTestOutput() {
    }

    /** A case-name glob as a pattern: {@code *} any characters, {@code ?} one, everything else as written. */
    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString());
    }

    /**
     * Returns {@code {"passed":…,"cases":…,"failures":…,"packs":[{"pack":…,"passed":…,"cases":[{"name":…,
     * "passed":…,"differences":[{"vi":…,"en":…}]}]}]}}.
     */
    static String json(List<PackTestReport> reports) {
        StringBuilder s = new StringBuilder();
        long cases = reports.stream().mapToLong(r -> r.cases().size()).sum();
        long failures = reports.stream().mapToLong(PackTestReport::failures).sum();
        s.append("{\"passed\":").append(failures == 0).append(",\"cases\":").append(cases).append(",\"failures\":").append(failures)
                .append(",\"packs\":[");
        for (int i = 0; i < reports.size(); i++) {
            PackTestReport r = reports.get(i);
            s.append(i > 0 ? "," : "").append("\n  {\"pack\":").append(quote(r.pack())).append(",\"passed\":").append(r.passed())
                    .append(",\"cases\":[");
            for (int j = 0; j < r.cases().size(); j++) {
                PackTestReport.CaseResult c = r.cases().get(j);
                s.append(j > 0 ? "," : "").append("\n    {\"name\":").append(quote(c.name())).append(",\"passed\":").append(c.passed())
                        .append(",\"differences\":[");
                for (int k = 0; k < c.differences().size(); k++) {
                    Text d = c.differences().get(k);
                    s.append(k > 0 ? "," : "").append("{\"vi\":").append(quote(d.vi())).append(",\"en\":").append(quote(d.en())).append('}');
                }
                s.append("]}");
            }
            s.append("]}");
        }
        return s.append("\n]}\n").toString();
    }

    /** Returns JUnit XML: a {@code testsuite} per pack, a {@code testcase} per case, a {@code failure} per failing one. */
    static String junit(List<PackTestReport> reports, Locale locale) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long cases = reports.stream().mapToLong(r -> r.cases().size()).sum();
        long failures = reports.stream().mapToLong(PackTestReport::failures).sum();
        s.append("<testsuites name=\"smartvillage pack test\" tests=\"").append(cases).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\">\n");
        for (PackTestReport r : reports) {
            s.append("  <testsuite name=").append(attribute(r.pack())).append(" tests=\"").append(r.cases().size())
                    .append("\" failures=\"").append(r.failures()).append("\" errors=\"0\" skipped=\"0\">\n");
            for (PackTestReport.CaseResult c : r.cases()) {
                s.append("    <testcase name=").append(attribute(c.name())).append(" classname=").append(attribute(r.pack()));
                if (c.passed()) {
                    s.append("/>\n");
                    continue;
                }
                StringBuilder text = new StringBuilder();
                c.differences().forEach(d -> text.append(d.in(locale)).append('\n'));
                s.append(">\n      <failure message=").append(attribute(c.differences().get(0).in(locale))).append(">")
                        .append(escape(text.toString())).append("</failure>\n    </testcase>\n");
            }
            s.append("  </testsuite>\n");
        }
        return s.append("</testsuites>\n").toString();
    }

    private static String quote(String v) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static String attribute(String v) {
        return "\"" + escape(v).replace("\"", "&quot;").replace("\n", "&#10;") + "\"";
    }

    /** XML text: the five reserved characters escaped, and characters XML 1.0 cannot hold dropped. */
    private static String escape(String v) {
        StringBuilder s = new StringBuilder();
        v.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }
}
