package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A workbook's numbers as their values, never as displayed; a percentage as its percentage. */
class WorkbooksTest {

    @Test
    void numbersAreTheirValues_andPercentagesTheirPercent() {
        assertThat(Workbooks.Values.number(27.5, "0")).as("shown as 28, holds 27.5").isEqualTo("27.5");
        assertThat(Workbooks.Values.number(4000, "#,##0")).isEqualTo("4000");
        assertThat(Workbooks.Values.number(0.275, "0.0%")).isEqualTo("27.5");
        assertThat(Workbooks.Values.number(0.1 + 0.2, "General")).isEqualTo("0.30000000000000004");
        assertThat(Workbooks.Values.percent("0\"%\"")).as("a quoted % is text").isFalse();
        assertThat(Workbooks.Values.percent("0\\%")).as("an escaped % is text").isFalse();
        assertThat(Workbooks.Values.percent(null)).isFalse();
    }
}
