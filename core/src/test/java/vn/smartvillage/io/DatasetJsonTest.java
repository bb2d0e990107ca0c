package vn.smartvillage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;

class DatasetJsonTest {

    static final String DOC = """
            { "format": 1, "asOf": "2023-01-24",
              "units": [
                { "id": "xa", "name": "Xã", "level": "commune", "observations": { "work-records": 100, "budget": 12.50 } },
                { "id": "thon", "name": "Thôn", "level": "village", "parent": "xa",
                  "observations": { "residents.electronic-id": { "value": 5, "source": "seed 001" },
                                    "village.fibre-and-mobile": true },
                  "households": [ { "household.members": 4 }, { "household.members": 3, "household.fibre": true } ] }
              ],
              "households": [ { "village": "thon", "facts": { "household.members": 2 } } ],
              "organisations": [ { "id": "htx", "name": "HTX", "kind": "cooperative", "unit": "xa" } ] }
            """;

    static final Metric<BigDecimal> BUDGET = Metric.amount("budget", AdminLevel.COMMUNE, Text.of("Kinh phí", "Budget"));
    /** The metrics the document may name: the tests' vocabulary and the budget. */
    static final List<Metric<?>> METRICS = java.util.stream.Stream.concat(Metrics.all().stream(), java.util.stream.Stream.of(BUDGET)).toList();

    @Test
    void readsFiguresSourcesHouseholdsAndOrganisations() {
        Dataset d = DatasetJson.read(DOC, "d.json", METRICS);
        assertThat(d.observed("xa", BUDGET)).contains(new BigDecimal("12.50"));
        assertThat(d.observed("thon", Metrics.RESIDENTS_WITH_ELECTRONIC_ID)).contains(5L);
        assertThat(d.source("thon", Metrics.RESIDENTS_WITH_ELECTRONIC_ID)).contains("seed 001");
        assertThat(d.source("thon", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE)).isEmpty();
        assertThat(d.householdCount("thon")).isEqualTo(3);
        assertThat(d.value("thon", Metrics.RESIDENTS)).contains(9L);
        assertThat(d.organisations("xa")).singleElement().satisfies(o -> assertThat(o.name()).isEqualTo("HTX"));
    }

    @Test
    void writingAndReadingBackLosesNothing() {
        Dataset d = DatasetJson.read(DOC, "d.json", METRICS);
        String json = DatasetJson.write(d);
        assertThat(json).contains("\"source\" : \"seed 001\"", "\"budget\" : 12.50");
        assertThat(DatasetJson.write(DatasetJson.read(json, "again.json", METRICS))).isEqualTo(json);
        assertThat(DatasetJson.writeWithoutSources(d)).doesNotContain("seed 001");
    }

    @Test
    void shapeProblemsHaveJsonPointersAndContentProblemsTheirUnit() {
        String bad = DOC.replace("\"level\": \"commune\"", "\"level\": \"comune\"").replace("\"household.members\": 3", "\"household.member\": 3");
        List<Problem> p = problems(bad);
        assertThat(p).extracting(problem -> problem.location().toString()).containsExactly("d.json /units/0/level", "d.json /units/1/households/1/household.member");
        assertThat(p.get(0).reason().en()).contains("did you mean 'commune'");
        assertThat(p.get(1).reason().en()).contains("did you mean 'household.members'");

        List<Problem> content = problems(DOC.replace("\"work-records\": 100", "\"work-records\": -1"));
        assertThat(content).extracting(problem -> problem.location().toString()).containsExactly("d.json: unit xa, metric work-records");
    }

    @Test
    void aDocumentWithoutItsDateIsAProblemNotACrash() {
        assertThat(problems("{ \"units\": [] }")).extracting(Problem::toString).containsExactly("d.json /asOf: is required");
        assertThat(problems("{ \"asOf\": \"30/06/2024\", \"units\": [] }")).extracting(Problem::toString)
                .containsExactly("d.json /asOf: '30/06/2024' is not a date written yyyy-mm-dd");
    }

    private static List<Problem> problems(String doc) {
        try {
            DatasetJson.read(doc, "d.json", METRICS);
        } catch (SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the dataset has");
            return e.problems();
        }
        throw new AssertionError("accepted");
    }
}
