package vn.smartvillage.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.model.OrganisationKind;

/** The JSON dataset format's parts that the sample does not reach: its format number, the unit limit, households listed apart. */
class DatasetTreeTest {

    private static final String UNITS = "\"units\": [{\"id\": \"xa\", \"name\": \"Xã\", \"level\": \"commune\"}, "
            + "{\"id\": \"thon\", \"name\": \"Thôn\", \"level\": \"village\", \"parent\": \"xa\"%s}]";

    private static Dataset read(String doc, ReadLimits limits) throws java.io.IOException {
        return DatasetJson.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "d.json", Metrics.all(), limits);
    }

    private static List<String> problems(String doc, ReadLimits limits) {
        try {
            read(doc, limits);
        } catch (SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the dataset has");
            return e.problems().stream().map(Problem::toString).toList();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted");
    }

    private static List<String> problems(String doc) {
        return problems(doc, ReadLimits.DEFAULTS);
    }

    private static String doc(String unitExtra, String rest) {
        return "{\"format\": 1, \"asOf\": \"2024-06-30\", " + UNITS.formatted(unitExtra) + rest + "}";
    }

    @Test
    void aFormatOtherThanOne_isRefused() {
        assertThat(problems("{\"format\": 2, \"asOf\": \"2024-06-30\", \"units\": []}")).containsExactly("d.json /format: this library reads dataset format 1");
        assertThat(problems("{\"format\": \"1\", \"asOf\": \"2024-06-30\", \"units\": []}")).containsExactly("d.json /format: must be a whole number, not \"1\"");
    }

    @Test
    void householdsListedApart_orUnderTheirVillage_areOneTable() throws Exception {
        String apart = ", \"households\": [{\"village\": \"thon\", \"facts\": {\"household.fibre\": true}}, "
                + "{\"village\": \"thon\", \"facts\": {\"household.fibre\": false}}]";
        Dataset d = read(doc(", \"households\": [{\"household.fibre\": true}]", apart), ReadLimits.DEFAULTS);
        assertThat(d.householdCount("thon")).isEqualTo(3);
        assertThat(d.value("thon", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(2L);
        assertThat(problems(doc("", ", \"households\": [{\"village\": \"thon\"}, {\"facts\": {}}, 1, {\"village\": \"thon\", \"facts\": {}, \"x\": 1}]")))
                .containsExactly("d.json /households/0/facts: is required", "d.json /households/1/village: is required",
                        "d.json /households/2: must be a JSON object {…}, not 1", "d.json /households/3/x: unknown field 'x'");
    }

    @Test
    void theUnitLimit_countsUnitsAndHouseholdsWhereverTheyAreListed() throws Exception {
        String doc = doc(", \"households\": [{\"household.fibre\": true}]", ", \"households\": [{\"village\": \"thon\", \"facts\": {\"household.fibre\": true}}]");
        assertThat(read(doc, ReadLimits.DEFAULTS.withMaxUnits(4)).units()).hasSize(2);
        assertThat(problems(doc, ReadLimits.DEFAULTS.withMaxUnits(3))).containsExactly("d.json /units: more than 3 units and households");
    }

    @Test
    void aFigureWithItsSource_isAnObjectOfValueAndSource() throws Exception {
        Dataset d = read(doc(", \"observations\": {\"residents\": {\"value\": 10, \"source\": \"báo cáo\"}, \"households\": 3}", ""), ReadLimits.DEFAULTS);
        assertThat(d.observed("thon", Metrics.RESIDENTS)).contains(10L);
        assertThat(d.source("thon", Metrics.RESIDENTS)).contains("báo cáo");
        assertThat(d.source("thon", Metrics.HOUSEHOLDS)).isEmpty();
        assertThat(problems(doc(", \"observations\": {\"residents\": {\"value\": 10, \"source\": \" \", \"x\": 1}}", "")))
                .containsExactly("d.json /units/1/observations/residents/x: unknown field 'x'", "d.json /units/1/observations/residents/source: must not be blank");
        assertThat(problems(doc(", \"observations\": {\"residents\": {\"source\": \"s\"}}", "")))
                .containsExactly("d.json /units/1/observations/residents/value: is required");
        assertThat(problems(doc(", \"observations\": {\"resident\": 1}", "")))
                .containsExactly("d.json /units/1/observations/resident: there is no metric 'resident' (did you mean 'residents'?)");
        assertThat(problems(doc(", \"observations\": [1]", ""))).containsExactly("d.json /units/1/observations: must be a JSON object {…}, not […]");
    }

    @Test
    void anOrganisation_needsEachOfItsFields() throws Exception {
        Dataset d = read(doc("", ", \"organisations\": [{\"id\": \"htx\", \"name\": \"HTX\", \"kind\": \"cooperative\", \"unit\": \"xa\"}]"), ReadLimits.DEFAULTS);
        assertThat(d.organisations("xa")).singleElement().satisfies(o -> assertThat(o.kind()).isEqualTo(OrganisationKind.COOPERATIVE));
        assertThat(problems(doc("", ", \"organisations\": [{\"id\": \"htx\"}, 2]"))).containsExactly("d.json /organisations/0/name: is required",
                "d.json /organisations/0/kind: is required", "d.json /organisations/0/unit: is required",
                "d.json /organisations/1: must be a JSON object {…}, not 2");
    }
}
