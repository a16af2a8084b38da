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
import io.shixiao.servicelevel.MilestoneReported;
import io.shixiao.servicelevel.ServiceClocks;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
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
    ServiceClocks clocks;

    private String claim(String caseId, String milestone, String at, String region) {
        OrgUnitView xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        return """
        {"caseType":"CLAIM","caseId":"%s","milestone":"%s","at":"%s",
         "attributes":{"insurerId":"%d","orgUnitId":"%d","orgPath":"%s","region":"%s","productLine":"MOTOR"}}""".formatted(caseId, milestone, at, xihu.insurerId(), xihu.id(), xihu.path(), region);
    }

    @Test
    void aHangzhouMotorReportStartsTheFiveMinuteDispatchLimitAndTheDispatchMeetsIt() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(httpBasic("anlan.agent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(claim("HZ-2026-001", "CLAIM_REPORTED", "2026-11-20T10:00:00+08:00", "330106")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clocks[?(@.standardCode == 'ZJ-DISPATCH')].deadline")
                        .value(hasItem("2026-11-20T02:05:00Z")));

        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(httpBasic("anlan.dispatcher", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(claim("HZ-2026-001", "SURVEYOR_DISPATCHED", "2026-11-20T10:03:00+08:00", "330106")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/service-levels/cases/CLAIM/HZ-2026-001/clocks")
                        .with(httpBasic("anlan.manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.standardCode == 'ZJ-DISPATCH')].state").value(hasItem("MET")))
                .andExpect(jsonPath("$[*].standardCode").value(hasItems("ZJ-DISPATCH", "ZJ-CONTACT")));
    }

    @Test
    void theZhejiangNormDoesNotBindNingbo() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(httpBasic("anlan.agent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(claim("NB-2026-001", "CLAIM_REPORTED", "2026-11-20T10:00:00+08:00", "330203")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clocks[*].standardCode").value(not(hasItem("ZJ-DISPATCH"))));
    }

    @Test
    void anotherInsurersStaffCannotSeeTheCase() throws Exception {
        mvc.perform(post("/api/v1/service-levels/milestones")
                        .with(httpBasic("anlan.agent", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(claim("HZ-2026-002", "CLAIM_REPORTED", "2026-11-20T10:00:00+08:00", "330106")))
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
                        .content(claim("HZ-2026-003", "CLAIM_REPORTD", "2026-11-20T10:00:00+08:00", "330106")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("milestone"));
    }

    @Test
    void anAssociationCountsTheClocksOfItsMemberInsurersOnly() throws Exception {
        // An insurer outside every demo association, reported as a module would (the API accepts only real units).
        clocks.report(new MilestoneReported(
                "CLAIM",
                "OUTSIDER-1",
                "CLAIM_REPORTED",
                Instant.parse("2026-11-20T02:00:00Z"),
                Map.of(
                        MilestoneReported.INSURER_ID,
                        "999",
                        MilestoneReported.ORG_UNIT_ID,
                        "99999",
                        MilestoneReported.ORG_PATH,
                        "/999/99999/",
                        MilestoneReported.REGION,
                        "330106",
                        MilestoneReported.PRODUCT_LINE,
                        "MOTOR")));

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
