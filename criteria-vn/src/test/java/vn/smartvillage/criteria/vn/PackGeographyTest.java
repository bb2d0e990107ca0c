package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.Area;
import vn.smartvillage.rules.RulePack;

/**
 * The shipped packs know the geography they govern (issue 17, point 3): Bắc Giang's packs govern the former
 * province 24, which ended on 30 June 2025, and say so, with what became of it, on later data; Nghệ An's
 * govern province 40, unchanged, and stay in force to their end.
 */
class PackGeographyTest {

    private static final RulePackRegistry REGISTRY = VietnamPacks.registry();
    private static final LocalDate Y2024 = LocalDate.of(2024, 6, 30);
    private static final LocalDate Y2026 = LocalDate.of(2026, 3, 1);

    private static Assessment evaluate(String packId, LocalDate packDay, Dataset data) {
        return Evaluator.create().evaluate(data, REGISTRY.resolve(packId, packDay), data.asOf());
    }

    private static boolean areaWarning(Text w) {
        return w.en().contains("which existed until") || w.vi().contains("chỉ tồn tại đến ngày");
    }

    @Test
    void bacGiangsPlanOn2026Data_saysInBothLanguagesThatBacGiangBecamePartOfBacNinh_andHowToFollowItsFormerArea() {
        Dataset bacNinh = VietnamUnits.current().skeleton("24", Y2026).build();
        Assessment a = evaluate(VietnamPacks.BAC_GIANG, LocalDate.of(2025, 12, 31), bacNinh);
        List<Text> area = a.warnings().stream().filter(PackGeographyTest::areaWarning).toList();
        assertThat(area).hasSize(1);
        assertThat(area.get(0).en()).contains("vn.bac-giang.ntm-digital@2023-2025", "Bắc Giang province (24), which existed until 2025-06-30",
                "merged into Bắc Ninh province (code 24)", "Nghị quyết 202/2025/QH15", "Nghị quyết 1658/NQ-UBTVQH15",
                "58 communes and wards", "VietnamUnits.covering(\"24\")", "Dataset.rebase", "dated 2026-03-01");
        assertThat(area.get(0).vi()).contains("Tỉnh Bắc Giang (24)", "đến ngày 30/06/2025", "hợp nhất với tỉnh Bắc Ninh thành tỉnh Bắc Ninh (mã 24)",
                "Nghị quyết 202/2025/QH15", "58 xã, phường");
        // The warning replaces "stale": the plan ended on 2025-12-31 because of the same reform.
        assertThat(a.warnings()).noneSatisfy(w -> assertThat(w.en()).contains("may be stale"));
    }

    @Test
    void bacGiangsPlanOnDataOfTheSecondHalfOf2025_alreadySaysIt_thoughThePlanIsStillInForce() {
        LocalDate day = LocalDate.of(2025, 9, 30);
        Assessment a = evaluate(VietnamPacks.BAC_GIANG, day, VietnamUnits.current().skeleton("24", day).build());
        assertThat(a.warnings()).anySatisfy(w -> assertThat(areaWarning(w)).isTrue());
    }

    @Test
    void bacGiangsPlanOn2024Data_saysNothingOfTheReform() {
        Dataset bacGiang = VietnamUnits.former().skeleton("24", Y2024).build();
        Assessment a = evaluate(VietnamPacks.BAC_GIANG, Y2024, bacGiang);
        assertThat(a.warnings()).noneSatisfy(w -> assertThat(areaWarning(w)).isTrue());
        assertThat(a.warnings()).noneSatisfy(w -> assertThat(w.en()).contains("stale"));
    }

