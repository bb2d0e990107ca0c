package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.rules.Area;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.EffectivePeriod;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/** A pack that states its area warns, instead of "stale", when the area's units no longer exist on the data's date. */
class AreaWarningTest {

    private static final Area SONG_XANH = Area.of(Text.of("Tỉnh Sông Xanh", "Sông Xanh province"), List.of("91"))
            .withEnd(LocalDate.of(2025, 6, 30), Text.of("nhập vào Tỉnh Núi Biếc (92)", "became part of Núi Biếc province (92)"));

    private static RulePack pack(LocalDate end, Area area) {
        RulePack.Builder b = RulePack.builder("test.area", "1").vocabulary(Metrics.all()).title("Gói", "Pack").effective(EffectivePeriod.between(LocalDate.of(2021, 1, 1), end))
                .criterion(Criterion.builder("c").name("Tiêu chí", "Criterion").level(AdminLevel.COMMUNE)
                        .measure(Measure.count(Metrics.COOPERATIVES), Threshold.atLeast(1)).citation(Citation.of("KH 1")).build());
        return area == null ? b.build() : b.area(area).build();
    }

    private static List<Text> warnings(RulePack pack, LocalDate day) {
        Dataset data = Dataset.builder(day).province("p", "Tỉnh").commune("x", "Xã", "p").build();
        return Evaluator.create().evaluate(data, pack, day).warnings();
    }

    @Test
    void onDataAfterTheAreasLastDay_theWarningSaysWhatBecameOfIt_insteadOfStale() {
        List<Text> w = warnings(pack(LocalDate.of(2025, 12, 31), SONG_XANH), LocalDate.of(2026, 3, 1));
        assertThat(w).singleElement().satisfies(t -> {
            assertThat(t.en()).isEqualTo("the rule pack test.area@1 governs Sông Xanh province (91), which existed until 2025-06-30: "
                    + "became part of Núi Biếc province (92). The data, dated 2026-03-01, is about the units made after it, not those the pack "
                    + "was written for");
            assertThat(t.vi()).contains("Tỉnh Sông Xanh (91)", "30/06/2025", "nhập vào Tỉnh Núi Biếc (92)", "01/03/2026");
        });
        // In force, and after its end while the area existed: as before.
        assertThat(warnings(pack(LocalDate.of(2025, 12, 31), SONG_XANH), LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(warnings(pack(LocalDate.of(2024, 12, 31), SONG_XANH), LocalDate.of(2025, 3, 1))).singleElement()
                .satisfies(t -> assertThat(t.en()).contains("ended on 2024-12-31", "may be stale"));
    }

    @Test
    void theAreaIsJudgedByTheDatasDate_notByTheDateWhoseRulesApply() {
        // 2024 figures (the area's units) judged by the rules as of 2026: the pack is stale, the area was there.
        Dataset data2024 = Dataset.builder(LocalDate.of(2024, 6, 30)).province("p", "Tỉnh").commune("x", "Xã", "p").build();
        List<Text> w = Evaluator.create().evaluate(data2024, pack(LocalDate.of(2025, 12, 31), SONG_XANH), LocalDate.of(2026, 3, 1)).warnings();
        assertThat(w).singleElement().satisfies(t -> assertThat(t.en()).contains("ended on 2025-12-31", "may be stale"));
    }

    @Test
    void aPackThatEndedBeforeItsArea_saysBoth() {
        List<Text> w = warnings(pack(LocalDate.of(2023, 12, 31), SONG_XANH), LocalDate.of(2026, 3, 1));
        assertThat(w).hasSize(2);
        assertThat(w.get(0).en()).contains("which existed until 2025-06-30");
        assertThat(w.get(1).en()).contains("ended on 2023-12-31");
    }

    @Test
    void anAreaWithoutALastDay_neverWarns_andAPackWithoutAnArea_staysStale() {
        Area open = Area.of(Text.of("Tỉnh Nghệ An", "Nghệ An province"), List.of("40"));
        assertThat(warnings(pack(LocalDate.of(2030, 12, 31), open), LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(warnings(pack(LocalDate.of(2025, 12, 31), null), LocalDate.of(2026, 3, 1))).singleElement()
                .satisfies(t -> assertThat(t.en()).contains("may be stale"));
    }

    @Test
    void theFormatsArea_isReadWrittenAndInherited_andItsMistakesAreLocated() {
        RulePack p = pack(LocalDate.of(2025, 12, 31), SONG_XANH);
        String json = RulePackJson.write(p);
        assertThat(json).contains("\"area\"", "\"until\" : \"2025-06-30\"");
        assertThat(RulePackJson.read(PackSource.text("p.json", json), Metrics.all())).isEqualTo(p);
        assertThat(RulePackJson.read(PackSource.text("p.json", json), Metrics.all()).area()).contains(SONG_XANH);
        String bad = json.replace("\"91\"", "\"9 1\"").replace("\"until\" : \"2025-06-30\",", "");
        assertThatThrownBy(() -> RulePackJson.read(PackSource.text("bad.json", bad), Metrics.all())).isInstanceOf(SmartVillageException.class)
                .satisfies(e -> assertThat(((SmartVillageException) e).problems()).extracting(x -> x.code())
                        .contains("packFile.area.code", "packFile.area.untilAndThen"));
    }

    @Test
    void anAreaHasAtLeastOneWellFormedCode_eachOnce() {
        assertThatThrownBy(() -> Area.of(Text.of("a", "a"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Area.of(Text.of("a", "a"), List.of("2 4"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Area.of(Text.of("a", "a"), List.of("24", "24"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(SONG_XANH.endedBefore(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(SONG_XANH.endedBefore(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(SONG_XANH.toString()).isEqualTo("Area[Tỉnh Sông Xanh, 91, until 2025-06-30]");
    }
}
