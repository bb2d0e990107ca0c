package vn.smartvillage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.OrganisationKind;

/** How the cells of a province's tables are read, and which are refused. */
class CsvValuesTest {

    @Test
    void counts_areDigits_perhapsGroupedByThreesWithOneSeparator() {
        assertThat(CsvValues.count("1100")).contains(1100L);
        assertThat(CsvValues.count(" 42 ")).contains(42L);
        assertThat(CsvValues.count("0")).contains(0L);
        for (String grouped : new String[] {"1.100", "1,100", "1 100", "1\u00A0100"}) {
            assertThat(CsvValues.count(grouped)).as(grouped).contains(1100L);
        }
        assertThat(CsvValues.count("12.345.678")).contains(12_345_678L);
        assertThat(CsvValues.count("999.999")).contains(999_999L);
    }

    @Test
    void counts_thatAreNotWholeNumbersOfZeroOrMore_areRefused() {
        for (String bad : new String[] {"", " ", "-3", "+3", "abc", "1.100,000", "1.10", "11.00", "1234.567", "1.1000", ".100", "1.", "3.5",
            "1e3", "1..100"}) {
            assertThat(CsvValues.count(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void counts_upToTheLargestLong_areRead_andLargerAreRefused() {
        assertThat(CsvValues.count("9223372036854775807")).contains(Long.MAX_VALUE);
        assertThat(CsvValues.count("9.223.372.036.854.775.807")).contains(Long.MAX_VALUE);
        assertThat(CsvValues.count("9223372036854775808")).as("19 digits, past Long.MAX_VALUE").isEmpty();
        assertThat(CsvValues.count("10000000000000000000")).as("20 digits").isEmpty();
    }

    @Test
    void flags_areYesOrNoInVietnameseOrEnglish_inAnyCaseAndUnicodeForm() {
        for (String yes : new String[] {"có", "Có", "CÓ", "co\u0301", "co", "c", "x", "X", "đúng", "yes", "Y", "true", "1", " có "}) {
            assertThat(CsvValues.flag(yes)).as(yes).contains(true);
        }
        for (String no : new String[] {"không", "Không", "khong", "k", "sai", "no", "N", "FALSE", "0"}) {
            assertThat(CsvValues.flag(no)).as(no).contains(false);
        }
        for (String neither : new String[] {"", "maybe", "2", "có không", "-"}) {
            assertThat(CsvValues.flag(neither)).as(neither).isEmpty();
        }
    }

    @Test
    void decimals_takeAPointOrAComma_butNoGrouping() {
        assertThat(CsvValues.decimal("27.5")).contains(new BigDecimal("27.5"));
        assertThat(CsvValues.decimal(" 27,5 ")).contains(new BigDecimal("27.5"));
        assertThat(CsvValues.decimal("-3,25")).contains(new BigDecimal("-3.25"));
        assertThat(CsvValues.decimal("12")).contains(new BigDecimal("12"));
        for (String bad : new String[] {"", "1.100,5", "27.", ",5", "2 7", "1e3", "abc", "27,5 %"}) {
            assertThat(CsvValues.decimal(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void percentages_areDecimals_perhapsFollowedByAPercentSign() {
        assertThat(CsvValues.percent("27,5 %")).contains(new BigDecimal("27.5"));
        assertThat(CsvValues.percent("27.5%")).contains(new BigDecimal("27.5"));
        assertThat(CsvValues.percent(" 100 ")).contains(new BigDecimal("100"));
        assertThat(CsvValues.percent("%")).isEmpty();
        assertThat(CsvValues.percent("27,5 %%")).isEmpty();
    }

    @Test
    void levelsAndKinds_areReadInEnglishOrVietnamese() {
        assertThat(CsvValues.level("Tỉnh")).contains(AdminLevel.PROVINCE);
        assertThat(CsvValues.level("thành phố")).contains(AdminLevel.PROVINCE);
        assertThat(CsvValues.level("huyện")).contains(AdminLevel.DISTRICT);
        assertThat(CsvValues.level("Thị trấn")).contains(AdminLevel.COMMUNE);
        assertThat(CsvValues.level("phường")).contains(AdminLevel.COMMUNE);
        assertThat(CsvValues.level("Tổ dân phố")).contains(AdminLevel.VILLAGE);
        assertThat(CsvValues.level(" village ")).contains(AdminLevel.VILLAGE);
        assertThat(CsvValues.level("household")).as("a household is not a unit").isEmpty();
        assertThat(CsvValues.level("hamlet")).isEmpty();
        assertThat(CsvValues.kind("HTX")).contains(OrganisationKind.COOPERATIVE);
        assertThat(CsvValues.kind("Hộ kinh doanh")).contains(OrganisationKind.BUSINESS_HOUSEHOLD);
        assertThat(CsvValues.kind("doanh nghiệp")).contains(OrganisationKind.ENTERPRISE);
        assertThat(CsvValues.kind("company")).isEmpty();
        assertThat(CsvValues.key("  Tho\u0302n ")).isEqualTo("thôn");
    }
}