    @Test
    void thePilotOn2026Data_saysBoth_thatItEndedIn2023_andThatBacGiangNoLongerExists() {
        Dataset bacNinh = VietnamUnits.current().skeleton("24", Y2026).build();
        Assessment a = evaluate(VietnamPacks.BAC_GIANG_PILOT, Y2026, bacNinh);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w.en()).contains("ended on 2023-12-31"));
        assertThat(a.warnings()).anySatisfy(w -> assertThat(areaWarning(w)).isTrue());
        // On 2024 data only its own end.
        Assessment earlier = evaluate(VietnamPacks.BAC_GIANG_PILOT, Y2024, VietnamUnits.former().skeleton("24", Y2024).build());
        assertThat(earlier.warnings()).noneSatisfy(w -> assertThat(areaWarning(w)).isTrue());
        assertThat(earlier.warnings()).anySatisfy(w -> assertThat(w.en()).contains("ended on 2023-12-31"));
    }

    @Test
    void ngheAnsPlan_governsAnUnchangedProvince_andStaysInForceToItsEnd_withoutAnyAreaWarning() {
        RulePack ngheAn = REGISTRY.pack(VietnamPacks.NGHE_AN, "2021-2025").orElseThrow();
        assertThat(ngheAn.area()).hasValueSatisfying(area -> {
            assertThat(area.codes()).containsExactly("40");
            assertThat(area.lastDay()).isEmpty();
        });
        for (LocalDate day : List.of(Y2024, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31))) {
            Dataset data = VietnamUnits.on(day).skeleton("40", day).build();
            Assessment a = evaluate(VietnamPacks.NGHE_AN, day, data);
            assertThat(a.warnings()).as("%s", day).noneSatisfy(w -> assertThat(areaWarning(w)).isTrue());
            assertThat(a.warnings()).as("%s", day).noneSatisfy(w -> assertThat(w.en()).contains("stale"));
        }
        // After its end, only that it ended.
        Dataset data2026 = VietnamUnits.current().skeleton("40", Y2026).build();
        Assessment late = Evaluator.create().evaluate(data2026, ngheAn, Y2026);
        assertThat(late.warnings()).noneSatisfy(w -> assertThat(areaWarning(w)).isTrue());
        assertThat(late.warnings()).anySatisfy(w -> assertThat(w.en()).contains("ended on 2025-12-31"));
    }

    @Test
    void everyStatedArea_agreesWithTheOfficialUnits_ofThePacksFirstDay() {
        for (RulePack pack : REGISTRY.packs()) {
            if (pack.area().isEmpty()) {
                assertThat(pack.id()).as("only national packs state no area").startsWith("vn.ntm");
                continue;
            }
            Area area = pack.area().get();
            VietnamUnits map = VietnamUnits.on(pack.effective().from());
            for (String code : area.codes()) {
                OfficialUnit u = map.unit(code).orElseThrow(() -> new AssertionError(pack + ": no unit " + code));
                assertThat(CodeCheck.sameName(area.name().vi(), u.name())).as("%s names %s", pack, u).isTrue();
                // A unit that is still there, by code and name, has no end; one that is not, ends on 30 June 2025.
                boolean unchanged = VietnamUnits.current().unit(code).filter(now -> CodeCheck.sameName(now.name(), u.name())).isPresent();
                assertThat(area.lastDay()).as("%s, %s", pack, u).isEqualTo(unchanged ? java.util.Optional.empty()
                        : java.util.Optional.of(VietnamUnits.REFORM_DATE.minusDays(1)));
                if (!unchanged) {
                    // What the pack says became of it is what the data says: the successor, and how many units cover it now.
                    OfficialUnit next = u.successors().get(0).successor();
                    int covering = VietnamUnits.covering(code).size();
                    Text then = area.succession().orElseThrow();
                    assertThat(then.en()).as("%s", pack).contains(next.name().replace("Tỉnh ", "") + " province (code " + next.code() + ")",
                            u.successors().get(0).resolution().orElseThrow(), covering + " communes");
                    assertThat(then.vi()).as("%s", pack).contains("(mã " + next.code() + ")", covering + " xã");
                }
            }
        }
    }

    @Test
    void bacGiangsFormerArea_isExactly58CommunesOfTodaysBacNinh_madeOfItsFormerCommunesOnly() {
        List<OfficialUnit> covering = VietnamUnits.covering("24");
        assertThat(covering).hasSize(58).allSatisfy(c -> {
            assertThat(c.provinceCode()).contains("24");
            assertThat(c.predecessors()).allSatisfy(p -> assertThat(p.predecessor().provinceCode()).contains("24"));
        });
        // With the 41 of former Bắc Ninh (27), they make the 99 of today's Bắc Ninh (NQ 1658/NQ-UBTVQH15).
        assertThat(VietnamUnits.covering("27")).hasSize(41).doesNotContainAnyElementsOf(covering);
        assertThat(VietnamUnits.current().communes("24")).hasSize(99);
        assertThat(VietnamUnits.covering("07792")).extracting(OfficialUnit::code).containsExactly("07798");
    }
}
