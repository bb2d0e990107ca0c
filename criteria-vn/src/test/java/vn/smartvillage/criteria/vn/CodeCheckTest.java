package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.io.DatasetJson;

/** {@link VietnamUnits#check}: datasets that name units by official code are told about unknown, retired and misnamed codes. */
class CodeCheckTest {

    private static final LocalDate Y2023 = LocalDate.of(2023, 12, 31);
    private static final LocalDate Y2026 = LocalDate.of(2026, 6, 30);

    private static List<Problem> errors(Dataset data) {
        try {
            VietnamUnits.check(data);
        } catch (SmartVillageException e) {
            return e.problems();
        }
        throw new AssertionError("no error");
    }

    @Test
    void theSeedSamplesCarryTheirCommunesFormerCodes_whichAgreeWithTheOfficialList() {
        for (SampleData.Sample s : SampleData.Sample.values()) {
            Dataset d = SampleData.read(s);
            assertThat(VietnamUnits.check(d)).as(s.name()).isEmpty();
        }
        Dataset province = SampleData.read(SampleData.Sample.BAC_GIANG_PROVINCE);
        assertThat(province.unit("quang-minh").orElseThrow().code()).contains("07792");
        assertThat(province.unit("bac-giang").orElseThrow().code()).contains("24");
    }

    @Test
    void aRetiredCodeOn2026Data_isALocatedError_namingItsSuccessor_theDate_andTheResolution() {
        String json = """
                { "format": 1, "asOf": "2026-06-30", "units": [
                  { "id": "bn", "name": "Tỉnh Bắc Ninh", "code": "24", "level": "province" },
                  { "id": "qm", "name": "Phường Quảng Minh", "code": "07792", "level": "commune", "parent": "bn" } ] }
                """;
        Dataset data = DatasetJson.read(json, "bac-ninh-2026.json", Metrics.all());
        List<Problem> errors = errors(data);
        assertThat(errors).hasSize(1);
        Problem p = errors.get(0);
        assertThat(p.code()).isEqualTo("dataset.unit.code.retired");
        assertThat(p.location().document()).contains("bac-ninh-2026.json");
        assertThat(p.location().unitId()).contains("qm");
        assertThat(p.location().toString()).contains("bac-ninh-2026.json", "unit qm", "field code");
        assertThat(p.reason().en()).contains("07792", "Phường Quảng Minh until 30 June 2025", "Phường Vân Hà (07798)",
                "1 July 2025", "Nghị quyết 1658/NQ-UBTVQH15", "use the code 07798");
        assertThat(p.reason().vi()).contains("07792", "Phường Vân Hà (07798)", "1/7/2025", "Nghị quyết 1658/NQ-UBTVQH15");
    }

    @Test
    void aDividedCommunesCode_namesEverySuccessor() {
        OfficialUnit divided = VietnamUnits.former().communes().stream().filter(c -> c.successors().size() > 1).findFirst().orElseThrow();
        OfficialUnit province = VietnamUnits.current().unit(divided.successors().get(0).successor().provinceCode().orElseThrow()).orElseThrow();
        if (VietnamUnits.current().unit(divided.code()).isPresent()) {
            return; // its code was reused: then it is not retired (a name check says the rest)
        }
        Dataset data = Dataset.builder(Y2026).province(province.code(), province.name()).code(province.code(), province.code())
                .commune("x", divided.name(), province.code()).code("x", divided.code()).build();
        Problem p = errors(data).get(0);
        assertThat(p.reason().en()).contains("divided among");
        divided.successors().forEach(s -> assertThat(p.reason().en()).contains(s.successor().code()));
    }

    @Test
    void anUnknownCode_suggestsTheCodeWithItsLeadingZeros_theUnitsOfItsName_andTheCodesOneDigitAway() {
        Dataset data = Dataset.builder(Y2026).province("24", "Tỉnh Bắc Ninh").code("24", "24")
                .commune("a", "Phường Vân Hà", "24").code("a", "7798")        // a spreadsheet dropped the zero
                .commune("b", "Phường Vân Hà", "24").code("b", "99999")        // a typo, but the name is known
                .build();
        List<Problem> errors = errors(data);
        assertThat(errors).extracting(Problem::code).containsExactly("dataset.unit.code.unknown", "dataset.unit.code.unknown");
        assertThat(errors.get(0).reason().en()).contains("did you mean Phường Vân Hà (07798)?");
        assertThat(errors.get(1).reason().en()).contains("Phường Vân Hà (07798)");
        assertThat(errors.get(0).location().toString()).contains("unit a", "field code");
    }

