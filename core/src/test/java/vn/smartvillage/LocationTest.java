package vn.smartvillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.location.Places.Kind;

/** Each kind of location renders itself in both languages; the English is what a problem's line shows. */
class LocationTest {

    @Test
    void datasetPlaces_renderInBothLanguages() {
        assertThat(Places.unit("kha-ly-thuong").text()).isEqualTo(Text.of("đơn vị kha-ly-thuong", "unit kha-ly-thuong"));
        assertThat(Places.figure("kha-ly-thuong", "residents").text())
                .isEqualTo(Text.of("đơn vị kha-ly-thuong, chỉ số residents", "unit kha-ly-thuong, metric residents"));
        Location h = Places.household("v", 2);
        assertThat(Places.householdFigure(h, "household.fibre").text())
                .isEqualTo(Text.of("thôn v, hộ #2, chỉ số household.fibre", "village v, household #2, metric household.fibre"));
        assertThat(Places.households("v", 40)).hasToString("village v, household #1 (and the rest of its 40)");
        assertThat(Places.field(Places.organisation("htx"), "name").text())
                .isEqualTo(Text.of("tổ chức htx, trường name", "organisation htx, field name"));
    }

    @Test
    void aPlaceReadFromAFile_namesTheFileFirst() {
        Location cell = Places.cell("xa.csv", 2, "Số hộ");
        assertThat(Places.figure("xa", "households", cell).text())
                .isEqualTo(Text.of("xa.csv dòng 2, cột 'Số hộ' (đơn vị xa, chỉ số households)",
                        "xa.csv row 2, column 'Số hộ' (unit xa, metric households)"));
        assertThat(Places.row(cell.document().orElseThrow(), cell.row().getAsLong())).isEqualTo(Places.row("xa.csv", 2))
                .hasToString("xa.csv row 2");
        Location read = Places.household("v", 3, Places.row("ho.csv", 4));
        assertThat(Places.householdFigure(read, "household.members")).hasToString("ho.csv row 4 (village v, household #3), metric household.members");
        assertThat(Places.within(Places.document("d.json"), Places.unit("xa"))).hasToString("d.json: unit xa");
    }

    @Test
    void documentAndPackPlaces_render() {
        assertThat(Places.pointer(Places.document("d.json"), "")).hasToString("d.json /");
        assertThat(Places.pointer(Places.packVersion("vn.a", "2", "a.json"), "/criteria/0"))
                .hasToString("vn.a@2 (a.json) /criteria/0");
        assertThat(Places.packVersion("vn.a", "2")).hasToString("vn.a@2");
        assertThat(Places.packElement(Places.pack("vn.a"), Kind.CERTIFICATION, "sv").text())
                .isEqualTo(Text.of("gói vn.a, danh hiệu sv", "pack vn.a, certification sv"));
        assertThat(Places.column(Places.mapping(), "Tỷ lệ").text()).isEqualTo(Text.of("bảng ánh xạ cột 'Tỷ lệ'", "mapping column 'Tỷ lệ'"));
        assertThat(Places.rest()).hasToString("…");
    }

    @Test
    void everyOtherKind_rendersAsItsRecordDid() {
        assertThat(Places.unit("thon-1", Places.row("units.csv", 4))).hasToString("units.csv row 4 (unit thon-1)");
        assertThat(Places.organisation("htx-1", Places.row("org.csv", 2))).hasToString("org.csv row 2 (organisation htx-1)");
        assertThat(Places.inherited(Places.packVersion("vn.child", "1"), Places.packVersion("vn.base", "1"), Kind.CRITERION, "fibre"))
                .hasToString("vn.child@1 (inherited from vn.base@1) criterion fibre");
        assertThat(Places.packElement(Places.pack("vn.example"), Kind.METRIC, "m")).hasToString("pack vn.example, metric m");
        assertThat(Places.packFile("Bad Id", "header.json")).hasToString("Bad Id (header.json)");
        assertThat(Places.provider("org.example.MyPacks").text())
                .isEqualTo(Text.of("nhà cung cấp gói org.example.MyPacks", "provider org.example.MyPacks"));
        assertThat(Places.provider()).hasToString("ServiceLoader");
        assertThat(Places.dataset("households.json")).hasToString("dataset households.json");
        assertThat(Places.report().text()).isEqualTo(Text.of("kết quả đánh giá", "assessment"));
        assertThat(Places.vocabularyMetric("residents")).hasToString("metric residents");
        assertThat(Places.formatName("htm")).hasToString("report format 'htm'");
        assertThat(Places.document("quang-minh.json").text()).isEqualTo(Text.of("quang-minh.json", "quang-minh.json"));
    }

