package vn.smartvillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Core names no Vietnamese province: not in its code, its javadoc, its message catalogs or its file
 * names. Core holds the engine for any country's rules; Vietnam's packs, metrics and names are data of
 * {@code smartvillage-criteria-vn}. The provinces are the 34 from 1 July 2025 and the 63 before, from
 * {@code src/test/resources/vn-admin-units-2025} (see its README), each found with or without its
 * diacritics and in any case, its words apart or joined by spaces, hyphens or underscores ("Bắc Giang",
 * "Bac Giang", "bac-giang", "BAC_GIANG", "BacGiang").
 */
class NoProvinceNamesTest {

    private static final Path LISTS = Path.of("src/test/resources/vn-admin-units-2025");
    private static final List<Path> MAIN = List.of(Path.of("src/main/java"), Path.of("src/main/resources"));

    /** The provinces' names without "Tỉnh" or "Thành phố", as written in the lists. */
    static Set<String> provinces(String file) throws IOException {
        Set<String> names = new TreeSet<>();
        List<String> lines = Files.readAllLines(LISTS.resolve(file), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String name = line.split(",", -1)[1];
            names.add(name.replaceFirst("^(Tỉnh|Thành phố) ", ""));
        }
        return names;
    }

    /** Lower case without diacritics: "Bắc Giang" and "BAC GIANG" both become "bac giang", "Đắk Lắk" "dak lak". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** A name's words, folded, apart or joined by spaces, hyphens or underscores, and not inside a longer word. */
    static Pattern pattern(String name) {
        List<String> words = List.of(fold(name).split(" "));
        return Pattern.compile("(?<![a-z0-9])" + String.join("[\\s_-]*", words.stream().map(Pattern::quote).toList())
                + "(?![a-z0-9])");
    }

    /** Where {@code text} names one of {@code names}: "line: name", each found once. */
    static List<String> named(String text, Set<String> names) {
        String folded = fold(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<String> found = new ArrayList<>();
        for (String name : names) {
            Matcher m = pattern(name).matcher(folded);
            while (m.find()) {
                long line = folded.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(line + ": " + name + " ('" + text.lines().skip(line - 1).findFirst().orElse("").strip() + "')");
            }
        }
        return found;
    }

    private static Set<String> allProvinces() throws IOException {
        Set<String> all = new TreeSet<>(provinces("provinces.csv"));
        all.addAll(provinces("old-provinces.csv"));
        return all;
    }

    @Test
    void theListsHoldThe34ProvincesOfToday_andThe63OfBefore() throws IOException {
        assertThat(provinces("provinces.csv")).hasSize(34).contains("Bắc Ninh", "Nghệ An", "Hà Nội", "Hồ Chí Minh", "Huế");
        assertThat(provinces("old-provinces.csv")).hasSize(63).contains("Bắc Giang", "Hoà Bình", "Bà Rịa - Vũng Tàu", "Đắk Nông");
    }

    @Test
    void aProvinceIsFound_withOrWithoutDiacritics_asASlug_andAsAConstant() throws IOException {
        Set<String> all = allProvinces();
        for (String written : List.of("Bắc Giang", "Bac Giang", "bac-giang", "BAC_GIANG", "BacGiang", "vn.bac-giang.ntm-digital",
                "Hòa Bình", "hoa-binh", "Ba Ria - Vung Tau", "ba-ria-vung-tau", "Đắk Lắk", "dak-lak", "Thành phố Huế", "\"hue\"",
                "Nghe\u0302\u0323 An")) {
            assertThat(named("x " + written + " x", all)).as(written).isNotEmpty();
        }
        for (String neutral : List.of("Sông Xanh", "song-xanh", "Đồng Xanh", "An Lành", "hues", "bacgiangs", "residents")) {
            assertThat(named(neutral, all)).as(neutral).isEmpty();
        }
    }

    @Test
    void coresMainSourcesAndResources_nameNoVietnameseProvince() throws IOException {
        Set<String> all = allProvinces();
        List<String> found = new ArrayList<>();
        for (Path root : MAIN) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    named(root.relativize(f).toString(), all).forEach(n -> found.add(f + " (its name): " + n));
                    named(Files.readString(f, StandardCharsets.UTF_8), all).forEach(n -> found.add(f + ":" + n));
                }
            }
        }
        assertThat(found).as("core names no province; Vietnam's names belong in smartvillage-criteria-vn").isEmpty();
    }
}
