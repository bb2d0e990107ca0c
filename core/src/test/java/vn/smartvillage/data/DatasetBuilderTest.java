package vn.smartvillage.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.OrganisationKind;
import vn.smartvillage.model.Unit;

class DatasetBuilderTest {

    private static final LocalDate DAY = LocalDate.of(2023, 1, 24);

    private static DatasetBuilder threeTier() {
        return Dataset.builder(DAY)
                .province("bg", "Bắc Giang")
                .district("viet-yen", "Việt Yên", "bg")
                .commune("quang-minh", "Quảng Minh", "viet-yen")
                .village("kha-ly-thuong", "Khả Lý Thượng", "quang-minh")
                .village("v2", "Thôn hai", "quang-minh");
    }

    private static List<String> locations(SmartVillageException e) {
        return e.problems().stream().map(problem -> problem.location().toString()).toList();
    }

    @Test
    void missingIsNotZero() {
        Dataset d = threeTier().observe("kha-ly-thuong", Metrics.RESIDENTS, 4000L).build();
        assertThat(d.value("kha-ly-thuong", Metrics.RESIDENTS)).contains(4000L);
        assertThat(d.value("v2", Metrics.RESIDENTS)).isEmpty();
        // One village without a value leaves the commune's sum unknown, not 4000.
        assertThat(d.value("quang-minh", Metrics.RESIDENTS)).isEmpty();
    }

    @Test
    void summedCounts_addUpThroughEveryLevel() {
        Dataset d = threeTier()
                .observe("kha-ly-thuong", Metrics.RESIDENTS, 4000L)
                .observe("v2", Metrics.RESIDENTS, 1500L)
                .build();
        assertThat(d.value("quang-minh", Metrics.RESIDENTS)).contains(5500L);
        assertThat(d.value("viet-yen", Metrics.RESIDENTS)).contains(5500L);
        assertThat(d.value("bg", Metrics.RESIDENTS)).contains(5500L);
    }

    @Test
    void aUnitsOwnValue_winsOverTheSumOfItsChildren() {
        Dataset d = threeTier().observe("quang-minh", Metrics.RESIDENTS, 9000L).build();
        assertThat(d.value("quang-minh", Metrics.RESIDENTS)).contains(9000L);
    }

    @Test
    void sums_leaveOutChildrenTheMetricDoesNotDescribe() {
        Dataset d = Dataset.builder(DAY).province("p", "P")
                .commune("c", "C", "p").village("v-under-p", "Thôn trực thuộc", "p")
                .observe("c", Metrics.BUSINESSES, 12L)
                .build();
        assertThat(d.value("p", Metrics.BUSINESSES)).contains(12L);
        assertThat(Dataset.builder(DAY).province("p", "P").village("v", "V", "p").build().value("p", Metrics.BUSINESSES)).isEmpty();
    }

    @Test
    void ownCounts_areNotSummedFromChildren() {
        Dataset d = threeTier().observe("quang-minh", Metrics.WORK_RECORDS, 500L).build();
        assertThat(d.value("viet-yen", Metrics.WORK_RECORDS)).isEmpty();
    }

