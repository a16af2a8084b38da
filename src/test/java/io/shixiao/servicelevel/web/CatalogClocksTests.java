package io.shixiao.servicelevel.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The packaged catalog drives real clocks: a motor claim reported in 杭州 starts the 浙江规范 dispatch
 * limit of 5 minutes and the dispatch stops it; the same claim in 宁波 (outside the norm) does not.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
class CatalogClocksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String claim(String caseId, String milestone, Instant at, String productLine) {
        OrgUnitView xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        return """
        {"caseType":"CLAIM","caseId":"%s","milestone":"%s","at":"%s",
         "owner":{"orgUnitId":%d},"facts":{"productLine":"%s","site":"330106"}}""".formatted(caseId, milestone, at, xihu.id(), productLine);
    }

    private Instant minutesAgo(int minutes) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(minutes, ChronoUnit.MINUTES);
    }

    @Test
    void aHangzhouMotorReportStartsTheFiveMinuteDispatchLimitAndTheDispatchMeetsIt() throws Exception {
        Instant reported = minutesAgo(4);
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(httpBasic("anlan.agent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(claim("HZ-2026-001", "CLAIM_REPORTED", reported, "MOTOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clocks[?(@.standardCode == 'ZJ-DISPATCH')].deadline")
                        .value(hasItem(reported.plus(5, ChronoUnit.MINUTES).toString())));

        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(httpBasic("anlan.dispatcher", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(claim("HZ-2026-001", "SURVEYOR_DISPATCHED", minutesAgo(2), "MOTOR")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/service-levels/cases/CLAIM/HZ-2026-001/clocks")
                        .with(httpBasic("anlan.manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.standardCode == 'ZJ-DISPATCH')].state").value(hasItem("MET")))
                .andExpect(jsonPath("$[*].standardCode").value(hasItems("ZJ-DISPATCH", "ZJ-CONTACT")));
    }

    @Test
    void theMotorNormDoesNotBindAPropertyClaim() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(httpBasic("anlan.agent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(claim("PR-2026-001", "CLAIM_REPORTED", minutesAgo(1), "PROPERTY")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clocks[*].standardCode").value(not(hasItem("ZJ-DISPATCH"))));
    }

    @Test
    void anotherInsurersStaffCannotSeeTheCase() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(httpBasic("anlan.agent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(claim("HZ-2026-002", "CLAIM_REPORTED", minutesAgo(1), "MOTOR")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/service-levels/cases/CLAIM/HZ-2026-002/clocks")
                        .with(httpBasic("hengtai.manager", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMisspeltMilestoneIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(httpBasic("anlan.agent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(claim("HZ-2026-003", "CLAIM_REPORTD", minutesAgo(1), "MOTOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("milestone"));
    }

    @Test
    void anAssociationCountsTheClocksOfItsMemberInsurersOnly() throws Exception {
        // A clock of an insurer outside every demo association, as another installation's data would stand.
        jdbc.sql("""
            insert into service_clock (id, case_type, case_id, standard_code, standard_version, binds_step, insurer_id,
              org_unit_id, org_path, started_at, period_amount, period_unit, calendar_id, roll_rest_day, end_at_close,
              deadline, state, escalation_roles)
            values (gen_random_uuid(), 'CLAIM', 'OUTSIDER-1', 'ZJ-DISPATCH', date '2010-06-01', 'DISPATCH', 999, 99999,
              '/999/99999/', timestamptz '2026-11-20 10:00:00+08', 5, 'MINUTES', '24x7', false, false,
              timestamptz '2026-11-20 10:05:00+08', 'RUNNING', 'MANAGER')
            """).update();

        mvc.perform(get("/api/v1/service-levels/compliance?from=2026-11-01&to=2026-11-30")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].orgUnitId").value(hasItem(99999)));
        mvc.perform(get("/api/v1/service-levels/compliance?from=2026-11-01&to=2026-11-30")
                        .with(httpBasic("zj.association", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].orgUnitId").value(not(hasItem(99999))));
    }
}
