package vn.smartvillage.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.RulePack;

class TestDataTest {

    private static final LocalDate DAY = LocalDate.of(2023, 1, 24);

    @Test
    void aTestStatesOnlyWhatMatters_idsComeFromNames_andUnstatedFiguresStayMissing() {
        TestData t = TestData.asOf(DAY);
        t.province("Bắc Giang").district("Việt Yên").commune("Quảng Minh")
                .village("Khả Lý Thượng").residents(4000).withElectronicId(1100)
                .village("Đồng Sen");
        Dataset d = t.build();

        assertThat(d.asOf()).isEqualTo(DAY);
        assertThat(d.units()).extracting(u -> u.id()).containsExactly("bac-giang", "viet-yen", "quang-minh", "kha-ly-thuong", "dong-sen");
        assertThat(d.unit("kha-ly-thuong").orElseThrow().level()).isEqualTo(AdminLevel.VILLAGE);
        assertThat(d.unit("kha-ly-thuong").orElseThrow().parentId()).contains("quang-minh");
        assertThat(d.unit("dong-sen").orElseThrow().parentId()).contains("quang-minh");
        assertThat(d.value("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID)).contains(1100L);
        assertThat(d.value("kha-ly-thuong", Metrics.FIBRE_AND_MOBILE_TO_VILLAGE)).isEmpty();
        assertThat(d.value("dong-sen", Metrics.RESIDENTS)).isEmpty();
    }

    @Test
    void namesThatAgree_getNumberedIds_andAnIdCanBeGiven() {
        TestData t = TestData.asOf(DAY);
        var c = t.commune("Xã A");
        c.village("Thôn 1");
        c.village("Thôn 1");
        c.village("Thôn 1").id("my-id");
        assertThat(t.build().units()).extracting(u -> u.id()).containsExactly("xa-a", "thon-1", "thon-1-2", "my-id");
        assertThatThrownBy(() -> c.village("Thôn 2").id("thon-1")).hasMessageContaining("'thon-1' is already used");
    }

    @Test
    void householdRecordsAreCountedAsTheVillageHouseholds() {
        TestData t = TestData.asOf(DAY);
        t.village("Thôn").households(3, h -> h.set(Metrics.HOUSEHOLD_MEMBERS, 4L).set(Metrics.HOUSEHOLD_HAS_FIBRE, true))
                .household(h -> h.set(Metrics.HOUSEHOLD_MEMBERS, 2L).set(Metrics.HOUSEHOLD_HAS_FIBRE, false));
        Dataset d = t.build();
        assertThat(d.value("thon", Metrics.HOUSEHOLDS)).contains(4L);
        assertThat(d.value("thon", Metrics.HOUSEHOLDS_WITH_FIBRE)).contains(3L);
        assertThat(d.value("thon", Metrics.RESIDENTS)).contains(14L);
    }

    @Test
    void aPacksOwnMetricsCanBeNamedById_onceThePackIsGiven() {
        Metric<Boolean> own = Metric.flag("test.village.solar", AdminLevel.VILLAGE, vn.smartvillage.Text.of("điện mặt trời", "solar"));
        RulePack pack = RulePack.builder("test", "1").title("t", "t").metric(own).build();
        assertThatThrownBy(() -> TestData.asOf(DAY).village("V").set("test.village.solar", true))
                .hasMessageContaining("unknown metric 'test.village.solar'");
        Dataset d = TestData.asOf(DAY).using(pack).village("V").set("test.village.solar", true).build();
        assertThat(d.value("v", own)).contains(true);
        assertThatThrownBy(() -> TestData.asOf(DAY).village("V").set("residents", "many")).hasMessageContaining("takes a COUNT");
    }

    @Test
    void aWrongDatasetFailsAsTheLibraryWould_listingTheProblem() {
        TestData t = TestData.asOf(DAY);
        t.village("V").residents(10).withElectronicId(11);
        assertThatThrownBy(t::build).isInstanceOf(SmartVillageException.class).hasMessageStartingWith("the dataset has").hasMessageContaining("residents");
    }

    @Test
    void slugsDropDiacritics() {
        assertThat(TestData.slug("Khả Lý Thượng")).isEqualTo("kha-ly-thuong");
        assertThat(TestData.slug("Đồng Sen")).isEqualTo("dong-sen");
        assertThat(TestData.slug("  !! ")).isEqualTo("unit");
    }
}
