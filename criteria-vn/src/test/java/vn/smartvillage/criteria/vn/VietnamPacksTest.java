package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.RulePack;

class VietnamPacksTest {

    private static final RulePackRegistry REGISTRY = VietnamPacks.registry();

    @Test
    void theProviderIsFoundByDiscovery() {
        RulePackRegistry discovered = RulePackRegistry.builder().discover().build();
        assertThat(discovered.ids()).contains(VietnamPacks.NATIONAL, VietnamPacks.BAC_GIANG, VietnamPacks.BAC_GIANG_PILOT,
                VietnamPacks.NGHE_AN);
        assertThat(discovered.versions(VietnamPacks.NATIONAL)).extracting(RulePack::version).containsExactly("2021-2025", "2026-2030");
    }

    @Test
    void aDateIn2026PicksThe2026to2030Rules_andTheGapBeforeThemIsAnError_notASilentFallback() {
        assertThat(REGISTRY.resolve(VietnamPacks.NATIONAL, LocalDate.of(2025, 12, 31)).version()).isEqualTo("2021-2025");
        assertThat(REGISTRY.resolve(VietnamPacks.NATIONAL, LocalDate.of(2026, 2, 15)).version()).isEqualTo("2026-2030");
        assertThat(REGISTRY.resolve(VietnamPacks.NATIONAL, LocalDate.of(2028, 6, 1)).version()).isEqualTo("2026-2030");
        assertThatThrownBy(() -> REGISTRY.resolve(VietnamPacks.NATIONAL, LocalDate.of(2026, 1, 15)))
                .isInstanceOf(SmartVillageException.class)
                .satisfies(e -> assertThat(((SmartVillageException) e).problems().toString()).contains("2021-2025", "2026-2030"));
    }

