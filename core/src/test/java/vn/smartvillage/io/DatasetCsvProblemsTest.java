package vn.smartvillage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.OrganisationKind;

/** Each problem the CSV import can find, named with its file, row and column. */
class DatasetCsvProblemsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
    private static final String UNITS = "id,parent,level,name\nxa-a,,commune,Xã A\nthon-1,xa-a,village,Thôn 1\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private DatasetCsv.Builder withUnits() throws IOException {
        return DatasetCsv.builder(DAY).metrics(Metrics.all()).units(file("units.csv", UNITS));
    }

    private static List<String> problems(DatasetCsv.Builder b) {
        try {
            b.read();
        } catch (SmartVillageException e) {
            assertThat(e.getMessage()).startsWith("the dataset has");
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the dataset was accepted");
    }

    @Test
    void theBuildersArguments_areChecked() {
        DatasetCsv.Builder b = DatasetCsv.builder(DAY).metrics(Metrics.all());
        assertThatThrownBy(() -> b.separator('|')).isInstanceOf(IllegalArgumentException.class).hasMessage("the separator is ';', ',' or a tab");
        assertThatThrownBy(() -> b.maxProblems(0)).isInstanceOf(IllegalArgumentException.class).hasMessage("maxProblems is at least 1");
        b.maxProblems(1).separator(';').separator(',').separator('\t');
    }

    @Test
    void aSetSeparator_isUsedInsteadOfTheOneFoundInTheHeader() throws IOException {
        // The header has more commas than semicolons, but the table is separated by semicolons.
        Path units = file("units.csv", "id;parent;level;name\nxa-a;;commune;Xã A, B, C\n");
        Dataset d = DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).separator(';').read();
        assertThat(d.unit("xa-a").orElseThrow().name()).isEqualTo("Xã A, B, C");
    }

    @Test
    void theSeparator_isFoundFromTheHeaderLine_outsideQuotes() throws IOException {
        Path tabs = file("tabs.csv", "id\tparent\tlevel\tname\nxa-a\t\tcommune\tXã A; B\n");
        assertThat(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(tabs).read().unit("xa-a").orElseThrow().name()).isEqualTo("Xã A; B");
        Path quoted = file("quoted.csv", "id;parent;level;\"name,of,the,unit\"\nxa-b;;commune;Xã B\n");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(quoted))).as("the quoted commas are not counted: ';' wins 3 to 0")
                .containsExactly("quoted.csv row 1, column 'name,of,the,unit': unknown column: not a role, a metric id, or a header in the mapping",
                        "quoted.csv row 1: the column 'name' is missing");
        Path commas = file("commas.csv", "id,parent,level,name;x\nxa-c,,commune,Xã C\n");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(commas)))
                .containsExactly("commas.csv row 1, column 'name;x': unknown column: not a role, a metric id, or a header in the mapping"
                        + " (did you mean 'name'?)", "commas.csv row 1: the column 'name' is missing");
    }

    @Test
    void aTie_goesToTheCommaBeforeTheSemicolon_andToEitherBeforeTheTab() throws IOException {
        String unknown = ": unknown column: not a role, a metric id, or a header in the mapping";
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(file("a.csv", "id,parent;level\n")))).first().asString()
                .isEqualTo("a.csv row 1, column 'parent;level'" + unknown);
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(file("b.csv", "id;parent\tlevel\n")))).first().asString()
                .isEqualTo("b.csv row 1, column 'parent\tlevel'" + unknown);
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(file("c.csv", "id,parent\tlevel\n")))).first().asString()
                .isEqualTo("c.csv row 1, column 'parent\tlevel'" + unknown);
    }

    @Test
    void anEmptyTable_aRepeatedColumn_andMissingColumns_areNamed() throws IOException {
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(file("empty.csv", ""))))
                .containsExactly("empty.csv: the table is empty: there is no header row");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(file("twice.csv", "id,parent,level,name,ID\n"))))
                .containsExactly("twice.csv row 1, column 'ID': the column appears twice");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(file("few.csv", "parent,level\n"))))
                .containsExactlyInAnyOrder("few.csv row 1: the column 'id' is missing", "few.csv row 1: the column 'name' is missing");
        assertThat(problems(withUnits().observations(file("obs.csv", "residents\n1\n")))).containsExactly("obs.csv row 1: the column 'id' is missing");
        assertThat(problems(withUnits().households(file("ho.csv", "household.fibre\nx\n"))))
                .containsExactly("ho.csv row 1: the column 'village' is missing");
        assertThat(problems(withUnits().organisations(file("org.csv", "id,name\n"))))
                .containsExactlyInAnyOrder("org.csv row 1: the column 'kind' is missing", "org.csv row 1: the column 'unit' is missing");
    }

    @Test
    void aMetricInTheWrongTable_isRefused() throws IOException {
        assertThat(problems(withUnits().households(file("ho.csv", "village,residents\nthon-1,4\n"))))
                .containsExactly("ho.csv row 1, column 'residents': the metric 'residents' does not describe a household");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(file("u.csv", "id,parent,level,name,residents\n"))))
                .containsExactly("u.csv row 1, column 'residents': the metric 'residents' does not belong in this table");
        assertThat(problems(withUnits().organisations(file("org.csv", "id,name,kind,unit,household.fibre\n"))))
                .containsExactly("org.csv row 1, column 'household.fibre': the metric 'household.fibre' describes a household; "
                        + "put it in a households table");
    }

    @Test
    void rowsOfTheWrongLength_areNamed_andBlankLinesSkipped() throws IOException {
        Path obs = file("obs.csv", "id,residents\nthon-1,4,5\n\nthon-1\n");
        assertThat(problems(withUnits().observations(obs))).containsExactly("obs.csv row 2: the row has 3 cells; the header has 2",
                "obs.csv row 4: the row has 1 cells; the header has 2");
    }

    @Test
    void aUnitRow_needsAnIdANameAndALevelAboveTheHousehold() throws IOException {
        Path units = file("units.csv", "id,parent,level,name\n,,commune,Xã A\nxa-b,,commune,\nxa-c,,,Xã C\nxa-d,,household,Hộ D\nxa-e,,hamlet,Xã E\n");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units))).containsExactly("units.csv row 2: the id is missing",
                "units.csv row 3: the name is missing",
                "units.csv row 4: the level is missing",
                "units.csv row 5: the level 'household' is not province, district, commune or village (tỉnh, huyện, xã, thôn)",
                "units.csv row 6: the level 'hamlet' is not province, district, commune or village (tỉnh, huyện, xã, thôn)");
    }

    @Test
    void aUnitRowsProblem_isWrittenInVietnameseToo() throws IOException {
        Path units = file("units.csv", "id,parent,level,name\n,,commune,Xã A\nxa-b,,commune,\nxa-c,,,Xã C\nxa-e,,hamlet,Xã E\n");
        List<String> vi = new ArrayList<>();
        try {
            DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).read();
        } catch (SmartVillageException e) {
            e.problems().forEach(p -> vi.add(p.reason().vi()));
        }
        assertThat(vi).containsExactly("thiếu mã", "thiếu tên", "thiếu cấp", "cấp 'hamlet' không phải tỉnh, huyện, xã hoặc thôn");
    }

    @Test
    void aMetricInTheWrongTable_isNamedInVietnameseToo() throws IOException {
        List<String> vi = new ArrayList<>();
        for (DatasetCsv.Builder b : List.of(withUnits().households(file("ho.csv", "village,residents\nthon-1,4\n")),
                DatasetCsv.builder(DAY).metrics(Metrics.all()).units(file("u.csv", "id,parent,level,name,residents\n")),
                withUnits().observations(file("obs.csv", "id,household.fibre\nthon-1,1\n")))) {
            try {
                b.read();
            } catch (SmartVillageException e) {
                vi.add(e.problems().get(0).reason().vi());
            }
        }
        assertThat(vi).containsExactly("chỉ số 'residents' không phải của hộ", "chỉ số 'residents' không thuộc bảng này",
                "chỉ số 'household.fibre' là của hộ; hãy để trong bảng hộ");
    }

    @Test
    void organisations_areRead_andAnIncompleteRowIsRefused() throws IOException {
        Path orgs = file("org.csv", "id,name,kind,unit\nhtx-1,HTX Rau,HTX,xa-a\nhtx-2,HTX Hoa,company,xa-a\nhtx-3,,htx,xa-a\nhtx-4,HTX Lúa,htx,\n,X,htx,xa-a\n");
        List<String> p = problems(withUnits().organisations(orgs));
        String needs = ": needs an id, a name, a kind (cooperative, business-household, enterprise) and a unit";
        assertThat(p).containsExactly("org.csv row 3" + needs, "org.csv row 4" + needs, "org.csv row 5" + needs, "org.csv row 6" + needs);
        Dataset d = withUnits().organisations(file("ok.csv", "id,name,kind,unit\nhtx-1,HTX Rau,Hợp tác xã,xa-a\n")).read();
        assertThat(d.organisations("xa-a")).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("HTX Rau");
            assertThat(o.kind()).isEqualTo(OrganisationKind.COOPERATIVE);
        });
    }

    @Test
    void aFiguresOrHouseholdsRowWithoutItsUnit_isRefused() throws IOException {
        assertThat(problems(withUnits().observations(file("obs.csv", "id,residents\n ,4\n")))).containsExactly("obs.csv row 2: the unit id is missing");
        assertThat(problems(withUnits().households(file("ho.csv", "village,household.fibre\n,x\n"))))
                .containsExactly("ho.csv row 2: the village id is missing");
    }

    @Test
    void percentages_outOfRangeOrWithoutTheirWhole_areRefused() throws IOException {
        Path obs = file("obs.csv", "id,households,Tỷ lệ\nxa-a,,10\nthon-1,200,101\nthon-1,200,-1\nthon-1,200,abc\n");
        List<String> p = problems(withUnits().observations(obs).percentColumn("Tỷ lệ", "households.fibre", "households"));
        assertThat(p).containsExactly(
                "obs.csv row 3, column 'Tỷ lệ': the value '101' is not a percentage from 0 to 100 (such as 27,5 or 27.5)",
                "obs.csv row 4, column 'Tỷ lệ': the value '-1' is not a percentage from 0 to 100 (such as 27,5 or 27.5)",
                "obs.csv row 5, column 'Tỷ lệ': the value 'abc' is not a percentage from 0 to 100 (such as 27,5 or 27.5)",
                "obs.csv row 2, column 'Tỷ lệ': needs the unit's 'households' to turn 10 into a count");
        Dataset d = withUnits().observations(file("ok.csv", "id,households,Tỷ lệ\nthon-1,200,100\nxa-a,300,0\n"))
                .percentColumn("Tỷ lệ", "households.fibre", "households").read();
        assertThat(d.observed("thon-1", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(200L);
        assertThat(d.observed("xa-a", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(0L);
    }

    @Test
    void aPercentageColumn_canBeMappedInAFile() throws IOException {
        Path obs = file("obs.csv", "id;households;Tỷ lệ (%)\nthon-1;200;27,5\n");
        Path mapping = file("cot.yaml", "columns:\n  Tỷ lệ (%): {metric: households.fibre, percentOf: households}\n");
        assertThat(withUnits().observations(obs).mapping(mapping).read().observed("thon-1", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(55L);
    }

    @Test
    void aPercentage_convertsOnlyIntoACountOfACount() throws IOException {
        Path obs = file("obs.csv", "id,households\nthon-1,200\n");
        assertThat(problems(withUnits().observations(obs).percentColumn("Có cáp", "village.fibre-and-mobile", "households")))
                .containsExactly("mapping column 'Có cáp': a percentage converts only into a count of a count");
        assertThat(problems(withUnits().observations(obs).percentColumn("Tỷ lệ", "households.fibre", "households.fiber")))
                .containsExactly("mapping: column 'Tỷ lệ': there is no metric 'households.fiber' (did you mean 'households.fibre'?)");
        assertThat(problems(withUnits().observations(obs).percentColumn("Tỷ lệ", "households.fiber", "households")))
                .containsExactly("mapping: column 'Tỷ lệ': there is no metric 'households.fiber' (did you mean 'households.fibre'?)");
        Path mapping = file("cot.json", "{\"columns\": {\"Tỷ lệ\": {\"metric\": \"village.fibre-and-mobile\", \"percentOf\": \"households\"}}}");
        assertThat(problems(withUnits().observations(obs).mapping(mapping)))
                .containsExactly("mapping /columns/Tỷ lệ: a percentage converts only into a count of a count");
    }

    @Test
    void amountsAndFlags_withBadCells_areRefused_andALongCellIsShownCut() throws IOException {
        Metric<BigDecimal> area = Metric.amount("village.area", AdminLevel.VILLAGE, Text.of("diện tích", "area"));
        String long50 = "x".repeat(50);
        Path obs = file("obs.csv", "id,village.area,village.fibre-and-mobile\nthon-1,27.5.1," + long50 + "\n");
        assertThat(problems(withUnits().metrics(List.of(area)).observations(obs))).containsExactly(
                "obs.csv row 2, column 'village.area': the value '27.5.1' is not a number (such as 27,5 or 27.5)",
                "obs.csv row 2, column 'village.fibre-and-mobile': the value '" + "x".repeat(37) + "…' is not yes or no (có, không, x, 1, 0, yes, no)");
        Dataset d = withUnits().metrics(List.of(area)).observations(file("ok.csv", "id,village.area\nthon-1,\"27,5\"\n")).read();
        assertThat(d.observed("thon-1", area)).contains(new BigDecimal("27.5"));
        Path exactly40 = file("forty.csv", "id,village.fibre-and-mobile\nthon-1," + "y".repeat(40) + "\n");
        assertThat(problems(withUnits().observations(exactly40))).singleElement().asString().contains("'" + "y".repeat(40) + "'");
    }

    @Test
    void theRowLimit_countsRowsOfEveryTable() throws IOException {
        ReadLimits two = ReadLimits.DEFAULTS.withMaxUnits(2);
        Path obs = file("obs.csv", "id,residents\nthon-1,4\n");
        assertThat(withUnits().limits(two).read().units()).as("two units, at the limit").hasSize(2);
        assertThat(problems(withUnits().limits(two).observations(obs))).containsExactly("obs.csv row 2: more than the limit of 2 rows");
    }

    @Test
    void aCellLongerThanTheStringLimit_isRefused() throws IOException {
        Path units = file("u.csv", "id,parent,level,name\nxa-a,,commune," + "A".repeat(11) + "\n");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).limits(ReadLimits.DEFAULTS.withMaxStringLength(10))))
                .containsExactly("u.csv: cannot be read: line 2: a cell is longer than the limit of 10 characters");
        Path ok = file("ok.csv", "id,parent,level,name\nxa-a,,commune," + "A".repeat(10) + "\n");
        assertThat(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(ok).limits(ReadLimits.DEFAULTS.withMaxStringLength(10)).read().units()).hasSize(1);
    }

    @Test
    void aTableThatCannotBeOpened_isNamed() throws IOException {
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(dir.resolve("none.csv")))).containsExactly("none.csv: the file is not read: there is no such file");
        assertThat(problems(withUnits().households("broken.csv", () -> {
            throw new IOException("disk gone");
        }))).containsExactly("broken.csv: cannot read the file: disk gone");
    }

    @Test
    void progress_isReportedPerTable_withItsSize() throws IOException {
        List<DatasetCsv.Progress> seen = new ArrayList<>();
        Path obs = file("obs.csv", "id,residents\nthon-1,4\n\n");
        withUnits().observations(obs).listener(seen::add).read();
        assertThat(seen).containsExactly(new DatasetCsv.Progress("units.csv", 2, UNITS.getBytes(StandardCharsets.UTF_8).length,
                UNITS.getBytes(StandardCharsets.UTF_8).length),
                new DatasetCsv.Progress("obs.csv", 2, 23, 23));
    }

    @Test
    void headersMappedTwice_inJavaOrInFiles_areRefused() throws IOException {
        Path units = file("u.csv", "Mã,parent,level,name\nxa-a,,commune,Xã A\n");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).column("Mã", "id").column("MÃ", "name"))).first().asString()
                .isEqualTo("mapping: the header 'MÃ' is the same as 'Mã' (headers are matched regardless of case and Unicode form)");
        Path a = file("a.json", "{\"columns\": {\"Mã\": \"id\"}}");
        Path b = file("b.yaml", "columns:\n  mã: id\n");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).column("Mã", "id").mapping(a)))
                .containsExactly("a.json /columns/Mã: the header 'Mã' is mapped in mapping already");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).mapping(a).mapping(b)))
                .containsExactly("b.yaml /columns/mã: the header 'mã' is mapped in a.json already");
        Path inOne = file("one.json", "{\"columns\": {\"Mã\": \"id\", \"MÃ\": \"id\"}}");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).mapping(inOne)))
                .containsExactly("one.json /columns/MÃ: the header 'MÃ' is the same as 'Mã' (headers are matched regardless of case and Unicode form)");
    }

    @Test
    void aMappingFileOfTheWrongShape_isRefusedWithItsPointer() throws IOException {
        Path units = file("u.csv", UNITS);
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).mapping(dir.resolve("none.json"))))
                .containsExactly("none.json: the file is not read: there is no such file");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).mapping(file("bad.json", "{\"columns\": "))))
                .singleElement().asString().startsWith("bad.json: line 1, column ");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).mapping(file("m1.json", "{\"colums\": {}}"))))
                .containsExactly("m1.json /colums: unknown field 'colums' (did you mean 'columns'?)", "m1.json /columns: is required");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).mapping(file("m0.json", "null"))))
                .containsExactly("m0.json /: the mapping is empty; it needs 'columns'");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).mapping(file("m2.json", "[]"))))
                .containsExactly("m2.json /: must be a JSON object {…}, not […]");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).mapping(file("m3.json", "{\"columns\": []}"))))
                .containsExactly("m3.json /columns: must be a JSON object {…}, not […]");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).mapping(file("m4.json",
                "{\"$schema\": \"x\", \"columns\": {\"A\": 1, \"B\": {\"metric\": \"households\"}, \"C\": {\"metric\": \"households\", \"percentOf\": \"households\", \"x\": 1}, \"D\": \" \"}}"))))
                .containsExactly("m4.json /columns/A: must be a string, not 1", "m4.json /columns/B/percentOf: is required",
                        "m4.json /columns/C/x: unknown field 'x'", "m4.json /columns/D: must not be blank");
    }
}