    @Test
    void locationsAreValues() {
        assertThat(Places.figure("x", "m")).isEqualTo(Places.figure("x", "m")).hasSameHashCodeAs(Places.figure("x", "m"))
                .isNotEqualTo(Places.figure("x", "m", Places.row("a.csv", 2)))
                .isNotEqualTo(Places.unit("x"));
        assertThat(Places.within(Places.document("d.json"), Places.householdFigure(Places.household("v", 2, Places.row("h.csv", 3)), "m")))
                .isEqualTo(Places.within(Places.document("d.json"), Places.householdFigure(Places.household("v", 2, Places.row("h.csv", 3)), "m")));
        assertThat(Places.document("a")).isNotEqualTo(Places.dataset("a"));
        assertThat(Places.packElement(Places.pack("p"), Kind.TARGET, "t")).isNotEqualTo(Places.packElement(Places.pack("p"), Kind.CRITERION, "t"));
        assertThatThrownBy(() -> Places.household("v", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("households are numbered from 1, got 0");
        assertThatThrownBy(() -> Places.households("v", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a village's records are at least one, got 0");
        assertThatThrownBy(() -> Places.row("a.csv", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows are numbered from 1, got 0");
        assertThatThrownBy(() -> Places.cell("a.csv", 0, "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Places.document(" ")).isInstanceOf(IllegalArgumentException.class).hasMessage("a document is named");
        assertThatThrownBy(() -> Places.householdFigure(Places.unit("v"), "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Places.unit(null)).isInstanceOf(NullPointerException.class).hasMessage("unitId");
    }

    @Test
    void aHugeId_isCutSoThatAnyWriterCanPrintIt() {
        String id = "x".repeat(5000) + "\ud800";
        assertThat(Places.unit(id).text().en()).hasSizeLessThanOrEqualTo(1000).endsWith("…");
        assertThat(Places.document("a\ud800b").toString()).isEqualTo("a\ufffdb");
    }

    @Test
    void aFigureReadAtACell_givesItsUnitMetricAndTheCell() {
        Location cell = Places.cell("xa.csv", 2, "Số hộ");
        Location figure = Places.figure("xa", "households", cell);
        assertThat(figure.unitId()).contains("xa");
        assertThat(figure.metricId()).contains("households");
        assertThat(figure.document()).contains("xa.csv");
        assertThat(figure.row()).isEqualTo(OptionalLong.of(2));
        assertThat(figure.column()).contains("Số hộ");
        assertThat(figure.readAt()).contains(cell);
        assertThat(figure.household()).isEmpty();
        assertThat(figure.organisationId()).isEmpty();
        assertThat(figure.pointer()).isEmpty();
        assertThat(figure.packId()).isEmpty();
        Location bare = Places.figure("xa", "households");
        assertThat(bare.readAt()).isEmpty();
        assertThat(bare.document()).isEmpty();
        assertThat(bare.row()).isEmpty();
        assertThat(cell.unitId()).isEmpty();
        assertThat(cell.readAt()).isEmpty();
    }

    @Test
    void aPointerWithinAPackVersion_givesThePackItsFileAndThePointer() {
        Location pointer = Places.pointer(Places.packVersion("vn.a", "2", "a.json"), "/criteria/0");
        assertThat(pointer.packId()).contains("vn.a");
        assertThat(pointer.document()).contains("a.json");
        assertThat(pointer.pointer()).contains("/criteria/0");
        assertThat(pointer.unitId()).isEmpty();
        assertThat(pointer.row()).isEmpty();
        assertThat(Places.pointer(Places.document("d.json"), "").pointer()).as("the whole document").contains("");
        assertThat(Places.pointer(Places.packVersion("vn.a", "2"), "/id").document()).isEmpty();
        Location element = Places.packElement(Places.pack("vn.a"), Kind.METRIC, "m");
        assertThat(element.packId()).contains("vn.a");
        assertThat(element.metricId()).contains("m");
        Location inherited = Places.inherited(Places.packVersion("vn.child", "1"), Places.packVersion("vn.base", "1"), Kind.CRITERION, "c");
        assertThat(inherited.packId()).as("the pack that inherits").contains("vn.child");
        assertThat(inherited.metricId()).isEmpty();
        assertThat(Places.packFile("Bad Id", "header.json").document()).contains("header.json");
    }

    @Test
    void aHouseholdFigure_givesItsVillageNumberAndWhereTheRecordWasRead() {
        Location row = Places.row("ho.csv", 4);
        Location figure = Places.householdFigure(Places.household("v", 3, row), "household.members");
        assertThat(figure.unitId()).contains("v");
        assertThat(figure.household()).isEqualTo(OptionalInt.of(3));
        assertThat(figure.metricId()).contains("household.members");
        assertThat(figure.document()).contains("ho.csv");
        assertThat(figure.row()).isEqualTo(OptionalLong.of(4));
        assertThat(figure.readAt()).contains(row);
        assertThat(Places.households("v", 40).unitId()).contains("v");
        assertThat(Places.households("v", 40).household()).isEmpty();
    }

    @Test
    void aPlaceWithinADocument_givesTheDocument_andFieldsTheirRecord() {
        Location within = Places.within(Places.document("d.json"), Places.figure("xa", "work-records"));
        assertThat(within.document()).contains("d.json");
        assertThat(within.unitId()).contains("xa");
        assertThat(within.metricId()).contains("work-records");
        Location field = Places.field(Places.organisation("htx", Places.row("org.csv", 5)), "name");
        assertThat(field.organisationId()).contains("htx");
        assertThat(field.row()).isEqualTo(OptionalLong.of(5));
        Location column = Places.column(Places.mapping(), "Tỷ lệ");
        assertThat(column.column()).contains("Tỷ lệ");
        assertThat(column.document()).isEmpty();
        assertThat(Places.dataset("households.json").document()).contains("households.json");
        assertThat(Places.formatName("htm").document()).isEmpty();
        assertThat(Places.rest().readAt()).isEqualTo(Optional.empty());
    }
}
