package io.shixiao.servicelevel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Production arithmetic against the naive day-by-day reference on the packaged schedule. */
class PeriodArithmeticAgainstReferenceTests {

    private static final NaiveReference REFERENCE = NaiveReference.load();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String[] CALENDARS = {"CN", "CN-OFFICE", "24x7", "365x8"};
    private static final PeriodRules[] RULES = {
        new PeriodRules(true, false),
        new PeriodRules(false, false),
        new PeriodRules(true, true),
        new PeriodRules(false, true)
    };

    /** A run of consecutive holidays, or a single adjusted working day, of the reference file. */
    record Block(LocalDate first, LocalDate last, String type) {
        @Override
        public String toString() {
            return type + " " + first + (first.equals(last) ? "" : ".." + last);
        }
    }

    static Stream<Block> holidayBlocksAndAdjustedWorkdays() {
        Map<LocalDate, String> sorted = new TreeMap<>(REFERENCE.types);
        List<Block> blocks = new ArrayList<>();
        LocalDate blockStart = null;
        LocalDate previous = null;
        for (Map.Entry<LocalDate, String> day : sorted.entrySet()) {
            if (day.getValue().equals("workday")) {
                blocks.add(new Block(day.getKey(), day.getKey(), "workday"));
                continue;
            }
            if (blockStart != null && day.getKey().equals(previous.plusDays(1))) {
                previous = day.getKey();
                continue;
            }
            if (blockStart != null) {
                blocks.add(new Block(blockStart, previous, "holiday"));
            }
            blockStart = day.getKey();
            previous = day.getKey();
        }
        blocks.add(new Block(blockStart, previous, "holiday"));
        return blocks.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("holidayBlocksAndAdjustedWorkdays")
    void everyUnitAroundTheBlockAgreesWithTheReference(Block block) {
        List<String> mismatches = new ArrayList<>();
        int cases = 0;
        for (LocalDate day = block.first().minusDays(12);
                !day.isAfter(block.last().plusDays(3));
                day = day.plusDays(1)) {
            for (LocalTime time : new LocalTime[] {
                LocalTime.of(0, 0), LocalTime.of(8, 29), LocalTime.of(16, 45, 30), LocalTime.of(23, 59)
            }) {
                ZonedDateTime start = day.atTime(time).atZone(SHANGHAI);
                for (String calendar : CALENDARS) {
                    for (PeriodRules rules : RULES) {
                        for (int amount = 1; amount <= 15; amount++) {
                            cases += compare(calendar, start, amount, PeriodUnit.CALENDAR_DAYS, rules, mismatches);
                            cases += compare(calendar, start, amount, PeriodUnit.WORKING_DAYS, rules, mismatches);
                        }
                        for (int amount = 1; amount <= 3; amount++) {
                            cases += compare(calendar, start, amount, PeriodUnit.MONTHS, rules, mismatches);
                        }
                    }
                    for (int amount = 1; amount <= 20; amount += 3) {
                        cases += compare(calendar, start, amount, PeriodUnit.SERVICE_HOURS, RULES[0], mismatches);
                        cases += compare(calendar, start, amount, PeriodUnit.HOURS, RULES[0], mismatches);
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(1000);
        assertThat(mismatches).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> sixThousandSeededRandomCasesAgreeWithTheReference() {
        Random random = new Random(20251001L);
        ZoneOffset[] offsets = {
            ZoneOffset.ofHours(8),
            ZoneOffset.UTC,
            ZoneOffset.ofHours(-5),
            ZoneOffset.ofHours(9),
            ZoneOffset.ofHoursMinutes(5, 30)
        };
        long firstDay = LocalDate.of(2019, 6, 1).toEpochDay();
        long lastDay = LocalDate.of(2027, 6, 30).toEpochDay();
        return IntStream.range(0, 6000).mapToObj(i -> {
            String calendar = CALENDARS[random.nextInt(CALENDARS.length)];
            LocalDate date = LocalDate.ofEpochDay(firstDay + random.nextInt((int) (lastDay - firstDay)));
            LocalTime time = LocalTime.ofSecondOfDay(random.nextInt(86_400)
                    / (random.nextBoolean() ? 60 : 1)
                    * (random.nextBoolean() ? 60 : 1)
                    % 86_400);
            ZonedDateTime start = date.atTime(time)
                    .atOffset(offsets[random.nextInt(offsets.length)])
                    .toZonedDateTime();
            PeriodUnit unit = PeriodUnit.values()[random.nextInt(PeriodUnit.values().length)];
            long amount = randomAmount(random, unit);
            PeriodRules rules = RULES[random.nextInt(RULES.length)];
            String name = calendar + " " + start + " +" + amount + " " + unit + " " + rules;
            return DynamicTest.dynamicTest(name, () -> {
                List<String> mismatches = new ArrayList<>();
                compare(calendar, start, amount, unit, rules, mismatches);
                assertThat(mismatches).isEmpty();
            });
        });
    }

    private static long randomAmount(Random random, PeriodUnit unit) {
        boolean large = random.nextInt(10) == 0;
        return switch (unit) {
            case MINUTES -> 1 + random.nextInt(large ? 1_000_000 : 600);
            case HOURS -> 1 + random.nextInt(large ? 100_000 : 72);
            case CALENDAR_DAYS -> 1 + random.nextInt(large ? 3_000 : 60);
            case WORKING_DAYS -> 1 + random.nextInt(large ? 2_000 : 30);
            case MONTHS -> 1 + random.nextInt(large ? 120 : 12);
            case SERVICE_HOURS -> 1 + random.nextInt(large ? 5_000 : 100);
        };
    }

    private static int compare(
            String calendar,
            ZonedDateTime start,
            long amount,
            PeriodUnit unit,
            PeriodRules rules,
            List<String> mismatches) {
        NaiveReference.Result expected = REFERENCE.compute(
                calendar, start, amount, unit.name(), rules.rollRestDay(), rules.endAtCloseOfBusiness());
        Deadline actual = PeriodArithmetic.deadline(CalendarFixtures.byId(calendar), start, amount, unit, rules);
        boolean same = java.util.Objects.equals(expected.lastDay(), actual.lastDay())
                && expected.end().toInstant().equals(actual.end().toInstant())
                && actual.end().getZone().equals(SHANGHAI)
                && expected.unpublished().equals(actual.unpublishedYears());
        if (!same) {
            mismatches.add(calendar + " " + start + " +" + amount + " " + unit + " " + rules + ": expected " + expected
                    + " but was " + actual);
        }
        return 1;
    }
}
