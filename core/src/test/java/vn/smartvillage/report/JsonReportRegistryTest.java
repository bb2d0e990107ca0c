package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.RulePack;

/** Reading a JSON report back finds its pack in a registry by id and version, and checks its content hash. */
class JsonReportRegistryTest {

    private static final String JSON = ReportText.json(Sample.ASSESSMENT);

    private static List<String> problems(String json, RulePackRegistry registry) {
        try {
            ReportFormat.readJson(json, registry);
        } catch (SmartVillageException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the report was read");
    }

    @Test
    void theAssessmentReadBack_carriesTheRegistrysPack_andTheReportsReference() {
        RulePackRegistry registry = RulePackRegistry.builder().vocabulary(Metrics.all()).vocabulary(Metrics.all())
                .add(PackSource.resource("/packs/family/national.json", Sample.class::getResourceAsStream))
                .add(PackSource.resource("/packs/family/province.json", Sample.class::getResourceAsStream)).build();
        Assessment back = ReportFormat.readJson(JSON, registry);
        assertThat(back).isEqualTo(Sample.ASSESSMENT);
        assertThat(back.pack()).isSameAs(registry.pack(Sample.PACK.id(), Sample.PACK.version()).orElseThrow());
        assertThat(back.packRef()).isEqualTo(Sample.ASSESSMENT.packRef());
        assertThat(back.asOf()).isEqualTo(Sample.ASSESSMENT.asOf());
        assertThat(back.dataAsOf()).isEqualTo(Sample.ASSESSMENT.dataAsOf());
    }

    @Test
    void aPackTheRegistryDoesNotHave_isNamed_withTheNearestId() {
        RulePack other = RulePack.builder("test.nationa", Sample.PACK.version()).title("t", "t").build();
        assertThat(problems(JSON, ReportText.registry(other))).containsExactly("assessment /pack/id: the report is of pack "
                + Sample.PACK.id() + ", which the registry does not have (did you mean 'test.nationa'?)");
    }

    @Test
    void aVersionTheRegistryDoesNotHave_isNamed_withTheVersionsItHas() {
        RulePack two = RulePack.builder(Sample.PACK.id(), "2").title("t", "t")
                .effective(vn.smartvillage.rules.EffectivePeriod.between(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2000, 12, 31)))
                .build();
        RulePack three = RulePack.builder(Sample.PACK.id(), "3").title("t", "t")
                .effective(vn.smartvillage.rules.EffectivePeriod.startingOn(java.time.LocalDate.of(2001, 1, 1))).build();
        assertThat(problems(JSON, ReportText.registry(two, three))).containsExactly(
                "assessment /pack/version: the report is of version " + Sample.PACK.version() + ", not 2 or 3",
                "assessment /pack/contentHash: the pack's rules differ from the pack given");
    }

    @Test
    void aVersionTheRegistryLacks_butWhoseRulesAnotherVersionHas_isNamedByVersionOnly() {
        String renamed = JSON.replace("\"version\" : \"" + Sample.PACK.version() + "\"", "\"version\" : \"1999\"");
        assertThat(problems(renamed, ReportText.registry(Sample.PACK))).contains(
                "assessment /pack/version: the report is of version 1999, not " + Sample.PACK.version())
                .noneMatch(p -> p.contains("/pack/contentHash"));
    }

    @Test
    void aReportWithoutItsPack_orWithABrokenHash_isRefusedThere() {
        String noPack = JSON.replaceFirst("\"pack\" : \\{[^}]*},", "");
        assertThat(noPack).isNotEqualTo(JSON);
        assertThat(problems(noPack, ReportText.registry(Sample.PACK))).contains("assessment /pack: is required");
        String md5 = JSON.replaceFirst("\"contentHash\" : \"sha256:[0-9a-f]{64}\"", "\"contentHash\" : \"md5:1\"");
        assertThat(problems(md5, ReportText.registry(Sample.PACK)))
                .contains("assessment /pack/contentHash: the pack's rules differ from the pack given");
    }
}
