package io.shixiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.duties.RecurringDutyOverdue;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ClockRef;
import io.shixiao.servicelevel.ServiceDeadlineApproaching;
import io.shixiao.servicelevel.ServiceDeadlineBreached;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.servicelevel.clock.TestUser;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first cross-module listener: the engine's deadline events and overdue duties become alerts for
 * the roles they name, within the case's unit, and each user's inbox shows only theirs.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
@EnableScenarios
class NotificationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    MutableClock clock;

    OrgUnitView anlanZj;
    OrgUnitView xihu;
    OrgUnitView xiaoshan;
    OrgUnitView hengtaiZj;

    @BeforeEach
    void demoOrganisation() {
        anlanZj = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        xiaoshan = organization.unitByCode("ANLAN-ZJ-HZ-XS").orElseThrow();
        hengtaiZj = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        clock.set(Instant.parse("2026-03-02T01:00:00Z"));
    }

    private long alerts(String dedupeKey) {
        return jdbc.sql("select count(*) from staff_alert where dedupe_key = :key")
                .param("key", dedupeKey)
                .query(Long.class)
                .single();
    }

    private ClockRef clockAt(OrgUnitView unit, String title) {
        return new ClockRef(
                UUID.randomUUID(),
                new CaseRef(
                        CaseType.CLAIM,
                        unit.insurerId(),
                        "N-" + UUID.randomUUID().toString().substring(0, 8)),
                "ZJ-DISPATCH",
                "DISPATCH",
                title,
                unit.id(),
                unit.path(),
                null);
    }

    private static TestUser user(OrgUnitView unit, long account, Role role) {
        return new TestUser(
                account,
                role.name().toLowerCase() + account,
                role.name(),
                Set.of(role),
                DataScope.subtree(unit.insurerId(), unit.id(), unit.path()));
    }

    @Test
    void aBreachReachesTheManagersAboveTheCaseAndNobodyElse(Scenario scenario) throws Exception {
        ClockRef breached = clockAt(xihu, "报案后5分钟内调度（通知测试）");
        scenario.publish(new ServiceDeadlineBreached(
                        breached, Set.of(Role.MANAGER), Instant.parse("2026-03-02T00:05:00Z"), clock.instant()))
                .andWaitForStateChange(() -> alerts("breached:" + breached.clockId()), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));

        String title = breached.title();
        mvc.perform(get("/api/v1/notifications/alerts")
                        .with(user(anlanZj, 801, Role.MANAGER).signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", hasItem(title)));
        mvc.perform(get("/api/v1/notifications/alerts")
                        .with(user(xiaoshan, 802, Role.MANAGER).signedIn()))
                .andExpect(jsonPath("$[*].title", not(hasItem(title))));
        mvc.perform(get("/api/v1/notifications/alerts")
                        .with(user(xihu, 803, Role.SURVEYOR).signedIn()))
                .andExpect(jsonPath("$[*].title", not(hasItem(title))));
        mvc.perform(get("/api/v1/notifications/alerts")
                        .with(user(hengtaiZj, 804, Role.MANAGER).signedIn()))
                .andExpect(jsonPath("$[*].title", not(hasItem(title))));
        mvc.perform(get("/api/v1/notifications/alerts").with(TestUser.admin().signedIn()))
                .andExpect(jsonPath("$[*].title", not(hasItem(title))));
    }

    @Test
    void aWarningIsWrittenOncePerThresholdAndReadPerAccount(Scenario scenario) throws Exception {
        ClockRef warned = clockAt(xihu, "查勘员5分钟内联系客户（通知测试）");
        ServiceDeadlineApproaching warning = new ServiceDeadlineApproaching(
                warned,
                80,
                Set.of(Role.SURVEYOR, Role.DISPATCHER),
                Instant.parse("2026-03-02T00:05:00Z"),
                clock.instant());
        scenario.publish(warning)
                .andWaitForStateChange(() -> alerts("approaching:" + warned.clockId() + ":80"), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));
        scenario.publish(warning)
                .andWaitForStateChange(() -> alerts("approaching:" + warned.clockId() + ":80"), count -> count > 0)
                .andVerify(count -> assertThat(count)
                        .as("a redelivered event writes no second alert")
                        .isEqualTo(1));

        long id = jdbc.sql("select id from staff_alert where dedupe_key = :key")
                .param("key", "approaching:" + warned.clockId() + ":80")
                .query(Long.class)
                .single();
        TestUser surveyor = user(xihu, 811, Role.SURVEYOR);
        mvc.perform(get("/notifications/inbox").param("unread", "true").with(surveyor.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(warned.title())))
                .andExpect(content().string(containsString("已用时 80%")));
        mvc.perform(post("/api/v1/notifications/alerts/{id}/read", id)
                        .with(user(hengtaiZj, 812, Role.SURVEYOR).signedIn())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/alerts/{id}/read", id)
                        .with(surveyor.signedIn())
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/notifications/alerts").param("unread", "true").with(surveyor.signedIn()))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
        mvc.perform(get("/api/v1/notifications/alerts")
                        .param("unread", "true")
                        .with(user(xihu, 813, Role.DISPATCHER).signedIn()))
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
    }

    @Test
    void anOverdueAssociationDutyReachesThatAssociationOnly(Scenario scenario) throws Exception {
        long lnia = organization.associationIdByCode("LNIA").orElseThrow();
        long tsia = organization.associationIdByCode("TSIA").orElseThrow();
        long occurrence = 900_000_000L + (System.nanoTime() % 1_000_000);
        scenario.publish(new RecurringDutyOverdue(
                        occurrence,
                        "LT-CASE-FEEDBACK",
                        "协会每月反馈跨公司理赔案件数量",
                        DutyOwnerType.ASSOCIATION,
                        lnia,
                        "LNIA",
                        null,
                        null,
                        LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-01-31"),
                        Instant.parse("2026-02-13T16:00:00Z"),
                        Set.of(Role.ASSOCIATION),
                        clock.instant()))
                .andWaitForStateChange(() -> alerts("duty:" + occurrence), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));
        TestUser ln = new TestUser(821, "ln", "LNIA", Set.of(Role.ASSOCIATION), DataScope.association(lnia));
        TestUser ts = new TestUser(822, "ts", "TSIA", Set.of(Role.ASSOCIATION), DataScope.association(tsia));
        mvc.perform(get("/api/v1/notifications/alerts").with(ln.signedIn()))
                .andExpect(jsonPath("$[*].link", hasItem("/service-levels/duties/" + occurrence)));
        mvc.perform(get("/api/v1/notifications/alerts").with(ts.signedIn()))
                .andExpect(jsonPath("$[*].link", not(hasItem("/service-levels/duties/" + occurrence))));
    }

    @Test
    void theAdministratorChangesATemplateButNotWithAnUnknownPlaceholderOrAForbiddenPhrase() throws Exception {
        int version = jdbc.sql("select version from notification_template where code = 'COMPLAINT_ACK'")
                .query(Integer.class)
                .single();
        mvc.perform(put("/api/v1/notifications/templates/COMPLAINT_ACK")
                        .with(TestUser.admin().signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"【{insurerName}】投诉{complaintNo}已受理，{handler}负责。\",\"version\":" + version
                                + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("body")));
        mvc.perform(put("/api/v1/notifications/templates/COMPLAINT_ACK")
                        .with(TestUser.admin().signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"【{insurerName}】投诉{complaintNo}已受理。不知道，不清楚。\",\"version\":" + version
                                + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("body")));
        mvc.perform(put("/api/v1/notifications/templates/COMPLAINT_ACK")
                        .with(TestUser.managerOf(anlanZj).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"x\",\"version\":" + version + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/notifications/templates/COMPLAINT_ACK")
                        .with(TestUser.admin().signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"【{insurerName}】您的投诉已受理，编号{complaintNo}，我们将于{replyBy}前答复。\",\"version\":"
                                + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(post("/api/v1/notifications/templates/COMPLAINT_ACK/preview")
                        .with(TestUser.managerOf(anlanZj).signedIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"values\":{\"insurerName\":\"安澜财险\",\"complaintNo\":\"TS1\",\"replyBy\":\"3月5日\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("【安澜财险】您的投诉已受理，编号TS1，我们将于3月5日前答复。"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'MessageTemplate'"
                                + " and entity_id = 'COMPLAINT_ACK'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
