package io.shixiao.servicelevel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deadline API itself, over HTTP, against the naive reference implementation of the rules of
 * 民法典 201–204 written independently in the tests: 2,000 seeded random questions on every
 * calendar and unit, with local and offset start times and both rest-day rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeadlineApiAgainstReferenceTests {

    private static final NaiveReference REFERENCE = NaiveReference.load();
    private static final String[] CALENDARS = {"CN", "CN-OFFICE", "24x7", "365x8"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void twoThousandRandomQuestionsAnswerAsTheReferenceDoes() throws Exception {
        Random random = new Random(20260101L);
        long firstDay = LocalDate.of(2019, 10, 1).toEpochDay();
        long lastDay = LocalDate.of(2027, 3, 31).toEpochDay();
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String calendar = CALENDARS[random.nextInt(CALENDARS.length)];
            LocalDateTime local = LocalDate.ofEpochDay(firstDay + random.nextInt((int) (lastDay - firstDay)))
                    .atTime(LocalTime.ofSecondOfDay(random.nextInt(86_400 / 60) * 60L));
            boolean withOffset = random.nextBoolean();
            ZoneOffset offset = withOffset ? ZoneOffset.ofHours(random.nextInt(25) - 12) : ZoneOffset.ofHours(8);
            PeriodUnit unit = PeriodUnit.values()[random.nextInt(PeriodUnit.values().length)];
            long amount = amount(random, unit);
            boolean roll = random.nextInt(4) != 0;
            boolean closeOfBusiness = random.nextInt(4) == 0;
            String start = withOffset ? local.atOffset(offset).toString() : local.toString();

            MockHttpServletResponse response = mvc.perform(get("/api/v1/calendars/{calendar}/deadline", calendar)
                            .param("start", start)
                            .param("amount", String.valueOf(amount))
                            .param("unit", unit.name())
                            .param("rollRestDay", String.valueOf(roll))
                            .param("endAtCloseOfBusiness", String.valueOf(closeOfBusiness))
                            .with(user("agent")))
                    .andReturn()
                    .getResponse();
            NaiveReference.Result expected = REFERENCE.compute(
                    calendar,
                    local.atOffset(offset).atZoneSameInstant(NaiveReference.SHANGHAI),
                    amount,
                    unit.name(),
                    roll,
                    closeOfBusiness);
            String question =
                    calendar + " " + start + " +" + amount + " " + unit + " roll=" + roll + " cob=" + closeOfBusiness;
            if (response.getStatus() != 200) {
                mismatches.add(question + ": status " + response.getStatus());
                continue;
            }
            JsonNode body = JSON.readTree(response.getContentAsString());
            String deadline = body.get("deadline").asString();
            String expectedDeadline = expected.end()
                    .toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.ofHours(8))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            boolean sameEnd = OffsetDateTime.parse(deadline).equals(OffsetDateTime.parse(expectedDeadline))
                    && deadline.endsWith("+08:00");
            String lastDayText = body.has("lastDay") ? body.get("lastDay").asString() : null;
            boolean sameLastDay = expected.lastDay() == null
                    ? lastDayText == null
                    : expected.lastDay().toString().equals(lastDayText);
            if (!sameEnd || !sameLastDay) {
                mismatches.add(question + ": API " + lastDayText + " " + deadline + ", reference " + expected.lastDay()
                        + " " + expectedDeadline);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static long amount(Random random, PeriodUnit unit) {
        return switch (unit) {
            case MINUTES -> 1 + random.nextInt(3_000);
            case HOURS -> 1 + random.nextInt(200);
            case CALENDAR_DAYS -> 1 + random.nextInt(90);
            case WORKING_DAYS -> 1 + random.nextInt(60);
            case MONTHS -> 1 + random.nextInt(24);
            case SERVICE_HOURS -> 1 + random.nextInt(120);
        };
    }
}
