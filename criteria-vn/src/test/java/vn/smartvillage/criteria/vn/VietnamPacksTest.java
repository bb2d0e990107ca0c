package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.model.AdminLevel;
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
    void aProvincePlanUsedIn2026_isStale_andTheAssessmentSaysSo() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        RulePack bg = REGISTRY.resolve(VietnamPacks.BAC_GIANG, day);
        Dataset data = Dataset.builder(day).province("bg", "Bắc Giang").commune("c", "Xã", "bg").build();
        Assessment a = Evaluator.create().evaluate(data, bg, day);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w.en()).contains("ended on 2025-12-31"));
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
    void the2026to2030PackEncodesNothingItCouldNotVerify() {
        RulePack p = REGISTRY.pack(VietnamPacks.NATIONAL, "2026-2030").orElseThrow();
        assertThat(p.criteria()).isNotEmpty().noneMatch(Criterion::isEncoded);
        assertThat(p.targets()).isEmpty();
        assertThat(p.certifications()).isEmpty();
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
