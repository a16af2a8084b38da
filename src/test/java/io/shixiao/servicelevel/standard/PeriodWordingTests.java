package io.shixiao.servicelevel.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.servicelevel.calendar.PausedDays;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeriodWordingTests {

    @Test
    void workingDaysReadAsWorkingDaysWithHolidaysNotCounted() {
        PeriodSpec period = new PeriodSpec(
                10, PeriodUnit.WORKING_DAYS, null, false, null, "CN", false, false, PausedDays.BOTH_END_DAYS);

        assertThat(PeriodWording.describe(period, ServiceStandard.Direction.AFTER_START, Locale.CHINA))
                .isEqualTo("10个工作日（法定节假日不计入），截至最后一日二十四时");
    }

    @Test
    void calendarDaysMentionTheRestDayRoll() {
        PeriodSpec period = new PeriodSpec(
                30, PeriodUnit.CALENDAR_DAYS, null, false, null, "CN", true, false, PausedDays.BOTH_END_DAYS);

        assertThat(PeriodWording.describe(period, ServiceStandard.Direction.AFTER_START, Locale.CHINA))
                .contains("30日（自然日）", "顺延至其后第一个工作日");
    }

    @Test
    void minutesRunRoundTheClock() {
        PeriodSpec period = new PeriodSpec(
                5, PeriodUnit.MINUTES, null, false, null, "24x7", false, false, PausedDays.BOTH_END_DAYS);

        assertThat(PeriodWording.describe(period, ServiceStandard.Direction.AFTER_START, Locale.CHINA))
                .isEqualTo("5分钟，全天候连续计算");
        assertThat(PeriodWording.describe(period, ServiceStandard.Direction.AFTER_START, Locale.ENGLISH))
                .isEqualTo("5 minutes, round the clock");
    }

    @Test
    void aBlankWithoutExampleReadsAsN() {
        PeriodSpec period = new PeriodSpec(
                0,
                PeriodUnit.WORKING_DAYS,
                "bid.claim-review",
                false,
                null,
                "CN",
                false,
                false,
                PausedDays.BOTH_END_DAYS);

        assertThat(PeriodWording.describe(period, ServiceStandard.Direction.AFTER_START, Locale.CHINA))
                .startsWith("N个工作日")
                .contains("bid.claim-review", "由当事方约定");
    }

    @Test
    void aBlankWithATemplateExampleStillReadsAsNAndSaysTheExampleIsNoValue() {
        PeriodSpec period = new PeriodSpec(
                5,
                PeriodUnit.WORKING_DAYS,
                "agreement.initial-review",
                false,
                null,
                "CN",
                false,
                false,
                PausedDays.BOTH_END_DAYS);

        assertThat(PeriodWording.describe(period, ServiceStandard.Direction.AFTER_START, Locale.CHINA))
                .startsWith("N个工作日")
                .contains("示例值5，不作为约定值");
    }

    @Test
    void aPeriodCountedBackSaysInAdvance() {
        PeriodSpec period = new PeriodSpec(
                30, PeriodUnit.CALENDAR_DAYS, null, false, null, "CN", false, false, PausedDays.BOTH_END_DAYS);

        assertThat(PeriodWording.describe(period, ServiceStandard.Direction.BEFORE_START, Locale.CHINA))
                .startsWith("提前30日");
    }
}