    @Test
    void aBacGiangPlanUsedIn2026_saysThatBacGiangBecamePartOfBacNinh_notOnlyThatItIsStale() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        RulePack bg = REGISTRY.resolve(VietnamPacks.BAC_GIANG, day);
        // 2026 data is about today's units: the province Bắc Ninh (24), not a province called Bắc Giang.
        Dataset data = VietnamUnits.current().skeleton("24", day).build();
        Assessment a = Evaluator.create().evaluate(data, bg, day);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w.en()).contains("Bắc Giang province (24), which existed until 2025-06-30",
                "merged into Bắc Ninh province (code 24)", "Nghị quyết 202/2025/QH15"));
        assertThat(a.warnings()).noneSatisfy(w -> assertThat(w.en()).contains("may be stale"));
    }

    @Test
    void afterTheReform_theProvincePlansNameTheirDistrictRulesAsNotApplicable() {
        LocalDate day = LocalDate.of(2025, 9, 30);
        Dataset data = Dataset.builder(day).province("bg", "Bắc Giang").commune("c", "Xã", "bg")
                .observe("c", Metrics.WORK_RECORDS, 100L).observe("c", Metrics.WORK_RECORDS_ONLINE, 60L).build();
        for (String id : List.of(VietnamPacks.BAC_GIANG, VietnamPacks.NGHE_AN, VietnamPacks.NATIONAL)) {
            Assessment a = Evaluator.create().evaluate(data, REGISTRY.resolve(id, day), day);
            assertThat(a.warnings()).as(id).anySatisfy(w -> assertThat(w.en())
                    .contains("vn.924.district.work-records-online", "vn.924.district.linkage-model", "districts were abolished on 2025-07-01"));
            assertThat(a.unit("bg").orElseThrow().target("vn.924.province.districts-with-linkage-model").orElseThrow().status())
                    .as(id).isEqualTo(Status.NOT_APPLICABLE);
            assertThat(a.unit("c").orElseThrow().target("vn.924.commune.work-records-online").orElseThrow().status())
                    .as(id).isEqualTo(Status.MET);
        }
    }

    @Test
    void everyRuleCitesAKnownDocumentAndWhereItWasRead_andEveryEncodedRuleSaysHowWellItWasVerified() {
        List<String> documents = LegalDocuments.all().stream().map(Citation::document).toList();
        for (RulePack pack : REGISTRY.packs()) {
            List<Criterion> rules = new ArrayList<>(pack.criteria());
            pack.targets().forEach(t -> rules.add(t.indicator()));
            for (Criterion c : rules) {
                assertThat(c.citation().source()).as(c.id()).hasValueSatisfying(x -> assertThat(x).isNotBlank());
                assertThat(documents).as(c.id() + " cites " + c.citation().document())
                        .anySatisfy(d -> assertThat(c.citation().document()).startsWith(d));
                if (c.isEncoded()) {
                    assertThat(c.citation().verification()).as(c.id()).isPresent();
                }
            }
            pack.certifications().forEach(x -> assertThat(x.citation().source()).as(x.id()).hasValueSatisfying(s -> assertThat(s).isNotBlank()));
        }
    }

    @Test
    void theBacGiangPilotEndsWithTheLastYearItsSourceNames_andWarnsWhenUsedAfterIt() {
        RulePack pilot = REGISTRY.pack(VietnamPacks.BAC_GIANG_PILOT, "2022").orElseThrow();
        assertThat(pilot.effective().to()).contains(LocalDate.of(2023, 12, 31));
        LocalDate day = LocalDate.of(2024, 6, 30);
        Dataset data = Dataset.builder(day).province("bg", "Bắc Giang").commune("c", "Xã", "bg").build();
        Assessment a = Evaluator.create().evaluate(data, REGISTRY.resolve(VietnamPacks.BAC_GIANG_PILOT, day), day);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w.en()).contains("ended on 2023-12-31"));
        Assessment inForce = Evaluator.create().evaluate(data, pilot, LocalDate.of(2023, 6, 30));
        assertThat(inForce.warnings()).noneSatisfy(w -> assertThat(w.en()).contains("ended on"));
    }

    @Test
    void theInventedSmartVillageRuleOf51IsGone() {
        for (RulePack pack : REGISTRY.packs()) {
            assertThat(pack.criteria()).as(pack.toString()).noneMatch(c -> c.id().equals("vn.51.village.smart-village"));
        }
    }

    @Test
    void ngheAnsOwnCooperativeAndLinkageTargetsReplaceThe924OnesItRestates_otherPacksKeepThem() {
        RulePack ngheAn = REGISTRY.pack(VietnamPacks.NGHE_AN, "2021-2025").orElseThrow();
        assertThat(ngheAn.target("na.province.communes-cooperative-in-linkage")).isPresent();
        assertThat(ngheAn.target("na.province.linkage-models-digital")).isPresent();
        assertThat(ngheAn.target("vn.924.province.communes-with-cooperative")).isEmpty();
        assertThat(ngheAn.target("vn.924.province.linkage-models-digital")).isEmpty();
        assertThat(ngheAn.target("na.province.communes-cooperative-in-linkage").orElseThrow().indicator().citation().article())
                .hasValueSatisfying(x -> assertThat(x).contains("vn.924.province.communes-with-cooperative"));
        for (String id : List.of(VietnamPacks.NATIONAL + "@2021-2025", VietnamPacks.BAC_GIANG + "@2023-2025")) {
            RulePack p = REGISTRY.packs().stream().filter(x -> x.toString().equals(id)).findFirst().orElseThrow();
            assertThat(p.target("vn.924.province.communes-with-cooperative")).as(id).isPresent();
            assertThat(p.target("vn.924.province.linkage-models-digital")).as(id).isPresent();
        }
    }

    @Test
    void the924TargetsFromIssue17AreInTheNationalPack_withTheirThresholds_andBacGiangRecitesKh20() {
        RulePack national = REGISTRY.pack(VietnamPacks.NATIONAL, "2021-2025").orElseThrow();
        RulePack bg = REGISTRY.pack(VietnamPacks.BAC_GIANG, "2023-2025").orElseThrow();
        Map<String, String> thresholds = Map.of(
                "vn.924.province.communes-advanced-8-4", ">= 50 %",
                "vn.924.province.communes-advanced-15-2", ">= 50 %",
                "vn.924.province.districts-9-5", ">= 60 %",
                "vn.924.province.districts-advanced-6-5", ">= 25 %",
                "vn.924.province.districts-advanced-9-2", ">= 25 %",
                "vn.924.province.linkage-models-digital", ">= 50 %",
                "vn.924.province.smart-ntm-pilot-communes", ">= 1");
        thresholds.forEach((id, threshold) -> assertThat(RulePackJson.threshold(national.target(id).orElseThrow().indicator().threshold()))
                .as(id).isEqualTo(threshold));
        assertThat(national.target("vn.924.province.managers-trained").orElseThrow().indicator().isEncoded()).isFalse();
        assertThat(RulePackJson.threshold(bg.target("vn.924.province.districts-9-5").orElseThrow().indicator().threshold())).isEqualTo(">= 70 %");
        for (String id : List.of("vn.924.province.communes-advanced-8-4", "vn.924.province.communes-advanced-15-2",
                "vn.924.province.districts-9-5", "vn.924.province.linkage-models-digital", "vn.924.province.managers-trained")) {
            assertThat(bg.target(id).orElseThrow().indicator().citation().document()).as(id).startsWith(LegalDocuments.BAC_GIANG_KH_20_2023.document());
        }
        assertThat(national.criterion("vn.924.commune.has-cooperative").orElseThrow().citation().document())
                .isEqualTo(LegalDocuments.QD_924_2022.document()).contains("giai đoạn 2021–2025");
    }

    @Test
    void the2026to2030PackEncodesNothingItCouldNotVerify() {
        RulePack p = REGISTRY.pack(VietnamPacks.NATIONAL, "2026-2030").orElseThrow();
        assertThat(p.criteria()).isNotEmpty().noneMatch(Criterion::isEncoded);
        assertThat(p.targets()).isEmpty();
        assertThat(p.certifications()).isEmpty();
    }

    @Test
    void everyShippedPackPassesItsOwnCases_the2026to2030GroupsIncluded() {
        for (RulePackRegistry.Entry e : REGISTRY.entries()) {
            vn.smartvillage.packs.testing.PackTestReport r = vn.smartvillage.packs.testing.PackTestReport.run(e.pack(), e.tests());
            assertThat(r.passed()).as(r.toString()).isTrue();
            assertThat(e.tests()).as(e.pack().toString()).isNotEmpty();
        }
        RulePack p = REGISTRY.pack(VietnamPacks.NATIONAL, "2026-2030").orElseThrow();
        for (int g = 1; g <= 3; g++) {
            Criterion c = p.criterion("vn.51.commune.science-technology-dx.group-" + g).orElseThrow();
            assertThat(c.appliesWhere()).contains(Metrics.COMMUNE_GROUP);
            assertThat(c.appliesWhereValue()).hasValue(g);
            assertThat(c.citation().article()).hasValue("Phụ lục I (nhóm " + g + ")");
        }
    }

    @Test
    void districtRulesBelongOnlyToThe2021to2025Packs() {
        for (RulePack pack : REGISTRY.packs()) {
            boolean districtRules = pack.criteria().stream().anyMatch(c -> c.level() == AdminLevel.DISTRICT)
                    || pack.targets().stream().anyMatch(t -> t.indicator().level() == AdminLevel.DISTRICT);
            if (districtRules) {
                assertThat(pack.effective().to()).as(pack.toString()).hasValueSatisfying(to -> assertThat(to).isBeforeOrEqualTo(LocalDate.of(2025, 12, 31)));
            }
        }
    }
}
