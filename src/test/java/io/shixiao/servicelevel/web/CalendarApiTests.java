package io.shixiao.servicelevel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.servicelevel.calendar.CalendarChanged;
import io.shixiao.servicelevel.calendarsource.CalendarCatalog;
import io.shixiao.servicelevel.calendarsource.ScheduleSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(properties = "shixiao.calendars.directory=target/calendar-tests/drop-in")
@AutoConfigureMockMvc
@RecordApplicationEvents
class CalendarApiTests {

    private static final RequestPostProcessor AGENT = user("calendar.agent").roles("AGENT");
    private static final RequestPostProcessor ADMIN = user("calendar.admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    CalendarCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void theDocumentedExampleAnswersExactlyTheDocumentedBody() throws Exception {
        mvc.perform(get("/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=5&unit=WORKING_DAYS")
                        .with(AGENT))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(
                                "{\"calendar\":\"CN\",\"start\":\"2025-09-30T10:00:00+08:00\",\"amount\":5,\"unit\":\"WORKING_DAYS\","
                                        + "\"lastDay\":\"2025-10-14\",\"deadline\":\"2025-10-15T00:00:00+08:00\"}"));
    }

    @Test
    void aStartWithAnOffsetIsShownInShanghaiTimeAndHoursHaveNoLastDay() throws Exception {
        mvc.perform(get("/api/v1/calendars/CN/deadline")
                        .param("start", "2025-09-30T02:00:00Z")
                        .param("amount", "2")
                        .param("unit", "HOURS")
                        .with(AGENT))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        "{\"calendar\":\"CN\",\"start\":\"2025-09-30T10:00:00+08:00\",\"amount\":2,\"unit\":\"HOURS\",\"deadline\":\"2025-09-30T12:00:00+08:00\"}"));
        // An unencoded '+' arrives as a space.
        mvc.perform(
                        get("/api/v1/calendars/CN-OFFICE/deadline?start=2025-09-30T10:00:00+08:00&amount=5&unit=WORKING_DAYS&endAtCloseOfBusiness=true")
                                .with(AGENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2025-10-14T17:00:00+08:00"));
    }

    @Test
    void aDeadlineInAnUnpublishedYearSaysSo() throws Exception {
        mvc.perform(get("/api/v1/calendars/CN/deadline?start=2029-12-28T10:00:00&amount=5&unit=WORKING_DAYS")
                        .with(AGENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastDay").value("2030-01-04"))
                .andExpect(jsonPath("$.unpublishedYears[0]").value(2029))
                .andExpect(jsonPath("$.unpublishedYears[1]").value(2030))
                .andExpect(jsonPath("$.note").value(org.hamcrest.Matchers.startsWith("该年度未发布法定节假日安排，仅按周末计算")));
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=5&unit=FORTNIGHTS | unit",
                "/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=5 | unit",
                "/api/v1/calendars/MARS/deadline?start=2025-09-30T10:00:00&amount=5&unit=WORKING_DAYS | calendar",
                "/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=0&unit=WORKING_DAYS | amount",
                "/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=-3&unit=HOURS | amount",
                "/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=five&unit=HOURS | amount",
                "/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=5001&unit=WORKING_DAYS | amount",
                "/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=99999999999999999999&unit=MINUTES | amount",
                "/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=601&unit=MONTHS | amount",
                "/api/v1/calendars/CN/deadline?amount=5&unit=WORKING_DAYS | start",
                "/api/v1/calendars/CN/deadline?start=yesterday&amount=5&unit=WORKING_DAYS | start",
                "/api/v1/calendars/CN/deadline?start=2025-02-30T10:00:00&amount=5&unit=WORKING_DAYS | start",
                "/api/v1/calendars/CN/deadline?start=+999999999-01-01T00:00:00&amount=5&unit=WORKING_DAYS | start",
                "/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=5&unit=WORKING_DAYS&rollRestDay=maybe | rollRestDay",
                "/api/v1/calendars/CN/days?from=2025-01-01&to=2026-01-02 | to",
                "/api/v1/calendars/CN/days?from=2025-02-01&to=2025-01-01 | to",
                "/api/v1/calendars/CN/days?from=someday&to=2025-01-01 | from",
                "/api/v1/calendars/MARS/days?from=2025-01-01&to=2025-01-02 | calendar"
            })
    void badInputIsAProblemNamingTheParameter(String url, String field) throws Exception {
        mvc.perform(get(url).with(AGENT))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void theDaysAroundNationalDay2025AreListedWithTheirKinds() throws Exception {
        mvc.perform(get("/api/v1/calendars/CN/days?from=2025-09-25&to=2025-10-12")
                        .with(AGENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days.length()").value(18))
                .andExpect(jsonPath("$.days[0].date").value("2025-09-25"))
                .andExpect(jsonPath("$.days[0].weekday").value("THURSDAY"))
                .andExpect(jsonPath("$.days[0].kind").value("WORKDAY"))
                .andExpect(jsonPath("$.days[2].kind").value("WEEKEND"))
                .andExpect(jsonPath("$.days[3].date").value("2025-09-28"))
                .andExpect(jsonPath("$.days[3].kind").value("ADJUSTED_WORKDAY"))
                .andExpect(jsonPath("$.days[3].working").value(true))
                .andExpect(jsonPath("$.days[6].date").value("2025-10-01"))
                .andExpect(jsonPath("$.days[6].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.days[6].working").value(false))
                .andExpect(jsonPath("$.days[6].holiday").value("中秋节、国庆节 Mid-Autumn Festival & National Day"))
                .andExpect(jsonPath("$.days[16].kind").value("ADJUSTED_WORKDAY"));
    }

    @Test
    void theCalendarsAreListedWithTheirPublishedYears() throws Exception {
        mvc.perform(get("/api/v1/calendars").with(AGENT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id=='CN')].publishedYears[0]").value(2020))
                .andExpect(jsonPath("$[?(@.id=='CN-OFFICE')].serviceWindowsOnAWorkingDay[0]")
                        .value(org.hamcrest.Matchers.contains("08:30-17:00")))
                .andExpect(
                        jsonPath("$[*].id").value(org.hamcrest.Matchers.hasItems("CN", "CN-OFFICE", "24x7", "365x8")))
                .andExpect(jsonPath("$[?(@.id =~ /outlet:\\d+/)]").isNotEmpty());
    }

    @Test
    void theApiNeedsASignedInUser() throws Exception {
        mvc.perform(get("/api/v1/calendars/CN/deadline?start=2025-09-30T10:00:00&amount=5&unit=WORKING_DAYS"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUploaded2027ScheduleIsPublishedAndChangesTheDeadline() throws Exception {
        String before = "/api/v1/calendars/CN/deadline?start=2026-12-30T10:00:00&amount=2&unit=WORKING_DAYS";
        mvc.perform(get(before).with(AGENT))
                .andExpect(jsonPath("$.lastDay").value("2027-01-01"))
                .andExpect(jsonPath("$.unpublishedYears[0]").value(2027));
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "cn-2027.csv",
                "text/csv",
                "date,type,name\n2027-01-01,holiday,元旦\n2027-01-04,holiday,元旦（测试）\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/calendars/CN/schedule").file(file).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0]").value(2027));
        mvc.perform(get(before).with(AGENT))
                .andExpect(
                        content()
                                .string(
                                        "{\"calendar\":\"CN\",\"start\":\"2026-12-30T10:00:00+08:00\",\"amount\":2,\"unit\":\"WORKING_DAYS\",\"lastDay\":\"2027-01-05\",\"deadline\":\"2027-01-06T00:00:00+08:00\"}"));
        assertThat(catalog.loadedYears()).anySatisfy(year -> {
            assertThat(year.year()).isEqualTo(2027);
            assertThat(year.source()).isEqualTo(ScheduleSource.UPLOAD);
        });
        assertThat(events.stream(CalendarChanged.class))
                .contains(
                        new CalendarChanged("CN", java.util.Set.of(2027)),
                        new CalendarChanged("CN-OFFICE", java.util.Set.of(2027)));
        assertThat(auditCount("UPLOAD")).isPositive();
    }

    @Test
    void aMalformedUploadIsRefusedNamingTheLineAndChangesNothing() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                "date,type,name\n2028-01-01,holiday,元旦\n2028-01-32,holiday,元旦\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/calendars/CN/schedule").file(file).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Line 3:")));
        assertThat(catalog.schedule().years()).doesNotContain(2028);
        assertThat(jdbc.sql("select count(*) from calendar_year_upload where year = 2028")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anUploadThatIsNotAFileIsAProblem() throws Exception {
        for (RequestPostProcessor who : java.util.List.of(ADMIN, AGENT)) {
            mvc.perform(post("/api/v1/calendars/CN/schedule")
                            .with(who)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"year\":2027}"))
                    .andExpect(status().is4xxClientError())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        MockMultipartFile wrongPart = new MockMultipartFile(
                "attachment", "x.csv", "text/csv", "2029-01-01,holiday,元旦\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/calendars/CN/schedule").file(wrongPart).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        MockMultipartFile notText =
                new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0x00});
        mvc.perform(multipart("/api/v1/calendars/CN/schedule").file(notText).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        MockMultipartFile good = new MockMultipartFile(
                "file", "x.csv", "text/csv", "2029-01-01,holiday,元旦\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/calendars/24x7/schedule").file(good).with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("calendar"));
        assertThat(catalog.schedule().years()).doesNotContain(2029);
    }

    @Test
    void onlyAnAdministratorMayUploadASchedule() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file", "x.csv", "text/csv", "2029-01-01,holiday,元旦\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/calendars/CN/schedule").file(file).with(AGENT))
                .andExpect(status().isForbidden());
        assertThat(catalog.schedule().years()).doesNotContain(2029);
    }

    @Test
    void aFileDroppedIntoTheDirectoryIsServedAfterAReload() throws Exception {
        Path directory = catalog.directory();
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("cn-2031.csv"), "2031-01-01,holiday,元旦\n", StandardCharsets.UTF_8);
        try {
            mvc.perform(post("/admin/calendars/reload").with(ADMIN).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(catalog.schedule().years()).contains(2031);
            assertThat(auditCount("RELOAD")).isPositive();
            mvc.perform(get("/admin/calendars").with(ADMIN))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("cn-2031.csv")));
        } finally {
            Files.delete(directory.resolve("cn-2031.csv"));
            catalog.reload();
        }
        assertThat(catalog.schedule().years()).doesNotContain(2031);
    }

    @Test
    void theAdministrationPageRefusesAMalformedFileNamingTheLine() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file", "bad.csv", "text/csv", "2032-01-01,vacation,元旦\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/calendars/upload").file(file).with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Line 1:")));
        mvc.perform(get("/admin/calendars").with(AGENT)).andExpect(status().isForbidden());
    }

    @Test
    void theYearPageShowsHolidaysAndAdjustedWorkingDays() throws Exception {
        mvc.perform(get("/service-levels/calendar?year=2025").with(AGENT))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("中秋节、国庆节")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("10/1–10/8")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-date=\"2025-09-28\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("该年度未发布法定节假日安排"))));
        mvc.perform(get("/service-levels/calendar?year=2033").with(AGENT))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("该年度未发布法定节假日安排，仅按周末计算")));
    }

    @Test
    void theCalculatorAnswersAnHtmxRequestWithAFragment() throws Exception {
        mvc.perform(
                        get("/service-levels/calendar/deadline?calendar=CN&start=2025-09-30T10:00&amount=5&unit=WORKING_DAYS&rollRestDay=true")
                                .header("HX-Request", "true")
                                .with(AGENT))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2025-10-15 00:00:00")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
        mvc.perform(
                        get("/service-levels/calendar/deadline?calendar=CN&start=2025-09-30T10:00&amount=0&unit=WORKING_DAYS")
                                .header("HX-Request", "true")
                                .with(AGENT))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("deadline-error")));
        mvc.perform(
                        get("/service-levels/calendar/deadline?calendar=CN&start=2027-12-28T10:00&amount=5&unit=WORKING_DAYS&rollRestDay=true")
                                .with(AGENT))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2028-01-04")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2027年节假日日历")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2027、2028 年度未发布")));
    }

    private int auditCount(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = :action")
                .param("action", action)
                .query(Integer.class)
                .single();
    }
}
