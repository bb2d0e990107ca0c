package vn.smartvillage.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.smartvillage.testkit.SmartVillageAssertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.testkit.PackCases;
import vn.smartvillage.testkit.SmartVillageArbitraries;
import vn.smartvillage.testkit.TestData;

// tag::example[]
/** The portal's certification logic, checked against the official Bắc Giang pack. */
class ProvincePortalTest {

    static final LocalDate DAY = LocalDate.of(2024, 6, 30);
    static final RulePack BAC_GIANG = RulePackRegistry.builder().discover().build().resolve(VietnamPacks.BAC_GIANG, DAY);

    @Test
    void aVillageOneResidentShort_isNotSmart_inThePortalNorInThePack() {
        TestData data = TestData.asOf(DAY);
        data.province("Bắc Giang").commune("Quảng Minh").village("Khả Lý Thượng")
                .residents(4000).withElectronicId(999).fibreAndMobile(true).officialsOnDigitalPlatforms(true)
                .itModel(Metrics.IT_MODEL_AGRICULTURE);
        Assessment official = Evaluator.create().evaluate(data.build(), BAC_GIANG, DAY);

        assertThat(official).unit("Khả Lý Thượng").isNotCertified("bg.smart-village")
                .criterion("bg.village.electronic-id").isNotMet().hasGap(1);
        assertThat(ProvincePortal.isSmartVillage(new ProvincePortal.VillageReport(4000, 999, true, true, 1))).isFalse();
    }

    @Property(tries = 500)
    void thePortalAgreesWithThePack_atEveryElectronicIdBoundary(@ForAll("aroundElectronicId") SmartVillageArbitraries.Boundary b) {
        Dataset d = b.dataset();
        ProvincePortal.VillageReport report = new ProvincePortal.VillageReport(b.denominator(), b.numerator(), true, true, 1);
        assertThat(ProvincePortal.electronicIdMet(report)).as(b.toString()).isEqualTo(b.expected() == Status.MET);
        Assessment official = Evaluator.create().evaluate(d, BAC_GIANG, d.asOf());
        assertThat(official.unit(b.unitId()).orElseThrow().criterion(b.criterion().id()).orElseThrow().status())
                .isEqualTo(b.expected());
    }

    @Provide
    Arbitrary<SmartVillageArbitraries.Boundary> aroundElectronicId() {
        return SmartVillageArbitraries.around(BAC_GIANG.criterion("bg.village.electronic-id").orElseThrow());
    }

    @TestFactory
    Stream<DynamicTest> theOfficialCasesPass() {
        RulePackRegistry registry = RulePackRegistry.builder().discover().build();
        return PackCases.of(registry.entry(BAC_GIANG.id(), BAC_GIANG.version()).orElseThrow());
    }
}
// end::example[]
