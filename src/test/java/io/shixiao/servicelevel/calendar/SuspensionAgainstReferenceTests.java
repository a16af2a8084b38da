package io.shixiao.servicelevel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Deadlines of paused clocks against the naive reference, on seeded random suspensions, each leaving out both
 * end days or only the days between them.
 */
class SuspensionAgainstReferenceTests {

    private static final NaiveReference REFERENCE = NaiveReference.load();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String[] CALENDARS = {"CN", "CN-OFFICE", "24x7", "365x8"};

    @TestFactory
    Stream<DynamicTest> twoThousandSeededSuspendedPeriodsAgreeWithTheReference() {
        Random random = new Random(20250315L);
        long firstDay = LocalDate.of(2019, 10, 1).toEpochDay();
        long lastDay = LocalDate.of(2027, 3, 31).toEpochDay();
        return IntStream.range(0, 2000).mapToObj(i -> {
            String calendar = CALENDARS[random.nextInt(CALENDARS.length)];
            ZonedDateTime start = LocalDate.ofEpochDay(firstDay + random.nextInt((int) (lastDay - firstDay)))
                    .atTime(LocalTime.ofSecondOfDay(random.nextInt(1440) * 60L))
                    .atZone(SHANGHAI);
            PeriodUnit unit = PeriodUnit.values()[random.nextInt(PeriodUnit.values().length)];
            long amount = switch (unit) {
                case MINUTES -> 1 + random.nextInt(600);
                case HOURS -> 1 + random.nextInt(48);
                case SERVICE_HOURS -> 1 + random.nextInt(30);
                case CALENDAR_DAYS -> 1 + random.nextInt(40);
                case WORKING_DAYS -> 1 + random.nextInt(25);
                case MONTHS -> 1 + random.nextInt(3);
            };
            List<Suspension> suspensions = new ArrayList<>();
            List<NaiveReference.Pause> pauses = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                long offsetMinutes = random.nextInt(unit.isDayBased() ? 40 * 1440 : 3 * 1440) - 720;
                long lengthMinutes = random.nextInt(unit.isDayBased() ? 6 * 1440 : 600);
                ZonedDateTime from = start.plusMinutes(offsetMinutes);
                ZonedDateTime until = from.plusMinutes(lengthMinutes);
                PausedDays rule = random.nextBoolean() ? PausedDays.BOTH_END_DAYS : PausedDays.DAYS_BETWEEN;
                suspensions.add(new Suspension(from, until, rule));
                pauses.add(new NaiveReference.Pause(from, until, rule == PausedDays.DAYS_BETWEEN));
            }
            PeriodRules rules = new PeriodRules(random.nextBoolean(), random.nextBoolean());
            return DynamicTest.dynamicTest(
                    calendar + " " + start + " +" + amount + " " + unit + " " + rules + " paused "
                            + suspensions.stream()
                                    .map(s -> s.from() + "/" + s.until() + " " + s.pausedDays())
                                    .toList(),
                    () -> {
                        NaiveReference.Result expected = REFERENCE.computeSuspended(
                                calendar,
                                start,
                                amount,
                                unit.name(),
                                rules.rollRestDay(),
                                rules.endAtCloseOfBusiness(),
                                pauses);
                        Deadline actual = PeriodArithmetic.deadline(
                                CalendarFixtures.byId(calendar), start, amount, unit, rules, suspensions);
                        assertThat(actual.lastDay()).as("last day").isEqualTo(expected.lastDay());
                        assertThat(actual.end().toInstant())
                                .as("end")
                                .isEqualTo(expected.end().toInstant());
                        assertThat(actual.unpublishedYears())
                                .as("unpublished years")
                                .isEqualTo(expected.unpublished());
                        assertThat(Objects.equals(actual.end().getZone(), SHANGHAI))
                                .isTrue();
                    });
        });
    }
}
