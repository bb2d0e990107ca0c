package vn.smartvillage.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.io.DatasetCsv;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.model.Unit;

/** Units may carry an official code: given, checked for its syntax, kept through the JSON format and CSV import, located for a country's check. */
class UnitCodesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

    @TempDir
    Path dir;

    private static List<Problem> problems(DatasetBuilder b) {
        try {
            b.build();
        } catch (SmartVillageException e) {
            return e.problems();
        }
        throw new AssertionError("the dataset was accepted");
    }

    @Test
    void aCodeIsOptional_keptAsWritten_andPartOfTheUnitsEquality() {
        Dataset d = Dataset.builder(DAY).province("bn", "Tỉnh Bắc Ninh").code("bn", "24").commune("vh", "Phường Vân Hà", "bn")
                .code("vh", "07798").village("t", "Thôn 1", "vh").build();
        assertThat(d.unit("vh").orElseThrow().code()).contains("07798");
        assertThat(d.unit("t").orElseThrow().code()).isEmpty();
        Unit plain = new Unit("vh", "Phường Vân Hà", vn.smartvillage.model.AdminLevel.COMMUNE, "bn");
        assertThat(plain.withCode("07798")).isEqualTo(d.unit("vh").orElseThrow()).isNotEqualTo(plain);
        assertThat(plain.withCode("07798").toString()).endsWith(", code=07798]");
        assertThat(plain.toString()).doesNotContain("code");
    }

    @Test
    void badCodes_areEveryOneAProblemOfTheDataset() {
        List<Problem> p = problems(Dataset.builder(DAY).province("bn", "Tỉnh Bắc Ninh").code("bn", "2 4")
                .commune("a", "A", "bn").code("a", "12345678901234567")
                .commune("b", "B", "bn").code("b", "07798").code("b", "07799")
                .commune("c", "C", "bn").code("c", "07798").commune("d", "D", "bn").code("d", "07798")
                .code("ghost", "1"));
        assertThat(p).extracting(Problem::code).containsExactlyInAnyOrder("dataset.code.unitUnknown", "dataset.code.twice",
                "dataset.field.codeCharacters", "dataset.field.tooLong", "dataset.code.shared", "dataset.code.shared");
        assertThat(p).filteredOn(x -> x.code().equals("dataset.field.codeCharacters")).singleElement()
                .satisfies(x -> assertThat(x.location().toString()).isEqualTo("unit bn, field code"));
        assertThat(p).filteredOn(x -> x.code().equals("dataset.code.twice")).singleElement()
                .satisfies(x -> assertThat(x.reason().en()).isEqualTo("the unit is given two codes, '07798' and '07799'"));
    }

    @Test
    void theJsonFormat_readsAndWritesTheCode() {
        String json = """
                { "format": 1, "asOf": "2026-06-30", "units": [
                  { "id": "bn", "name": "Tỉnh Bắc Ninh", "code": "24", "level": "province" },
                  { "id": "vh", "name": "Phường Vân Hà", "code": "07798", "level": "commune", "parent": "bn" } ] }
                """;
        Dataset d = DatasetJson.read(json, "bn.json", Metrics.all());
        assertThat(d.unit("bn").orElseThrow().code()).contains("24");
        String written = DatasetJson.write(d);
        assertThat(written).contains("\"code\" : \"07798\"");
        assertThat(DatasetJson.read(written, "again.json", Metrics.all()).units()).isEqualTo(d.units());
        assertThatThrownBy(() -> DatasetJson.read(json.replace("\"07798\"", "\"\""), "bn.json", Metrics.all()))
                .isInstanceOf(SmartVillageException.class);
    }

    @Test
    void aCountrysCheck_namesTheFileTheUnitAndTheField() {
        String json = """
                { "format": 1, "asOf": "2026-06-30", "units": [ { "id": "qm", "name": "Phường Quảng Minh", "code": "07792", "level": "commune" } ] }
                """;
        Dataset d = DatasetJson.read(json, "bac-ninh.json", Metrics.all());
        Problem p = d.codeProblem("qm", "retired", Text.of("đã bỏ", "retired"));
        assertThat(p.code()).isEqualTo("dataset.unit.code.retired");
        assertThat(p.location().toString()).isEqualTo("bac-ninh.json: unit qm, field code");
        assertThat(p.reason().en()).isEqualTo("the code '07792' is no longer in use on the dataset's date: retired");
        assertThat(p.reason().vi()).isEqualTo("mã '07792' không còn được dùng vào ngày của bộ dữ liệu: đã bỏ");
        // Built in Java: the unit and the field.
        Dataset built = Dataset.builder(DAY).commune("qm", "Q", "qm-p").province("qm-p", "P").code("qm", "07792").build();
        assertThat(built.codeProblem("qm", "name", Text.of("a", "b")).location().toString()).isEqualTo("unit qm, field code");
        assertThatThrownBy(() -> built.codeProblem("qm", "typo", Text.of("a", "b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> built.codeProblem("qm-p", "name", Text.of("a", "b"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCsvTableOfUnits_mayHaveACodeColumn_andTheCheckThenNamesTheRow() throws IOException {
        Path units = Files.writeString(dir.resolve("units.csv"), """
                id,parent,level,name,code
                bn,,province,Tỉnh Bắc Ninh,24
                vh,bn,commune,Phường Vân Hà,07798
                t1,vh,village,Thôn 1,
                """, StandardCharsets.UTF_8);
        Dataset d = DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).read();
        assertThat(d.unit("vh").orElseThrow().code()).contains("07798");
        assertThat(d.unit("t1").orElseThrow().code()).isEmpty();
        assertThat(d.codeProblem("vh", "unknown", Text.of("a", "b")).location().toString()).contains("units.csv row 3", "field code");
    }
}
