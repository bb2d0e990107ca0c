package vn.smartvillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Fraction;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/** The pace a trend is judged against, at its edges: exactly on pace, at the deadline, and for lower-is-better rules. */
class TrendTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final String ONLINE = "commune.work-records-online"; // >= 60 %
    private static final RulePack LOWER = RulePack.builder("test.lower", "1").title("Thấp", "Lower")
            .criterion(Criterion.builder("paper").name("Hồ sơ giấy", "Paper records").level(AdminLevel.COMMUNE)
                    .measure(Measure.ratio(Metrics.WORK_RECORDS_ONLINE, Metrics.WORK_RECORDS), Threshold.atMostPercent("20"))
                    .citation(Citation.of("test")).build())
            .build();

    private static Assessment on(LocalDate day, long online, RulePack pack) {
        Dataset d = Dataset.builder(day).province("p", "Tỉnh").commune("xa", "Xã", "p")
                .observe("xa", Metrics.WORK_RECORDS, 100L).observe("xa", Metrics.WORK_RECORDS_ONLINE, online).build();
        return Evaluator.create().evaluate(d, pack, day);
    }

    private static Assessment on(LocalDate day, long online) {
        return on(day, online, Sample.PACK);
    }

    @Test
    void exactlyOnPace_isOnTrack_andOneBelowIsBehind() {
        LocalDate deadline = START.plusDays(100);
        // From 40 % to 60 % in 100 days: 50 % is due after 50 days.
        Trend onPace = Trend.of(List.of(on(START, 40), on(START.plusDays(50), 50)), "xa", ONLINE, deadline);
        assertThat(onPace.verdict()).isEqualTo(Trend.Verdict.ON_TRACK);
        assertThat(onPace.expected()).contains(Fraction.of(1, 2));
        assertThat(onPace.summary().en()).isEqualTo("\"Commune work records processed online\": on track: 50 % now, 50 % needed at a steady "
                + "pace from 40 % to reach the threshold by " + deadline + ".");
        assertThat(Trend.of(List.of(on(START, 40), on(START.plusDays(50), 49)), "xa", ONLINE, deadline).verdict())
                .isEqualTo(Trend.Verdict.BEHIND);
    }

    @Test
    void ofTwoAssessmentsOnOneDate_theOneGivenLaterCounts_andOneDateGivesNoPace() {
        LocalDate deadline = START.plusDays(100);
        // The later 30 % on the first day supersedes 40 %: from 30 % to 60 %, 45 % is due after 50 days.
        Trend t = Trend.of(List.of(on(START, 40), on(START, 30), on(START.plusDays(50), 45)), "xa", ONLINE, deadline);
        assertThat(t.points()).containsOnlyKeys(START, START.plusDays(50));
        assertThat(t.points().get(START)).isEqualByComparingTo(Fraction.of(30, 100));
        assertThat(t.expected()).contains(Fraction.of(9, 20));
        assertThat(t.verdict()).isEqualTo(Trend.Verdict.ON_TRACK);
        // Two measurements of one day are not a trend: no pace can be drawn between them.
        assertThat(Trend.of(List.of(on(START, 40), on(START, 45)), "xa", ONLINE, deadline).verdict()).isEqualTo(Trend.Verdict.UNKNOWN);
    }

    @Test
    void forALowerIsBetterRule_aFallAsFastAsThePace_isOnTrack() {
        LocalDate deadline = START.plusDays(100);
        // From 40 % down to 20 % in 100 days: 30 % is due after 50 days.
        Trend onPace = Trend.of(List.of(on(START, 40, LOWER), on(START.plusDays(50), 30, LOWER)), "xa", "paper", deadline);
        assertThat(onPace.verdict()).isEqualTo(Trend.Verdict.ON_TRACK);
        assertThat(Trend.of(List.of(on(START, 40, LOWER), on(START.plusDays(50), 25, LOWER)), "xa", "paper", deadline).verdict())
                .isEqualTo(Trend.Verdict.ON_TRACK);
        assertThat(Trend.of(List.of(on(START, 40, LOWER), on(START.plusDays(50), 31, LOWER)), "xa", "paper", deadline).verdict())
                .isEqualTo(Trend.Verdict.BEHIND);
        assertThat(Trend.of(List.of(on(START, 40, LOWER), on(START.plusDays(50), 20, LOWER)), "xa", "paper", deadline).verdict())
                .isEqualTo(Trend.Verdict.MET);
    }

    @Test
    void unmetOnTheDeadline_isBehind_withNoPaceToCompareWith() {
        LocalDate deadline = START.plusDays(100);
        Trend t = Trend.of(List.of(on(START, 40), on(deadline, 59)), "xa", ONLINE, deadline);
        assertThat(t.verdict()).isEqualTo(Trend.Verdict.BEHIND);
        assertThat(t.expected()).isEmpty();
        assertThat(t.summary().en()).contains("59 % now, — needed");
        Trend dayBefore = Trend.of(List.of(on(START, 40), on(deadline.minusDays(1), 59)), "xa", ONLINE, deadline);
        assertThat(dayBefore.expected()).isPresent();
    }

    @Test
    void withoutADeadline_orWithOneValue_thePaceIsUnknown() {
        Trend noDeadline = Trend.of(List.of(on(START, 40), on(START.plusDays(50), 50)), "xa", ONLINE);
        assertThat(noDeadline.verdict()).isEqualTo(Trend.Verdict.UNKNOWN);
        assertThat(noDeadline.deadline()).isEmpty();
        assertThat(noDeadline.summary().en())
                .isEqualTo("\"Commune work records processed online\": 50 % now; too few dated values or no deadline to judge the pace.");
        assertThatThrownBy(() -> Trend.of(List.of(on(START, 40)), "xa", "no-such-rule")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no assessment has 'no-such-rule' for 'xa'");
        assertThatThrownBy(() -> Trend.of(List.of(on(START, 40)), "ghost", ONLINE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTarget_isPacedToItsOwnDeadline_unlessAnotherIsGiven() {
        List<Assessment> series = List.of(Sample.ASSESSMENT);
        Trend own = Trend.of(series, "xa-b", "commune.smart-villages");
        assertThat(own.deadline()).contains(LocalDate.of(2025, 12, 31));
        assertThat(own.summary().en()).as("a count is written as a number")
                .isEqualTo("\"Smart villages\": 0 now; too few dated values or no deadline to judge the pace.");
        assertThat(Trend.of(series, "xa-b", "commune.smart-villages", LocalDate.of(2030, 1, 1)).deadline()).contains(LocalDate.of(2030, 1, 1));
    }

    @Test
    void thePace_isExactAndReduced_orRoundedDownToABillionthWhenItIsTooLarge() {
        assertThat(Trend.between(Fraction.of(1, 2), Fraction.of(1, 2), 3, 10)).isEqualTo(Fraction.of(1, 2));
        assertThat(Trend.between(Fraction.of(2, 5), Fraction.of(3, 5), 1, 2)).isEqualTo(Fraction.of(1, 2));
        Fraction a = Fraction.of(1_500_000_001L, 3_000_000_001L);
        Fraction b = Fraction.of(2_000_000_000L, 3_000_000_003L);
        Fraction pace = Trend.between(a, b, 1, 2);
        BigDecimal exact = decimal(a).add(decimal(b)).divide(BigDecimal.valueOf(2), 40, RoundingMode.DOWN);
        assertThat(pace).isEqualTo(Fraction.of(exact.setScale(9, RoundingMode.DOWN).unscaledValue().longValueExact(), 1_000_000_000L));
    }

    private static BigDecimal decimal(Fraction f) {
        return BigDecimal.valueOf(f.numerator()).divide(BigDecimal.valueOf(f.denominator()), 40, RoundingMode.DOWN);
    }
}
