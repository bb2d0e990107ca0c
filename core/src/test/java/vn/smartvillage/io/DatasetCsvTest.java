package vn.smartvillage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.internal.location.Places;

class DatasetCsvTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<Problem> problems(DatasetCsv.Builder b) {
        try {
            b.read();
        } catch (SmartVillageException e) {
            return e.problems();
        }
        throw new AssertionError("the dataset was accepted");
    }

    private Path units() throws IOException {
        return file("units.csv", """
                id,parent,level,name
                xa-a,,commune,Xã A
                thon-1,xa-a,village,Thôn 1
                thon-2,xa-a,thôn,Thôn 2
                """);
    }

    @Test
    void problemsAreTyped_aCellOfTheTable_orTheFigureWithTheCellItWasReadAt() throws IOException {
        Path villages = file("villages.csv", """
                id,residents,households,households.fibre
                thon-1,abc,10,12
                """);
        List<Problem> p = problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units()).observations(villages));
        assertThat(p).extracting(Problem::code).containsExactly("csv.cell.count", "dataset.part.exceedsWhole");
        assertThat(p.get(0).location()).isEqualTo(Places.cell("villages.csv", 2, "residents"));
        assertThat(p.get(0).arguments()).containsEntry("value", "abc");
        assertThat(p.get(1).location()).isEqualTo(Places.figure("thon-1", "households.fibre",
                Places.cell("villages.csv", 2, "households.fibre")));
        assertThat(p.get(1).location().column()).as("the cell the figure was read at").contains("households.fibre");
    }

    /** The snippet of docs/problems.md: a program acting on problems by their code and location. */
    @Test
    void aProgramActsOnProblems_byCodeAndLocation() throws IOException {
        Path units = units();
        Path figures = file("villages.csv", "id,residents,households,households.fibre\nthon-1,abc,10,12\n");
        List<String> marks = new ArrayList<>();
        try {
            DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).observations(figures).read();
        } catch (SmartVillageException e) {
            for (Problem p : e.problems()) {
                Location l = p.location();
                if (p.code().equals("dataset.part.exceedsWhole") && l.unitId().isPresent() && l.metricId().isPresent()) {
                    marks.add(l.unitId().get() + " " + l.metricId().get() + ": " + p.reason().vi());
                } else if (l.column().isPresent()) {
                    marks.add(l.document().get() + " " + l.row().getAsLong() + " " + l.column().get() + ": " + p.reason().vi());
                }
            }
        }
        assertThat(marks).containsExactly(
                "villages.csv 2 residents: giá trị 'abc' không phải số nguyên không âm (ví dụ 1100 hoặc 1.100)",
                "thon-1 households.fibre: hộ có Internet cáp quang (12) lớn hơn hộ (10)");
    }

    @Test
    void readsUnitsFiguresAndHouseholdsWithVietnameseHeadersBomAndSemicolons() throws IOException {
        Path villages = file("thon.csv", "\uFEFFMã thôn;Nhân khẩu;Số người có định danh điện tử;Có cáp quang và 3G/4G\n"
                + "thon-1;4.000;1.100;có\n"
                + "thon-2;\"1 200\";;không\n");
        Path households = file("ho.csv", "Thôn;Số nhân khẩu;Có cáp quang\nthon-x;4;x\n");
        Path units = file("units2.csv", """
                id,parent,level,name
                xa-a,,xã,Xã A
                thon-1,xa-a,thôn,Thôn 1
                thon-2,xa-a,thôn,Thôn 2
                thon-x,xa-a,village,Thôn X
                """);
        Path mapping = file("cot.json", """
                { "columns": { "Mã thôn": "id", "Nhân khẩu": "residents", "Số người có định danh điện tử": "residents.electronic-id",
                               "Có cáp quang và 3G/4G": "village.fibre-and-mobile", "Thôn": "village",
                               "Số nhân khẩu": "household.members", "Có cáp quang": "household.fibre" } }
                """);
        Dataset d = DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).observations(villages, "báo cáo xã 6/2024").households(households)
                .mapping(mapping).read();
        assertThat(d.observed("thon-1", Metrics.RESIDENTS)).contains(4000L);
        assertThat(d.observed("thon-1", Metrics.RESIDENTS_WITH_ELECTRONIC_ID)).contains(1100L);
        assertThat(d.source("thon-1", Metrics.RESIDENTS)).contains("báo cáo xã 6/2024");
        assertThat(d.observed("thon-2", Metrics.RESIDENTS)).contains(1200L);
        assertThat(d.observed("thon-2", Metrics.RESIDENTS_WITH_ELECTRONIC_ID)).as("an empty cell is missing, not zero").isEmpty();
        assertThat(d.observed("thon-2", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE)).contains(false);
        assertThat(d.value("thon-x", Metrics.RESIDENTS)).contains(4L);
        assertThat(d.value("thon-x", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(1L);
        assertThat(d.unit("xa-a").orElseThrow().level()).isEqualTo(vn.smartvillage.model.AdminLevel.COMMUNE);
    }

    @Test
    void percentagesWithADecimalCommaBecomeExactCounts() throws IOException {
        Path villages = file("thon.csv", "id;households;Tỷ lệ hộ có cáp quang (%)\nthon-1;200;27,5\nthon-2;201;27,5 %\n");
        List<Problem> p = problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units()).observations(villages)
                .percentColumn("Tỷ lệ hộ có cáp quang (%)", "households.fibre", "households"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.location().toString()).isEqualTo("thon.csv row 3, column 'Tỷ lệ hộ có cáp quang (%)'");
            assertThat(x.reason().en()).isEqualTo("27,5 % of 201 is 55.275, not a whole number; give the count instead");
        });
        Path ok = file("thon-ok.csv", "id;households;Tỷ lệ hộ có cáp quang (%)\nthon-1;200;27,5\n");
        Dataset d = DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units()).observations(ok)
                .percentColumn("Tỷ lệ hộ có cáp quang (%)", "households.fibre", "households").read();
        assertThat(d.observed("thon-1", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(55L);
    }

    @Test
    void everyProblemNamesFileRowColumnAndValue() throws IOException {
        Path units = file("units.csv", """
                id,parent,level,name
                xa-a,,commune,Xã A
                thon-1,xa-b,village,Thôn 1
                thon-1,xa-a,village,Thôn 1 bis
                thon-2,xa-a,hamlet,Thôn 2
                """);
        Path villages = file("villages.csv", """
                id,residents,residents.electronic-id,households.fibre,resident
                thon-1,abc,5,,1
                """);
        Path figures = file("figures.csv", """
                id,households,households.fibre
                xa-a,10,12
                """);
        List<Problem> p = problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).observations(villages).observations(figures));
        assertThat(p).extracting(problem -> problem.location().toString()).containsExactly(
                "units.csv row 5",
                "villages.csv row 1, column 'resident'",
                "units.csv row 3 (unit thon-1)",
                "units.csv row 3 (unit thon-1)",
                "figures.csv row 2, column 'households.fibre' (unit xa-a, metric households.fibre)");
        assertThat(p.get(0).reason().en()).isEqualTo("the level 'hamlet' is not province, district, commune or village (tỉnh, huyện, xã, thôn)");
        assertThat(p.get(1).reason().en()).isEqualTo("unknown column: not a role, a metric id, or a header in the mapping (did you mean 'residents'?)");
        assertThat(p.get(4).reason().en()).contains("12", "10");
        assertThat(String.join("\n", p.stream().map(x -> x.reason().en()).toList()))
                .contains("the unit id is used twice", "the parent unit 'xa-b' is not in the dataset");
    }

    @Test
    void badCellsAreListedAllAtOnce() throws IOException {
        Path villages = file("villages.csv", """
                id,residents,village.fibre-and-mobile
                thon-1,abc,maybe
                thon-2,-3,có
                """);
        List<Problem> p = problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units()).observations(villages));
        assertThat(p).extracting(Problem::toString).containsExactly(
                "villages.csv row 2, column 'residents': the value 'abc' is not a whole number of zero or more (such as 1100 or 1.100)",
                "villages.csv row 2, column 'village.fibre-and-mobile': the value 'maybe' is not yes or no (có, không, x, 1, 0, yes, no)",
                "villages.csv row 3, column 'residents': the value '-3' is not a whole number of zero or more (such as 1100 or 1.100)");
    }

    @Test
    void aHouseholdMetricInAFiguresTableIsRefused() throws IOException {
        Path villages = file("villages.csv", "id,household.fibre\nthon-1,1\n");
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units()).observations(villages))).singleElement()
                .satisfies(x -> assertThat(x.reason().en()).isEqualTo(
                        "the metric 'household.fibre' describes a household; put it in a households table"));
    }

    @Test
    void invalidUtf8IsNamed() throws IOException {
        Path bad = Files.write(dir.resolve("bad.csv"), new byte[] {'i', 'd', '\n', (byte) 0xC3, '\n'});
        assertThat(problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(bad))).extracting(Problem::toString)
                .contains("bad.csv: the file is not valid UTF-8; save it again as CSV UTF-8");
    }

    @Test
    void householdTablesStreamWithProgress() {
        int households = 250_000;
        InputStream rows = new GeneratedRows(households);
        List<DatasetCsv.Progress> seen = new ArrayList<>();
        Dataset d = DatasetCsv.builder(DAY).metrics(Metrics.all()).units(unitsFile()).households("generated.csv", () -> rows).listener(seen::add).read();
        assertThat(d.householdCount("thon-1")).isEqualTo(households);
        assertThat(d.value("thon-1", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains((long) households / 3 + 1);
        List<DatasetCsv.Progress> generated = seen.stream().filter(x -> x.file().equals("generated.csv")).toList();
        assertThat(generated).extracting(DatasetCsv.Progress::rows).containsExactly(100_000L, 200_000L, 250_000L);
        assertThat(generated.get(2).bytesRead()).isEqualTo(((GeneratedRows) rows).produced);
        assertThat(seen.get(0)).isEqualTo(new DatasetCsv.Progress("units.csv", 3, 95, 95));
    }

    private Path unitsFile() {
        try {
            return units();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void tooManyProblemsAreCounted() throws IOException {
        StringBuilder s = new StringBuilder("village,household.fibre\n");
        for (int i = 0; i < 50; i++) {
            s.append("thon-1,maybe\n");
        }
        List<Problem> p = problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units()).households(file("h.csv", s.toString())).maxProblems(10));
        assertThat(p).hasSize(11);
        assertThat(p.get(10).reason().en()).isEqualTo("and 40 more problems not listed");
    }

    @Test
    void aMappingToAnUnknownMetricIsNamedInTheMappingFile() throws IOException {
        Path mapping = file("cot.yaml", "columns:\n  Số hộ có cáp quang: households.fiber\n");
        assertThatThrownBy(() -> DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units()).mapping(mapping).read())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has")
                .hasMessageContaining("cot.yaml /columns/Số hộ có cáp quang: column 'Số hộ có cáp quang': there is no metric 'households.fiber'")
                .hasMessageContaining("did you mean 'households.fibre'");
    }

    /** {@code village,household.fibre} rows made on the fly: the text is never held whole. */
    private static final class GeneratedRows extends InputStream {
        private final int rows;
        private int row = -1;
        private byte[] line = new byte[0];
        private int pos;
        long produced;

        GeneratedRows(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            if (pos == line.length) {
                if (row == rows) {
                    return -1;
                }
                line = (row < 0 ? "village,household.fibre\n" : "thon-1," + (row % 3 == 0 ? "có" : "không") + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                row++;
                pos = 0;
            }
            produced++;
            return line[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                b[off + n++] = (byte) c;
            }
            return n;
        }
    }

    static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTableAddedWithoutItsKind_isFoundByItsHeader_throughTheMapping() throws IOException {
        Path units = file("a.csv", "Mã;Cấp trên;Cấp;Tên\nxa-a;;xã;Xã A\nthon-1;xa-a;thôn;Thôn 1\n");
        Path figures = file("b.csv", "Mã;Số nhân khẩu\nthon-1;7\n");
        Path households = file("c.csv", "Thôn;household.members\nthon-1;3\nthon-1;4\n");
        Path organisations = file("d.csv", "id,name,kind,unit\nhtx,HTX A,hợp tác xã,thon-1\n");
        Path mapping = file("cot.json", "{\"columns\": {\"Mã\": \"id\", \"Cấp trên\": \"parent\", \"Cấp\": \"level\", \"Tên\": \"name\","
                + " \"Thôn\": \"village\", \"Số nhân khẩu\": \"residents\"}}");
        byte[] householdBytes = Files.readAllBytes(households);
        List<String> opened = new ArrayList<>();
        // Added in the wrong order, and one of them by an opener: each is read as its header says.
        Dataset d = DatasetCsv.builder(DAY).metrics(Metrics.all()).mapping(mapping).table(organisations).table(figures)
                .table("c.xlsx [Hộ]", () -> {
                    opened.add("c");
                    return new ByteArrayInputStream(householdBytes);
                }).table(units).read();
        Dataset same = DatasetCsv.builder(DAY).metrics(Metrics.all()).mapping(mapping).units(units).observations(figures)
                .households(households).organisations(organisations).read();
        assertThat(d.units()).isEqualTo(same.units());
        assertThat(d.observed("thon-1", Metrics.RESIDENTS)).isEqualTo(same.observed("thon-1", Metrics.RESIDENTS)).contains(7L);
        assertThat(d.householdCount("thon-1")).isEqualTo(same.householdCount("thon-1")).isEqualTo(2);
        assertThat(d.organisations("thon-1")).isEqualTo(same.organisations("thon-1")).hasSize(1);
        assertThat(opened).as("once for the header, once for the rows").hasSize(2);

        // A table whose header cannot be read is reported where it is read, as a table of figures.
        List<Problem> p = problems(DatasetCsv.builder(DAY).metrics(Metrics.all()).units(units).mapping(mapping)
                .table("broken.csv", () -> {
                    throw new IOException("gone");
                }));
        assertThat(p).singleElement().satisfies(x -> assertThat(x.location().document()).contains("broken.csv"));
    }
}