    @Test
    void householdRecords_aggregateIntoTheirVillage() {
        Dataset d = threeTier()
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, true))
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, false))
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, true))
                .household("v2", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, true))
                .build();
        assertThat(d.value("kha-ly-thuong", Metrics.HOUSEHOLDS)).contains(3L);
        assertThat(d.value("kha-ly-thuong", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(2L);
        assertThat(d.value("quang-minh", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(3L);
        assertThat(d.household("kha-ly-thuong", 1, Metrics.HOUSEHOLD_HAS_FIBRE)).contains(false);
    }

    @Test
    void householdRecords_areReadOneFactAtATime_byVillageIndexAndMetric() {
        Dataset d = threeTier()
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, true))
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_MEMBERS, 4L))
                .build();
        assertThat(d.householdCount("kha-ly-thuong")).isEqualTo(2);
        assertThat(d.householdMetrics("kha-ly-thuong")).containsExactly(Metrics.HOUSEHOLD_HAS_FIBRE, Metrics.HOUSEHOLD_MEMBERS);
        assertThat(d.household("kha-ly-thuong", 0, Metrics.HOUSEHOLD_MEMBERS)).as("a fact not given is missing").isEmpty();
        assertThat(d.household("kha-ly-thuong", 1, Metrics.HOUSEHOLD_MEMBERS)).contains(4L);
        assertThat(d.householdCount("no-such-village")).isZero();
        assertThatThrownBy(() -> d.household("kha-ly-thuong", 2, Metrics.HOUSEHOLD_MEMBERS)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> d.household("quang-minh", 0, Metrics.HOUSEHOLD_MEMBERS)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("no household records");
    }

    @Test
    void householdCounts_sumIntoTheirVillage() {
        Dataset d = threeTier()
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_MEMBERS, 4L).set(Metrics.HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID, 1L))
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_MEMBERS, 6L).set(Metrics.HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID, 3L))
                .observe("v2", Metrics.RESIDENTS, 100L)
                .observe("v2", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 30L)
                .build();
        assertThat(d.value("kha-ly-thuong", Metrics.RESIDENTS)).contains(10L);
        assertThat(d.value("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID)).contains(4L);
        // One village from records, one from its totals: the commune adds both.
        assertThat(d.value("quang-minh", Metrics.RESIDENTS)).contains(110L);
        assertThat(d.value("quang-minh", Metrics.RESIDENTS_WITH_ELECTRONIC_ID)).contains(34L);
    }

    @Test
    void aHouseholdPartLargerThanItsWhole_isReported() {
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class, () -> threeTier()
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_MEMBERS, 4L))
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_MEMBERS, 2L).set(Metrics.HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID, 3L))
                .build());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().toString()).isEqualTo("village kha-ly-thuong, household #2, metric household.members.electronic-id");
            assertThat(p.reason().en()).contains("(3) exceeds").contains("(2)");
        });
    }

    @Test
    void aHouseholdWithoutTheFact_leavesTheVillageCountUnknown() {
        Dataset d = threeTier()
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, true))
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_HAS_SMARTPHONE, true))
                .build();
        assertThat(d.value("kha-ly-thuong", Metrics.HOUSEHOLDS)).contains(2L);
        assertThat(d.value("kha-ly-thuong", Metrics.HOUSEHOLDS_WITH_FIBRE)).isEmpty();
        assertThat(java.util.stream.IntStream.range(0, d.householdCount("kha-ly-thuong"))
                .filter(i -> d.household("kha-ly-thuong", i, Metrics.HOUSEHOLD_HAS_FIBRE).isPresent()).count()).isEqualTo(1);
    }

    @Test
    void aVillageMayCarryTotalsInsteadOfHouseholdRecords() {
        Dataset d = threeTier()
                .observe("kha-ly-thuong", Metrics.HOUSEHOLDS, 1000L)
                .observe("kha-ly-thuong", Metrics.HOUSEHOLDS_WITH_FIBRE, 870L)
                .build();
        assertThat(d.householdCount("kha-ly-thuong")).isZero();
        assertThat(d.householdMetrics("kha-ly-thuong")).isEmpty();
        assertThat(d.value("kha-ly-thuong", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(870L);
    }

    @Test
    void descendants_findCommunesWithOrWithoutDistricts() {
        Dataset threeTier = threeTier().build();
        Dataset twoTier = Dataset.builder(LocalDate.of(2025, 7, 1))
                .province("bg", "Bắc Ninh")
                .commune("quang-minh", "Quảng Minh", "bg")
                .village("kha-ly-thuong", "Khả Lý Thượng", "quang-minh")
                .build();
        assertThat(threeTier.descendants("bg", AdminLevel.COMMUNE)).extracting(Unit::id).containsExactly("quang-minh");
        assertThat(twoTier.descendants("bg", AdminLevel.COMMUNE)).extracting(Unit::id).containsExactly("quang-minh");
        assertThat(threeTier.descendants("bg", AdminLevel.VILLAGE)).extracting(Unit::id).containsExactly("kha-ly-thuong", "v2");
        assertThat(threeTier.roots()).extracting(Unit::id).containsExactly("bg");
    }

    @Test
    void namesAreStoredInNfc() {
        String decomposed = Normalizer.normalize("Khả Lý Thượng", Normalizer.Form.NFD);
        Dataset d = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p").village("v", decomposed, "c").build();
        assertThat(d.unit("v").orElseThrow().name()).isEqualTo("Khả Lý Thượng");
    }

    @Test
    void organisationsBelongToTheirUnit() {
        Dataset d = threeTier().organisation("gac-viet", "HTX Nông nghiệp Gấc Việt", OrganisationKind.COOPERATIVE, "kha-ly-thuong")
                .build();
        assertThat(d.organisations("kha-ly-thuong")).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(OrganisationKind.COOPERATIVE));
    }

    @Test
    void everyProblemIsReportedAtOnce_withUnitAndMetric() {
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class, () -> threeTier()
                .village("kha-ly-thuong", "Trùng mã", "quang-minh")            // duplicate id
                .village("orphan", "Mồ côi", "no-such-commune")                 // unknown parent
                .village("bad id!", "Sai mã", "quang-minh")                     // Bean Validation: id pattern
                .commune("c-under-v", "Xã sai", "v2")                           // parent not above
                .observe("v2", Metrics.RESIDENTS, -5L)                          // negative count
                .observe("v2", Metrics.WORK_RECORDS, 10L)                       // metric below its level
                .observe("kha-ly-thuong", Metrics.RESIDENTS, 100L)
                .observe("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 120L) // part > whole
                .observe("ghost", Metrics.RESIDENTS, 1L)                        // unknown unit
                .household("quang-minh", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, true)) // household outside a village
                .household("v2", h -> h.set(Metrics.RESIDENTS, 4L))             // unit metric on a household
                .build());

        assertThat(locations(e)).contains(
                "unit kha-ly-thuong",
                "unit orphan",
                "unit bad id!, field id",
                "unit c-under-v",
                "unit kha-ly-thuong, metric residents.electronic-id",
                "unit v2, metric residents",
                "unit v2, metric work-records",
                "unit ghost, metric residents",
                "village quang-minh, household #1",
                "village v2, household #1, metric residents");
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.reason().vi()).isNotBlank();
            assertThat(p.reason().en()).isNotBlank();
        });
        assertThat(e.getMessage()).startsWith("the dataset has " + e.problems().size() + " problems");
    }

    @Test
    void partLargerThanWhole_isReported() {
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class, () -> threeTier()
                .observe("kha-ly-thuong", Metrics.RESIDENTS, 100L)
                .observe("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 120L)
                .build());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().toString()).isEqualTo("unit kha-ly-thuong, metric residents.electronic-id");
            assertThat(p.reason().en()).contains("120").contains("100");
        });
    }

    @Test
    void partLargerThanWhole_isReportedAgainstHouseholdRecords() {
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class, () -> threeTier()
                .observe("kha-ly-thuong", Metrics.HOUSEHOLDS_WITH_SMARTPHONE, 5L)
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, true))
                .build());
        assertThat(locations(e)).containsExactly("unit kha-ly-thuong, metric households.smartphone");
    }

    @Test
    void aCycleInTheHierarchy_isReported() {
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class, () -> Dataset.builder(DAY)
                .unit("a", "A", AdminLevel.COMMUNE, "b")
                .unit("b", "B", AdminLevel.COMMUNE, "a")
                .observe("a", Metrics.RESIDENTS_WITH_ELECTRONIC_ID, 5L) // its whole would be summed round the cycle
                .build());
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.reason().en()).contains("cycle").contains("a → b → a"));
    }

    @Test
    void aTotalThatDisagreesWithTheHouseholdRecords_isReported() {
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class, () -> threeTier()
                .observe("kha-ly-thuong", Metrics.HOUSEHOLDS, 3L)
                .household("kha-ly-thuong", h -> h.set(Metrics.HOUSEHOLD_HAS_FIBRE, true))
                .build());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().toString()).isEqualTo("unit kha-ly-thuong, metric households");
            assertThat(p.reason().en()).contains("(3)").contains("(1)");
        });
    }

    @Test
    void sameObservationTwice_isFine_butTwoDifferentValuesAreReported() {
        assertThat(threeTier().observe("v2", Metrics.RESIDENTS, 10L).observe("v2", Metrics.RESIDENTS, 10L).build()
                .value("v2", Metrics.RESIDENTS)).contains(10L);
        assertThatThrownBy(() -> threeTier().observe("v2", Metrics.RESIDENTS, 10L).observe("v2", Metrics.RESIDENTS, 11L).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has").hasMessageContaining("10 and 11");
    }

    @Test
    void implausiblyLargeCounts_areReported() {
        assertThatThrownBy(() -> threeTier().observe("v2", Metrics.RESIDENTS, DatasetBuilder.MAX_UNIT_COUNT + 1).build())
                .isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has").hasMessageContaining("implausibly large");
    }

    @Test
    void aDatasetIsImmutable() {
        Dataset d = threeTier().build();
        assertThatThrownBy(() -> d.roots().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.children("quang-minh").clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
