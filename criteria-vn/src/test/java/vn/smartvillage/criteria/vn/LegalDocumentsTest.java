package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class LegalDocumentsTest {

    @Test
    void everyDocumentNamesItsSource_andIsStoredInNfc() {
        assertThat(LegalDocuments.all()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.source()).hasValueSatisfying(s -> assertThat(s).isNotBlank());
            assertThat(Normalizer.isNormalized(c.document(), Normalizer.Form.NFC)).as(c.document()).isTrue();
        });
    }

    @Test
    void aDateKnownOnlyToTheMonth_isNotClaimed() {
        // Seed 000 says only "tháng 5/2023" for Bắc Giang's plan.
        assertThat(LegalDocuments.BAC_GIANG_KH_20_2023.date()).isEmpty();
        assertThat(LegalDocuments.BAC_GIANG_SMART_VILLAGE.date()).isEmpty();
    }
}
