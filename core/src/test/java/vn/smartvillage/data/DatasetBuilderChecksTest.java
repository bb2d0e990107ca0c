package vn.smartvillage.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.OrganisationKind;

/** The checks of {@link DatasetBuilder#build()} at their bounds, and where their problems are located. */
class DatasetBuilderChecksTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
    private static final Metric<BigDecimal> BUDGET = Metric.amount("budget", AdminLevel.COMMUNE, Text.of("kinh phí", "budget"));

    private static DatasetBuilder commune() {
        return Dataset.builder(DAY).province("p", "Tỉnh").commune("xa", "Xã", "p").village("thon", "Thôn", "xa");
    }

    private static List<String> problems(DatasetBuilder b) {
        return catchThrowableOfType(SmartVillageException.class, b::build).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void countsFromZeroToTheirBound_areAccepted() {
        Dataset d = commune().observe("xa", Metrics.WORK_RECORDS, 0L).observe("xa", Metrics.WORK_RECORDS_ONLINE, 0L)
                .observe("thon", Metrics.RESIDENTS, DatasetBuilder.MAX_UNIT_COUNT)
                .village("thon-2", "Thôn 2", "xa")
                .household("thon-2", h -> h.set(Metrics.HOUSEHOLD_MEMBERS, DatasetBuilder.MAX_HOUSEHOLD_COUNT)).build();
        assertThat(d.observed("xa", Metrics.WORK_RECORDS)).contains(0L);
        assertThat(d.observed("thon", Metrics.RESIDENTS)).contains(DatasetBuilder.MAX_UNIT_COUNT);
        assertThat(d.household("thon-2", 0, Metrics.HOUSEHOLD_MEMBERS)).contains(DatasetBuilder.MAX_HOUSEHOLD_COUNT);
    }

    @Test
    void countsPastTheirBound_orNegative_areRefused_andNotKept() {
        assertThat(problems(commune().observe("thon", Metrics.RESIDENTS, -1L)))
                .containsExactly("unit thon, metric residents: a count cannot be negative (got -1)");
        assertThat(problems(commune().household("thon", h -> h.set(Metrics.HOUSEHOLD_MEMBERS, DatasetBuilder.MAX_HOUSEHOLD_COUNT + 1))))
                .containsExactly("village thon, household #1: the count is implausibly large (1000001 > 1000000); check for a typing error");
        assertThat(problems(commune().household("thon", h -> h.set(Metrics.HOUSEHOLD_MEMBERS, -2L))))
                .containsExactly("village thon, household #1: a count cannot be negative (got -2)");
    }

    @Test
    void amountsFromZero_areAccepted_andNegativeOnesRefused() {
        assertThat(commune().observe("xa", BUDGET, BigDecimal.ZERO).build().observed("xa", BUDGET))
                .contains(BigDecimal.ZERO);
        assertThat(problems(commune().observe("xa", BUDGET, new BigDecimal("-0.01"))))
                .containsExactly("unit xa, metric budget: an amount cannot be negative (got -0.01)");
    }

    @Test
    void aValueOfTheWrongType_passedAroundTheGenerics_isRefused() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Metric<Object> raw = (Metric) Metrics.RESIDENTS;
        assertThat(problems(commune().observe("thon", raw, "mười")))
                .containsExactly("unit thon, metric residents: the value 'mười' is not a COUNT");
    }

    @Test
    void equalAmountsWrittenWithDifferentScales_areOneValue() {
        assertThat(commune().observe("xa", BUDGET, new BigDecimal("12.5")).observe("xa", BUDGET, new BigDecimal("12.50")).build()
                .observed("xa", BUDGET)).contains(new BigDecimal("12.5"));
        assertThat(problems(commune().observe("xa", BUDGET, new BigDecimal("12.5")).observe("xa", BUDGET, new BigDecimal("12.6"))))
                .containsExactly("unit xa, metric budget: is given twice with different values: 12.5 and 12.6");
    }

    @Test
    void theFirstObservation_keepsItsSource() {
        Dataset d = commune().observe("thon", Metrics.RESIDENTS, 10L).observe("thon", Metrics.RESIDENTS, 10L, "báo cáo")
                .observe("xa", Metrics.WORK_RECORDS, 5L, "sổ xã").observe("xa", Metrics.WORK_RECORDS, 5L, "khác").build();
        assertThat(d.source("thon", Metrics.RESIDENTS)).isEmpty();
        assertThat(d.source("xa", Metrics.WORK_RECORDS)).contains("sổ xã");
        assertThatThrownBy(() -> commune().observe("xa", Metrics.WORK_RECORDS, 5L, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrganisation_isCheckedAsItsRecordSays() {
        assertThat(problems(commune().organisation("htx", " ", OrganisationKind.COOPERATIVE, "xa")))
                .containsExactly("organisation htx, field name: must not be blank");
        assertThat(problems(commune().organisation("htx", "HTX", OrganisationKind.COOPERATIVE, "xa")
                .organisation("htx", "HTX 2", OrganisationKind.ENTERPRISE, "ghost")))
                .containsExactly("organisation htx: the organisation id is used twice", "organisation htx: the unit 'ghost' is not in the dataset");
    }

    @Test
    void whereAFactWasRead_isNotPublicApi_onlyLoadersSayIt() {
        assertThat(java.util.Arrays.stream(DatasetBuilder.class.getMethods()).map(java.lang.reflect.Method::getName))
                .doesNotContain("origin").filteredOn("household"::equals).hasSize(1);
    }

    @Test
    void aProblemWithAFigure_namesWhereItsUnitWasRead_whenTheFigureItselfHasNoOrigin() {
        DatasetBuilder b = commune().origin("thon", Places.row("units.csv", 4)).origin("xa", Places.row("units.csv", 3))
                .origin("xa", Metrics.WORK_RECORDS, Places.cell("xa.csv", 2, "work-records")).origin("xa", Places.row("units.csv", 99));
        b.observe("thon", Metrics.RESIDENTS, -1L).observe("xa", Metrics.WORK_RECORDS, -1L).observe("thon", Metrics.WORK_RECORDS, 1L);
        assertThat(problems(b)).containsExactly(
                "units.csv row 4 (unit thon, metric residents): a count cannot be negative (got -1)",
                "xa.csv row 2, column 'work-records' (unit xa, metric work-records): a count cannot be negative (got -1)",
                "units.csv row 4 (unit thon, metric work-records): this metric describes a commune or a higher level, not a village");
    }
    @Test
    void aPartObservedBelow_isCheckedAgainstAWholeObservedAbove() {
        // The commune carries its own residents (10); its village's 50 residents with electronic ID add up to more.
        assertThat(problems(commune().observe("xa", Metrics.RESIDENTS, 10L).observe("thon", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 50L)))
                .containsExactly("unit xa, metric residents.electronic-id: " + Metrics.RESIDENTS_WITH_ELECTRONIC_ID.name().en() + " (50) exceeds "
                        + Metrics.RESIDENTS.name().en() + " (10)");
    }

    @Test
    void anOrganisationsTextAndAUnitsId_areCheckedAndShownAsWritten() {
        assertThat(problems(commune().organisation("\uD800htx", "HTX\uDC00", OrganisationKind.COOPERATIVE, "xa")))
                .extracting(p -> p.substring(p.indexOf(", field ") + 2))
                .containsExactly("field id: holds an unpaired surrogate \\ud800 (not a character)",
                        "field name: holds an unpaired surrogate \\udc00 (not a character)");
        assertThat(problems(commune().village("bad id!", "Thôn", "xa")))
                .containsExactly("unit bad id!, field id: may hold only letters, digits and . _ : - (got 'bad id!')");
    }

    @Test
    void aDataset_saysWhatItHolds() {
        Dataset d = commune().household("thon", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, true)).build();
        assertThat(d).hasToString("Dataset[asOf=2024-06-30, units=3, villagesWithHouseholds=1]");
    }

    @Test
    void aHouseholdFactOfTheWrongType_isAProblem_notACrash() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Metric<Object> raw = (Metric) Metrics.HOUSEHOLD_MEMBERS;
        assertThat(problems(commune().household("thon", h -> h.set(raw, "bốn"))))
                .containsExactly("village thon, household #1: the value 'bốn' is not a COUNT");
    }

    @Test
    void aHouseholdFactObservedForAUnit_isRefusedInBothLanguages() {
        List<Problem> p = catchThrowableOfType(SmartVillageException.class,
                () -> commune().observe("thon", Metrics.HOUSEHOLD_HAS_FIBRE, true).build()).problems();
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.reason().en()).isEqualTo("this metric describes a household, not a village");
            assertThat(x.reason().vi()).isEqualTo("chỉ số này mô tả hộ, không áp dụng cho thôn");
        });
        assertThat(catchThrowableOfType(SmartVillageException.class, () -> commune().observe("thon", Metrics.WORK_RECORDS, 1L).build())
                .problems().get(0).reason().vi()).isEqualTo("chỉ số này mô tả xã trở lên, không áp dụng cho thôn");
    }
}
