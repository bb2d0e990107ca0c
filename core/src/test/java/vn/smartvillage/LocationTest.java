package vn.smartvillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Location.PackElement.Kind;

/** Each kind of location renders itself in both languages; the English is what a problem's line shows. */
class LocationTest {

    @Test
    void datasetPlaces_renderInBothLanguages() {
        assertThat(new Location.Unit("kha-ly-thuong").text()).isEqualTo(Text.of("đơn vị kha-ly-thuong", "unit kha-ly-thuong"));
        assertThat(new Location.Figure("kha-ly-thuong", "residents").text())
                .isEqualTo(Text.of("đơn vị kha-ly-thuong, chỉ số residents", "unit kha-ly-thuong, metric residents"));
        Location.Household h = new Location.Household("v", 2);
        assertThat(new Location.HouseholdFigure(h, "household.fibre").text())
                .isEqualTo(Text.of("thôn v, hộ #2, chỉ số household.fibre", "village v, household #2, metric household.fibre"));
        assertThat(new Location.Households("v", 40)).hasToString("village v, household #1 (and the rest of its 40)");
        assertThat(new Location.Field(new Location.Organisation("htx"), "name").text())
                .isEqualTo(Text.of("tổ chức htx, trường name", "organisation htx, field name"));
    }

    @Test
    void aPlaceReadFromAFile_namesTheFileFirst() {
        Location.Cell cell = new Location.Cell("xa.csv", 2, "Số hộ");
        assertThat(new Location.Figure("xa", "households", Optional.of(cell)).text())
                .isEqualTo(Text.of("xa.csv dòng 2, cột 'Số hộ' (đơn vị xa, chỉ số households)",
                        "xa.csv row 2, column 'Số hộ' (unit xa, metric households)"));
        assertThat(cell.inRow()).isEqualTo(new Location.Row("xa.csv", 2)).hasToString("xa.csv row 2");
        Location.Household read = new Location.Household("v", 3, Optional.of(new Location.Row("ho.csv", 4)));
        assertThat(new Location.HouseholdFigure(read, "household.members")).hasToString("ho.csv row 4 (village v, household #3), metric household.members");
        assertThat(new Location.Within(new Location.Document("d.json"), new Location.Unit("xa"))).hasToString("d.json: unit xa");
    }

    @Test
    void documentAndPackPlaces_render() {
        assertThat(new Location.Pointer(new Location.Document("d.json"), "")).hasToString("d.json /");
        assertThat(new Location.Pointer(new Location.PackVersion("vn.a", "2", Optional.of("a.json")), "/criteria/0"))
                .hasToString("vn.a@2 (a.json) /criteria/0");
        assertThat(new Location.PackVersion("vn.a", "2", Optional.empty())).hasToString("vn.a@2");
        assertThat(new Location.PackElement(new Location.Pack("vn.a"), Kind.CERTIFICATION, "sv").text())
                .isEqualTo(Text.of("gói vn.a, danh hiệu sv", "pack vn.a, certification sv"));
        assertThat(new Location.Column(new Location.Mapping(), "Tỷ lệ").text()).isEqualTo(Text.of("bảng ánh xạ cột 'Tỷ lệ'", "mapping column 'Tỷ lệ'"));
        assertThat(new Location.Rest()).hasToString("…");
    }

    @Test
    void locationsAreValues() {
        assertThat(new Location.Figure("x", "m")).isEqualTo(new Location.Figure("x", "m", Optional.empty()))
                .isNotEqualTo(new Location.Figure("x", "m", Optional.of(new Location.Row("a.csv", 2))));
        assertThatThrownBy(() -> new Location.Household("v", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Location.Row("a.csv", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Location.Document(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHugeId_isCutSoThatAnyWriterCanPrintIt() {
        String id = "x".repeat(5000) + "\ud800";
        assertThat(new Location.Unit(id).text().en()).hasSizeLessThanOrEqualTo(1000).endsWith("…");
        assertThat(new Location.Document("a\ud800b").toString()).isEqualTo("a\ufffdb");
    }
}
