package vn.smartvillage.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.model.AdminLevel;

/** The HTML report as a national summary and a page per province ({@link ReportFormat#writeHtmlPages}). */
final class HtmlPages {

    /** The summary's file name, which a browser opens for the folder. */
    static final String INDEX = "index.html";

    private HtmlPages() {
    }

    static List<Path> write(Assessment assessment, Path folder, Locale locale) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Files.createDirectories(folder);
        List<UnitAssessment> provinces = assessment.units().stream().filter(u -> u.unit().level() == AdminLevel.PROVINCE).toList();
        List<Path> written = new ArrayList<>();
        Path index = folder.resolve(INDEX);
        written.add(index);
        if (provinces.size() <= 1) {
            try (Writer out = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
                HtmlReport.write(assessment, locale, out);
            }
            return written;
        }
        Map<String, String> pages = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(Set.of(INDEX));
        for (UnitAssessment p : provinces) {
            pages.put(p.unit().id(), fileName(p.unit().id(), taken));
        }
        try (Writer out = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
            HtmlReport.nationalPage(assessment, locale, pages, out);
        }
        for (Map.Entry<String, String> e : pages.entrySet()) {
            Path page = folder.resolve(e.getValue());
            try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                HtmlReport.provincePage(HtmlReport.province(assessment, e.getKey()), locale, INDEX, out);
            }
            written.add(page);
        }
        return written;
    }

    /** A file name for a province's id: lower-case letters, digits, {@code _} and {@code -}; made unique among {@code taken}. */
    static String fileName(String id, Set<String> taken) {
        StringBuilder b = new StringBuilder();
        for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' ? c : '-');
        }
        String base = b.length() == 0 ? "province" : b.toString();
        String name = base + ".html";
        for (int i = 2; !taken.add(name); i++) {
            name = base + "-" + i + ".html";
        }
        return name;
    }
}
