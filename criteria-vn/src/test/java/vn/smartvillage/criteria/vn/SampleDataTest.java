package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import vn.smartvillage.Fraction;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.Unit;

class SampleDataTest {

    @ParameterizedTest
    @EnumSource(SampleData.Sample.class)
    void everyFigureNamesASeedArticle_orSaysItIsSynthetic(SampleData.Sample sample) {
        Dataset data = SampleData.read(sample);
        int figures = 0;
        for (Unit u : data.units()) {
            for (Metric<?> m : data.observedMetrics(u.id())) {
                assertThat(data.source(u.id(), m)).as(u.id() + " " + m.id()).hasValueSatisfying(s -> assertThat(s)
                        .matches("(seeds? \\d{3}.*|synthetic.*)"));
                figures++;
            }
        }
        assertThat(figures).as("figures in " + sample).isPositive();
    }

    @Test
    void hongGiang_theSyntheticHouseholdTotalFitsBothSharesTheArticleGives() {
        Dataset data = SampleData.read(SampleData.Sample.PILOT_COMMUNES);
        long households = data.value("hong-giang", Metrics.HOUSEHOLDS).orElseThrow();
        Metric<Long> app = count("households.mobile-money-app");
        Metric<Long> bank = count("households.bank-paid-electricity");
        // Seed 000: 817 households "đạt gần 32%" (nearly 32 %), 1,065 "hơn 41%" (more than 41 %).
        BigDecimal viettel = Fraction.of(data.value("hong-giang", app).orElseThrow(), households).percent(2);
        BigDecimal electricity = Fraction.of(data.value("hong-giang", bank).orElseThrow(), households).percent(2);
        assertThat(viettel.setScale(0, RoundingMode.HALF_UP)).isEqualByComparingTo("32");
        assertThat(viettel).isLessThan(new BigDecimal("32"));
        assertThat(electricity).isGreaterThan(new BigDecimal("41"));
    }

    @Test
    void khaLyThuong_hasTheElectronicIdShareOfSeed001() {
        Dataset data = SampleData.read(SampleData.Sample.KHA_LY_THUONG);
        assertThat(Fraction.of(data.value("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID).orElseThrow(),
                data.value("kha-ly-thuong", Metrics.RESIDENTS).orElseThrow()).percent(1)).isEqualByComparingTo("27.5");
    }

    @Test
    void dongSenHasNoItModelFlag_itsModelIsAnObjectiveInSeed000_notAFact() {
        Dataset data = SampleData.read(SampleData.Sample.BAC_GIANG_PROVINCE);
        assertThat(data.observedMetrics("dong-sen")).isEmpty();
        assertThat(SampleData.Sample.BAC_GIANG_PROVINCE.notes()).anySatisfy(n -> assertThat(n).startsWith("seed 000, Đồng Sen").contains("objective"));
    }

    @Test
    void theSeedsConflictOnKhaLyThuongsElectronicId_isRecordedInTheFiguresSource_andTheNotes() {
        for (SampleData.Sample sample : List.of(SampleData.Sample.KHA_LY_THUONG, SampleData.Sample.BAC_GIANG_PROVINCE)) {
            Dataset data = SampleData.read(sample);
            assertThat(data.source("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID)).as(sample.name())
                    .hasValueSatisfying(s -> assertThat(s).contains("hơn 25%", "hơn 27,5%", "seed 000", "seed 001"));
            assertThat(sample.notes()).as(sample.name()).anySatisfy(n -> assertThat(n).contains("hơn 25%", "hơn 27,5%"));
        }
    }

    @Test
    void seed003sResultsWithoutCounts_areNotesQuotedAsTheSeedStatesThem_neverFigures() {
        List<String> notes = SampleData.Sample.PILOT_COMMUNES.notes();
        assertThat(notes).hasSize(5).allSatisfy(n -> assertThat(n).startsWith("seed 003, ").contains("Not a figure"));
        assertThat(String.join("\n", notes)).contains("100% các thôn có sóng 4G", "chiếm hơn 85%", "80% thủ tục hành chính cấp xã",
                "đúng và trước hạn đạt 100%", "gần 200 gian hàng");
        Dataset data = SampleData.read(SampleData.Sample.PILOT_COMMUNES);
        assertThat(data.observedMetrics("phuc-hoa")).isEmpty();
        assertThat(data.observedMetrics("hong-giang")).extracting(Metric::id).doesNotContain("admin-dossiers.on-time", "admin-dossiers");
        assertThat(SampleData.Sample.NGHE_AN_VILLAGE.notes()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Metric<Long> count(String id) {
        return (Metric<Long>) SampleData.metrics().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
