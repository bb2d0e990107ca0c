package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;

class VietnamUnitsTest {

    private static final Path DATA = Path.of("src/main/resources/vn/smartvillage/criteria/vn/units");
    private static final VietnamUnits NOW = VietnamUnits.current();
    private static final VietnamUnits BEFORE = VietnamUnits.former();

    /** The rows of one of the shipped files, split by hand: independent of the code under test. */
    private static List<String[]> csv(String file) throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    }

    private static OfficialUnit now(String code) {
        return NOW.unit(code).orElseThrow();
    }

    private static OfficialUnit before(String code) {
        return BEFORE.unit(code).orElseThrow();
    }

    @Test
    void theTotals_areThoseOfTheReform() {
        assertThat(NOW.provinces()).hasSize(34);
        assertThat(NOW.communes()).hasSize(3_321);
        assertThat(BEFORE.provinces()).hasSize(63);
        assertThat(BEFORE.communes()).hasSize(10_047);
    }

    @Test
    void everyCommuneOfTheFile_answersByItsCode_withItsNameAndProvince() throws IOException {
        List<String[]> rows = csv("communes.csv");
        assertThat(rows).hasSize(3_321);
        for (String[] r : rows) {
            OfficialUnit u = now(r[0]);
            assertThat(u.code()).isEqualTo(r[0]);
            assertThat(u.name()).isEqualTo(r[1]);
            assertThat(u.level()).isEqualTo(AdminLevel.COMMUNE);
            assertThat(u.provinceCode()).contains(r[2]);
            assertThat(u.validFrom()).contains(LocalDate.of(2025, 7, 1));
            assertThat(u.validUntil()).isEmpty();
        }
        for (String[] r : csv("old-communes.csv")) {
            OfficialUnit u = before(r[0]);
            assertThat(u.name()).isEqualTo(r[1]);
            assertThat(u.provinceCode()).contains(r[2]);
            assertThat(u.validUntil()).contains(LocalDate.of(2025, 6, 30));
        }
    }

    @Test
    void theCommunesPerProvince_areTheFilesCounts() throws IOException {
        Map<String, Long> expected = csv("communes.csv").stream().collect(Collectors.groupingBy(r -> r[2], TreeMap::new, Collectors.counting()));
        assertThat(expected).hasSize(34);
        Map<String, Long> actual = new TreeMap<>();
        for (OfficialUnit p : NOW.provinces()) {
            actual.put(p.code(), (long) NOW.communes(p.code()).size());
            assertThat(NOW.communes(p.code())).allSatisfy(c -> assertThat(c.province()).contains(p));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3_321);

        Map<String, Long> expectedBefore = csv("old-communes.csv").stream()
                .collect(Collectors.groupingBy(r -> r[2], TreeMap::new, Collectors.counting()));
        Map<String, Long> actualBefore = new TreeMap<>();
        BEFORE.provinces().forEach(p -> actualBefore.put(p.code(), (long) BEFORE.communes(p.code()).size()));
        assertThat(actualBefore).isEqualTo(expectedBefore).hasSize(63);
        assertThat(actualBefore.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_047);
    }

    @Test
    void codesKeepTheirLeadingZeros_andAreLookedUpInTheMapOfAPeriod() {
        assertThat(now("01").name()).isEqualTo("Thành phố Hà Nội");
        assertThat(NOW.unit("1")).isEmpty();
        assertThat(now("07798").name()).isEqualTo("Phường Vân Hà");
        assertThat(before("07798").name()).isEqualTo("Phường Ninh Sơn");
        assertThat(now("24").name()).isEqualTo("Tỉnh Bắc Ninh");
        assertThat(before("24").name()).isEqualTo("Tỉnh Bắc Giang");
        assertThat(VietnamUnits.on(LocalDate.of(2025, 6, 30))).isSameAs(BEFORE);
        assertThat(VietnamUnits.on(LocalDate.of(2025, 7, 1))).isSameAs(NOW);
        assertThat(NOW.isValidOn(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(BEFORE.isValidOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(before("24").isValidOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(before("24").isValidOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(now("24")).isNotEqualTo(before("24"));
        assertThat(now("24").toString()).isEqualTo("Tỉnh Bắc Ninh (24, from 2025-07-01)");
        assertThat(NOW.validFrom()).contains(VietnamUnits.REFORM_DATE);
        assertThat(BEFORE.validUntil()).contains(LocalDate.of(2025, 6, 30));
        assertThat(NOW).hasToString("VietnamUnits[from 2025-07-01: 34 provinces, 3321 communes]");
    }

    @Test
    void bacGiangAndBacNinh_becameTheNewBacNinh_andNgheAnIsUnchanged() {
        assertThat(before("24").successors()).singleElement().satisfies(s -> {
            assertThat(s.successor()).isEqualTo(now("24"));
            assertThat(s.part()).isEqualTo(Succession.Part.FULL);
            assertThat(s.date()).isEqualTo(LocalDate.of(2025, 7, 1));
        });
        assertThat(before("27").successors()).extracting(Succession::successor).containsExactly(now("24"));
        assertThat(now("24").predecessors()).extracting(Succession::predecessor).containsExactlyInAnyOrder(before("24"), before("27"));
        assertThat(before("40").name()).isEqualTo("Tỉnh Nghệ An");
        assertThat(before("40").successors()).extracting(Succession::successor).containsExactly(now("40"));
        assertThat(now("40").name()).isEqualTo("Tỉnh Nghệ An");
        assertThat(now("40").predecessors()).extracting(Succession::predecessor).containsExactly(before("40"));
    }

    @Test
    void theCommunesOfTheSeeds_wentWholeIntoTheirSuccessors() {
        assertSuccessor("07792", "Phường Quảng Minh", "07798", "Phường Vân Hà");
        assertSuccessor("07561", "Phường Hồng Giang", "07525", "Phường Chũ");
        assertSuccessor("07354", "Xã Việt Lập", "07339", "Xã Tân Yên");
        assertSuccessor("07324", "Xã Phúc Hòa", "07330", "Xã Phúc Hòa");
        assertThat(now("07798").predecessors()).extracting(s -> s.predecessor().code()).contains("07792", "07798");
    }

    private static void assertSuccessor(String oldCode, String oldName, String newCode, String newName) {
        OfficialUnit old = before(oldCode);
        assertThat(old.name()).isEqualTo(oldName);
        assertThat(old.province()).contains(before("24"));
        assertThat(old.successors()).singleElement().satisfies(s -> {
            assertThat(s.predecessor()).isEqualTo(old);
            assertThat(s.successor().code()).isEqualTo(newCode);
            assertThat(s.successor().name()).isEqualTo(newName);
            assertThat(s.successor().province()).contains(now("24"));
            assertThat(s.part()).isEqualTo(Succession.Part.FULL);
        });
        assertThat(now(newCode).predecessors()).extracting(Succession::predecessor).contains(old);
    }

    @Test
    void aDividedUnit_listsAllItsSuccessors_eachPartial() throws IOException {
        Map<String, List<String>> expected = csv("succession.csv").stream()
                .collect(Collectors.groupingBy(r -> r[0], TreeMap::new, Collectors.mapping(r -> r[3] + ":" + r[6], Collectors.toList())));
        long divided = 0;
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            OfficialUnit old = before(e.getKey());
            assertThat(old.successors()).extracting(s -> s.successor().code() + ":" + s.part().name().toLowerCase(java.util.Locale.ROOT))
                    .as(old.toString()).containsExactlyElementsOf(e.getValue());
            if (e.getValue().size() > 1) {
                divided++;
                assertThat(old.successors()).allSatisfy(s -> assertThat(s.part()).isEqualTo(Succession.Part.PARTIAL));
            }
        }
        assertThat(divided).isEqualTo(460);
        // One such unit, by hand.
        OfficialUnit some = BEFORE.communes().stream().filter(u -> u.successors().size() > 2).findFirst().orElseThrow();
        assertThat(some.successors()).allSatisfy(s -> {
            assertThat(s.part()).isEqualTo(Succession.Part.PARTIAL);
            assertThat(s.successor().predecessors()).contains(s);
        });
    }

    @Test
    void theIslandDistricts_areFormerUnitsWithoutAProvince_thatBecameSpecialZones() {
        OfficialUnit bachLongVi = before("318");
        assertThat(bachLongVi.name()).isEqualTo("Huyện Bạch Long Vĩ");
        assertThat(bachLongVi.level()).isEqualTo(AdminLevel.DISTRICT);
        assertThat(bachLongVi.province()).isEmpty();
        assertThat(bachLongVi.successors()).singleElement().satisfies(s -> assertThat(s.successor().name()).isEqualTo("Đặc khu Bạch Long Vĩ"));
        assertThat(BEFORE.communes()).doesNotContain(bachLongVi);
        assertThat(NOW.unit("318")).isEmpty();
    }

    @Test
    void nothingIsSucceededToday_andNothingPrecededTheFormerUnits() {
        assertThat(now("07798").successors()).isEmpty();
        assertThat(before("07792").predecessors()).isEmpty();
    }

    @Test
    void names_areFoundWithoutAccents_case_kind_orNormalForm() {
        OfficialUnit quangMinh = before("07792");
        for (String q : List.of("Quang Minh", "quảng minh", "QUẢNG MINH", "Phuong Quang Minh", "Phường Quảng Minh",
                Normalizer.normalize("Phường Quảng Minh", Normalizer.Form.NFD), "  phuong-quang   minh ")) {
            assertThat(BEFORE.find(q)).as(q).contains(quangMinh);
            assertThat(BEFORE.findIn("24", q)).as(q).first().isEqualTo(quangMinh);
        }
        assertThat(NOW.find("Dong Thap")).first().satisfies(u -> assertThat(u.name()).isEqualTo("Tỉnh Đồng Tháp"));
        assertThat(NOW.find("đồng tháp")).first().isEqualTo(NOW.find("DONG THAP").get(0));
        assertThat(NOW.find("Xa Phuc Hoa")).contains(now("07330"));
        assertThat(NOW.find("Phúc Hoà")).contains(now("07330"));   // the older tone placement
        assertThat(NOW.find("Ha Noi")).first().isEqualTo(now("01"));
    }

    @Test
    void exactMatchesComeFirst_thenNamesThatStartSo_thenTheRest() throws IOException {
        List<OfficialUnit> found = BEFORE.find("Quang Minh");
        // Every "Xã/Phường/Thị trấn Quang Minh" or "Quảng Minh" before the reform, in the order of their codes, folded here by hand.
        List<String> exact = csv("old-communes.csv").stream()
                .filter(r -> Normalizer.normalize(r[1], Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                        .replaceFirst("^(xa|phuong|thi tran) ", "").equals("quang minh"))
                .map(r -> r[0]).sorted().toList();
        assertThat(exact).hasSizeGreaterThanOrEqualTo(5).contains("07792");
        assertThat(found.subList(0, exact.size())).extracting(OfficialUnit::code).containsExactlyElementsOf(exact);
        assertThat(found.subList(exact.size(), found.size())).allSatisfy(u -> assertThat(VietnamUnits.fold(u.name())).contains("quang minh")
                .isNotIn("phuong quang minh", "xa quang minh"));
        List<OfficialUnit> partial = NOW.findIn("24", "Van H");
        assertThat(partial).first().isEqualTo(now("07798"));
        assertThat(NOW.find("Minh")).hasSizeGreaterThan(10);
        assertThat(NOW.find("Zzzz")).isEmpty();
        assertThat(NOW.findIn("40", "Vân Hà")).isEmpty();
    }

    @Test
    void aNameWithNothingToLookFor_isRefused() {
        assertThatThrownBy(() -> NOW.find(" - ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no letter or digit");
    }

    @Test
    void anUnknownProvinceCode_saysWhatTheCodeIsInstead() {
        assertThatThrownBy(() -> NOW.communes("27")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no province has the code '27' in the units from 2025-07-01: it is the code of Tỉnh Bắc Ninh (27, until 2025-06-30),"
                        + " which became part of Tỉnh Bắc Ninh (24, from 2025-07-01); VietnamUnits.former() has it");
        assertThatThrownBy(() -> NOW.communes("07798")).hasMessage(
                "no province has the code '07798' in the units from 2025-07-01: it is the code of Phường Vân Hà (07798, from 2025-07-01)");
        assertThatThrownBy(() -> NOW.skeleton("Bắc Ninh", LocalDate.of(2026, 1, 1)))
                .hasMessage("no province has the code 'Bắc Ninh' in the units from 2025-07-01: did you mean 24 (Tỉnh Bắc Ninh)?");
        assertThatThrownBy(() -> NOW.findIn("99", "x")).hasMessageEndingWith(": provinces() lists them");
    }

    @Test
    void theSkeletonOfBacNinh_holdsTheProvinceAndAllItsCommunes_keyedByCode() {
        LocalDate day = LocalDate.of(2026, 6, 30);
        Dataset d = NOW.skeleton("24", day).build();
        assertThat(d.asOf()).isEqualTo(day);
        // Each unit carries its official code too (issue 17: datasets that name units by code).
        assertThat(d.roots()).containsExactly(new Unit("24", "Tỉnh Bắc Ninh", AdminLevel.PROVINCE).withCode("24"));
        List<OfficialUnit> communes = NOW.communes("24");
        assertThat(communes).isNotEmpty();
        assertThat(d.children("24")).extracting(Unit::id).containsExactlyElementsOf(communes.stream().map(OfficialUnit::code).toList());
        assertThat(d.units()).hasSize(communes.size() + 1);
        assertThat(d.unit("07798")).contains(new Unit("07798", "Phường Vân Hà", AdminLevel.COMMUNE, "24").withCode("07798"));
        // The builder is the caller's: villages and figures go on.
        assertThat(NOW.skeleton("24", day).village("thon-1", "Thôn 1", "07798").build().children("07798")).hasSize(1);
        Dataset old = BEFORE.skeleton("24", LocalDate.of(2023, 1, 24)).build();
        assertThat(old.unit("07792")).contains(new Unit("07792", "Phường Quảng Minh", AdminLevel.COMMUNE, "24").withCode("07792"));
    }

    @Test
    void aSkeletonOutsideItsMapsPeriod_isRefused() {
        assertThatThrownBy(() -> NOW.skeleton("24", LocalDate.of(2025, 6, 30))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the units from 2025-07-01 do not apply to data dated 2025-06-30: use VietnamUnits.on(2025-06-30) for the units"
                        + " of that day");
        assertThatThrownBy(() -> BEFORE.skeleton("24", LocalDate.of(2025, 7, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyName_isStoredInNfc_andFindsItsUnitAmongTheFirstWithinItsProvince() {
        for (VietnamUnits map : List.of(NOW, BEFORE)) {
            for (OfficialUnit u : map.communes()) {
                assertThat(Normalizer.isNormalized(u.name(), Normalizer.Form.NFC)).isTrue();
                List<OfficialUnit> found = map.findIn(u.provinceCode().orElseThrow(), u.name());
                // Two communes of one province may share a folded name (before the reform, in different districts).
                assertThat(found.stream().takeWhile(f -> VietnamUnits.fold(f.name()).equals(VietnamUnits.fold(u.name())))).as(u.toString()).contains(u);
            }
        }
    }

    @Test
    void theDataIsReadOnce_andSharedBetweenThreads() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.Set<VietnamUnits> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> seen.add(VietnamUnits.current()));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).containsExactly(NOW);
    }
}
