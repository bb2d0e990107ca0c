package vn.smartvillage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackProvider;

/** The contract fails, saying why, for providers that break it; and pack cases fail with their differences. */
class ContractFailuresTest {

    private static RulePackRegistryContractFor contract(Supplier<List<PackSource>> packs) {
        return new RulePackRegistryContractFor(packs::get);
    }

    /** A contract instance for any provider, so a test can call its checks. */
    static final class RulePackRegistryContractFor extends RulePackProviderContract {
        private final RulePackProvider provider;

        RulePackRegistryContractFor(RulePackProvider provider) {
            this.provider = provider;
        }

        @Override
        protected RulePackProvider provider() {
            return provider;
        }
    }

    private static String pack(String id, String version, String from, String to, String citation, String tests) {
        return "{ \"format\": 1, \"id\": \"" + id + "\", \"version\": \"" + version + "\", \"title\": { \"vi\": \"t\", \"en\": \"t\" },"
                + " \"effective\": { \"from\": \"" + from + "\", \"to\": \"" + to + "\" },"
                + " \"criteria\": [ { \"id\": \"eid\", \"name\": { \"vi\": \"e\", \"en\": \"e\" }, \"level\": \"village\","
                + " \"measure\": { \"ratio\": { \"numerator\": \"residents.electronic-id\", \"denominator\": \"residents\" } },"
                + " \"threshold\": \">= 25 %\", \"citation\": " + citation + " } ]" + tests + " }";
    }

    private static final String CITED = "{ \"document\": \"KH 20\", \"source\": \"seed 000\" }";
    private static final String CASE = ", \"tests\": [ { \"name\": \"met\", \"asOf\": \"2024-01-01\", \"dataset\": { \"asOf\": \"2024-01-01\","
            + " \"units\": [ { \"id\": \"v\", \"name\": \"V\", \"level\": \"village\", \"observations\": { \"residents\": 4,"
            + " \"residents.electronic-id\": 1 } } ] }, \"expect\": [ { \"unit\": \"v\", \"criterion\": \"eid\", \"status\": \"%s\" } ] } ]";

    @Test
    void overlappingVersions_doNotLoad_andTheFailureSaysSo() {
        var c = contract(() -> List.of(PackSource.text("a.json", pack("p", "1", "2023-01-01", "2024-12-31", CITED, String.format(CASE, "met"))),
                PackSource.text("b.json", pack("p", "2", "2024-06-01", "2025-12-31", CITED, String.format(CASE, "met")))));
        assertThatThrownBy(c::shipsAtLeastOnePack_andEachLoadsWithoutProblems).isInstanceOf(AssertionError.class)
                .hasMessageContaining("do not load").hasMessageContaining("overlap");
    }

    @Test
    void aProviderThatNamesOtherSourcesOnALaterCall_isReported() {
        int[] calls = {0};
        var c = contract(() -> List.of(PackSource.text("call-" + ++calls[0] + ".json", pack("p", "1", "2023-01-01", "2024-12-31", CITED,
                String.format(CASE, "met")))));
        assertThatThrownBy(c::namesTheSameSourcesOnEveryCall).isInstanceOf(AssertionError.class)
                .hasMessageContaining("call 2 of packs() names other sources than the first");
        contract(() -> List.of(PackSource.text("a.json", pack("p", "1", "2023-01-01", "2024-12-31", CITED, String.format(CASE, "met")))))
                .namesTheSameSourcesOnEveryCall();
    }

    @Test
    void aProviderWhoseVocabularyChangesFromCallToCall_isReported() {
        int[] calls = {0};
        List<PackSource> packs = List.of(PackSource.text("a.json", pack("p", "1", "2023-01-01", "2024-12-31", CITED, String.format(CASE, "met"))));
        var c = new RulePackRegistryContractFor(new RulePackProvider() {
            @Override
            public List<PackSource> packs() {
                return packs;
            }

            @Override
            public List<Metric<?>> vocabulary() {
                return List.of(Metric.count("own.call-" + ++calls[0], AdminLevel.VILLAGE, Text.of("lần gọi", "call")));
            }
        });
        assertThatThrownBy(c::namesTheSameSourcesOnEveryCall).isInstanceOf(AssertionError.class)
                .hasMessageContaining("call 2 of vocabulary() gives other metrics than the first");
    }

    @Test
    void aRuleCitingOnlyADocumentName_isReported() {
        var c = contract(() -> List.of(PackSource.text("a.json", pack("p", "1", "2023-01-01", "2024-12-31",
                "{ \"document\": \"KH 20\" }", String.format(CASE, "met")))));
        assertThatThrownBy(c::everyRuleCitesADocumentAndWhereToCheckIt).isInstanceOf(AssertionError.class)
                .hasMessageContaining("p@1 eid");
    }

    @Test
    void aPackWithoutCases_isReported_andAFailingCaseFailsWithItsDifferences() throws Throwable {
        var none = contract(() -> List.of(PackSource.text("a.json", pack("p", "1", "2023-01-01", "2024-12-31", CITED, ""))));
        assertThatThrownBy(none::everyTestCasePasses).isInstanceOf(AssertionError.class).hasMessageContaining("packs without test cases: [p@1]");

        // 1 of 4 residents is 25 %: met, so a case expecting "not met" fails.
        var failing = contract(() -> List.of(PackSource.text("a.json", pack("p", "1", "2023-01-01", "2024-12-31", CITED,
                String.format(CASE, "not-met")))));
        List<DynamicTest> tests = flatten(failing.everyTestCasePasses().toList());
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("met");
        assertThat(new SampleProviderContractTest().everyTestCasePasses()).hasSize(1);
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("p@1: case \"met\" failed")
                .hasMessageContaining("expected not met, got met");
    }

    @Test
    void theSchemaCheckRunsOnEveryFile() throws Throwable {
        List<DynamicTest> tests = new SampleProviderContractTest().everyPackFileFollowsTheSchema().toList();
        assertThat(tests).hasSize(1);
        tests.get(0).getExecutable().execute();
    }

    static List<DynamicTest> flatten(List<? extends DynamicNode> nodes) {
        List<DynamicTest> out = new ArrayList<>();
        for (DynamicNode n : nodes) {
            if (n instanceof DynamicTest t) {
                out.add(t);
            } else {
                out.addAll(flatten(((DynamicContainer) n).getChildren().toList()));
            }
        }
        return out;
    }
}
