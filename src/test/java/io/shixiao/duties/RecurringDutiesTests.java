package io.shixiao.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.duties.application.OccurrenceGenerator;
import io.shixiao.duties.application.OverdueSweep;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.servicelevel.clock.TestUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The recurring duties on the embedded PostgreSQL with the demo organisation and contracts: occurrences
 * opened per owner, the association's monthly feedback flagged overdue the day after its tenth working
 * day, completion with evidence (audited, late stays late), and each user seeing only their own duties.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
@RecordApplicationEvents
class RecurringDutiesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OccurrenceGenerator generator;

    @Autowired
    OverdueSweep sweep;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    ApplicationEvents events;

    OrgUnitView anlan;
    OrgUnitView hengtai;
    long lnia;

    @BeforeEach
    void demoOrganisation() {
        anlan = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        hengtai = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        lnia = organization.associationIdByCode("LNIA").orElseThrow();
    }

    private static Instant shanghai(String localDateTime) {
        return Instant.parse(localDateTime + "+08:00");
    }

    private long occurrence(String duty, DutyOwnerType ownerType, long ownerId, String periodStart) {
        return jdbc.sql("select id from duty_occurrence where duty_code = :duty and owner_type = :type"
                        + " and owner_id = :owner and period_start = cast(:start as date)")
                .param("duty", duty)
                .param("type", ownerType.name())
                .param("owner", ownerId)
                .param("start", periodStart)
                .query(Long.class)
                .single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from duty_occurrence where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void theAssociationsMonthlyFeedbackIsOverdueOnlyAfterTheTenthWorkingDayOfTheNextMonth() {
        clock.set(shanghai("2025-10-21T23:59:00"));
        generator.generate();
        long september = occurrence("LT-CASE-FEEDBACK", DutyOwnerType.ASSOCIATION, lnia, "2025-09-01");
        assertThat(jdbc.sql("select due_day::text from duty_occurrence where id = :id")
                        .param("id", september)
                        .query(String.class)
                        .single())
                .as("the National Day block and the worked Saturday 10-11 counted")
                .isEqualTo("2025-10-21");
        sweep.sweep();
        assertThat(statusOf(september)).isEqualTo("OPEN");

        clock.set(shanghai("2025-10-22T00:00:00"));
        sweep.sweep();
        assertThat(statusOf(september)).isEqualTo("OVERDUE");
        assertThat(events.stream(RecurringDutyOverdue.class).filter(e -> e.occurrenceId() == september))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.dutyCode()).isEqualTo("LT-CASE-FEEDBACK");
                    assertThat(e.ownerName()).isEqualTo("LNIA");
                    assertThat(e.notifyRoles()).containsExactly(Role.ASSOCIATION);
                });
        assertThat(sweep.sweep()).as("nothing is flagged twice").isZero();
    }

    @Test
    void onlyTheInsurerThatSignedTheAgreementOwesItsSurveys() {
        clock.set(shanghai("2026-03-02T09:00:00"));
        generator.generate();
        long anlanSurveys = countOf("AGR-SATISFACTION-SURVEY", anlan.insurerId());
        long hengtaiSurveys = countOf("AGR-SATISFACTION-SURVEY", hengtai.insurerId());
        assertThat(anlanSurveys).isPositive();
        assertThat(hengtaiSurveys).as("恒泰 signed no service-quality agreement").isZero();
        assertThat(generator.generate()).as("opening is idempotent").isZero();
    }

    private long countOf(String duty, long insurerId) {
        return jdbc.sql("select count(*) from duty_occurrence where duty_code = :duty and owner_type = 'INSURER'"
                        + " and owner_id = :insurer")
                .param("duty", duty)
                .param("insurer", insurerId)
                .query(Long.class)
                .single();
    }

    @Test
    void aManagerRecordsTheSurveyWithEvidenceAndALateRecordStaysLate() throws Exception {
        clock.set(shanghai("2026-03-02T09:00:00"));
        generator.generate();
        long id = jdbc.sql("select id from duty_occurrence where duty_code = 'AGR-SATISFACTION-SURVEY'"
                        + " and owner_id = :insurer and status in ('OPEN', 'OVERDUE') order by period_start limit 1")
                .param("insurer", anlan.insurerId())
                .query(Long.class)
                .single();
        TestUser manager = TestUser.managerOf(anlan);
        int version = jdbc.sql("select version from duty_occurrence where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();

        mvc.perform(post("/api/v1/duties/occurrences/{id}/completion", id)
                        .with(manager.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"evidence\":\"  \",\"version\":" + version + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("evidence")));
        mvc.perform(post("/api/v1/duties/occurrences/{id}/completion", id)
                        .with(TestUser.managerOf(hengtai).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"evidence\":\"X\",\"version\":0}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/duties/occurrences/{id}/completion", id)
                        .with(manager.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"evidence\":\"X\",\"version\":" + (version + 7) + "}"))
                .andExpect(status().isConflict());

        // Recorded after the due time: late, although the work is said to have been done on the period's first day.
        clock.set(shanghai("2027-02-01T10:00:00"));
        String periodStart = jdbc.sql("select period_start::text from duty_occurrence where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        mvc.perform(post("/api/v1/duties/occurrences/{id}/completion", id)
                        .with(manager.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"performedOn\":\"" + periodStart
                                + "\",\"evidence\":\"满意度调查报告 AL-SAT-01\",\"note\":\"电话回访 200 户\",\"version\":"
                                + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("DONE_LATE")))
                .andExpect(jsonPath("$.evidence", is("满意度调查报告 AL-SAT-01")));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'DutyOccurrence' and entity_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/api/v1/duties/occurrences/{id}/completion", id)
                        .with(manager.signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"evidence\":\"again\",\"version\":" + (version + 1) + "}"))
                .andExpect(status().isConflict());
    }

    @Test
    void eachUserSeesOnlyTheirOwnDuties() throws Exception {
        clock.set(shanghai("2026-03-02T09:00:00"));
        generator.generate();
        TestUser association =
                new TestUser(9, "ln", "陇南市保险行业协会", Set.of(Role.ASSOCIATION), DataScope.association(lnia));
        mvc.perform(get("/api/v1/duties/occurrences").with(association.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].ownerType", everyItem(is("ASSOCIATION"))))
                .andExpect(jsonPath("$[*].ownerId", everyItem(is((int) lnia))));
        mvc.perform(get("/api/v1/duties/occurrences")
                        .param("duty", "AGR-INTERNAL-REVIEW")
                        .with(TestUser.managerOf(hengtai).signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
        mvc.perform(get("/api/v1/duties/occurrences")
                        .param("duty", "AGR-INTERNAL-REVIEW")
                        .with(TestUser.managerOf(anlan).signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].ownerId", everyItem(is((int) anlan.insurerId()))));
        long feedback = occurrence("LT-CASE-FEEDBACK", DutyOwnerType.ASSOCIATION, lnia, "2026-01-01");
        mvc.perform(get("/api/v1/duties/occurrences/{id}", feedback)
                        .with(TestUser.managerOf(anlan).signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/duties/occurrences")
                        .param("status", "SOMETIMES")
                        .with(association.signedIn()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theDutyPageShowsEachPeriodsStatusWithItsClause() throws Exception {
        clock.set(shanghai("2026-03-02T09:00:00"));
        generator.generate();
        mvc.perform(get("/service-levels/duties").with(TestUser.managerOf(anlan).signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("服务质量管理体系内部评估")))
                .andExpect(content().string(containsString("第二条 2.1(4)")))
                .andExpect(content().string(containsString("data-status=\"OPEN\"")));
        long feedback = occurrence("LT-CASE-FEEDBACK", DutyOwnerType.ASSOCIATION, lnia, "2026-01-01");
        TestUser association =
                new TestUser(9, "ln", "陇南市保险行业协会", Set.of(Role.ASSOCIATION), DataScope.association(lnia));
        mvc.perform(get("/service-levels/duties/{id}", feedback).with(association.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("協(xié)會將每月向其公司反饋案件數(shù)量")))
                .andExpect(content().string(containsString("2026-02-13")));
        mvc.perform(get("/service-levels/duties").with(TestUser.handlerOf(anlan).signedIn()))
                .andExpect(status().isForbidden());
    }
}