    @Test
    void aCodeOfTheNewMapOnDataDatedBeforeIt_isUnknown_andSaysWhoseCodeItIsFromJuly2025() {
        OfficialUnit fresh = VietnamUnits.current().communes().stream().filter(c -> VietnamUnits.former().unit(c.code()).isEmpty())
                .findFirst().orElseThrow();
        Dataset data = Dataset.builder(Y2023).province("bg", "Tỉnh Bắc Giang").code("bg", "24")
                .commune("x", fresh.name(), "bg").code("x", fresh.code()).build();
        Problem p = errors(data).get(0);
        assertThat(p.code()).isEqualTo("dataset.unit.code.unknown");
        assertThat(p.reason().en()).contains("it is the code of " + fresh.name() + " from 1 July 2025");
    }

    @Test
    void aCodeOfAnotherLevel_isAnError() {
        Dataset data = Dataset.builder(Y2026).province("p", "Phường Vân Hà").code("p", "07798").build();
        Problem p = errors(data).get(0);
        assertThat(p.code()).isEqualTo("dataset.unit.code.level");
        assertThat(p.reason().en()).contains("a commune", "not of a province");
    }

    @Test
    void aNameThatIsNotItsCodes_isAWarning_thatSaysWhatTheCodeWasBefore() {
        // 07798 was Phường Ninh Sơn until 30 June 2025; from 1 July it is Phường Vân Hà.
        Dataset data = Dataset.builder(Y2026).province("24", "Bắc Ninh").code("24", "24")
                .commune("ns", "Phường Ninh Sơn", "24").code("ns", "07798").build();
        List<Problem> warnings = VietnamUnits.check(data);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).code()).isEqualTo("dataset.unit.code.name");
        assertThat(warnings.get(0).reason().en()).contains("it is the code of Phường Vân Hà", "'Phường Ninh Sơn'",
                "until 30 June 2025 it was the code of Phường Ninh Sơn, now part of Phường Vân Hà (07798)");
    }

    @Test
    void everyProblemOfTheData_isReportedAtOnce_andUnitsWithoutCodes_villagesAndDistricts_areNotChecked() {
        Dataset data = Dataset.builder(Y2023).province("bg", "Bắc Giang").code("bg", "24")
                .district("vy", "Việt Yên", "bg").code("vy", "213")
                .commune("a", "Quảng Minh", "vy").code("a", "00000")
                .commune("b", "Hồng Giang", "vy").code("b", "99990")
                .commune("c", "Không mã", "vy")
                .village("t", "Thôn 1", "a").code("t", "T1").build();
        assertThat(errors(data)).extracting(p -> p.location().unitId().orElseThrow()).containsExactly("a", "b");
    }

    @Test
    void theSkeletonCarriesEveryUnitsCode_andPassesTheCheck() {
        Dataset bacNinh = VietnamUnits.current().skeleton("24", Y2026).build();
        assertThat(bacNinh.units()).allSatisfy(u -> assertThat(u.code()).contains(u.id()));
        assertThat(VietnamUnits.check(bacNinh)).isEmpty();
        Dataset before = VietnamUnits.former().skeleton("24", Y2023).build();
        assertThat(VietnamUnits.check(before)).isEmpty();
    }

    @Test
    void successionsOfProvinces_andOfNewBacNinhsCommunes_nameTheirResolution_othersNone() {
        assertThat(VietnamUnits.former().unit("24").orElseThrow().successors().get(0).resolution()).contains("Nghị quyết 202/2025/QH15");
        assertThat(VietnamUnits.former().unit("07792").orElseThrow().successors().get(0).resolution())
                .contains("Nghị quyết 1658/NQ-UBTVQH15");
        assertThat(VietnamUnits.former().unit("40").orElseThrow().successors().get(0).resolution()).contains("Nghị quyết 202/2025/QH15");
        OfficialUnit hanoiCommune = VietnamUnits.former().communes("01").get(0);
        assertThat(hanoiCommune.successors().get(0).resolution()).isEmpty();
    }
}
