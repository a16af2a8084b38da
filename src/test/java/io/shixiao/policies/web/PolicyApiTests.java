package io.shixiao.policies.web;

import static io.shixiao.organization.TestUsers.insurer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.PolicyFixtures;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The policy API on PostgreSQL: issue, find, scope, reveal, delivery and renewal clocks, surrender, endorsements. */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyApiTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    RequestPostProcessor anlanManager;
    RequestPostProcessor anlanAgent;
    RequestPostProcessor hengtaiManager;
    LocalDate firstDay;

    @BeforeEach
    void users() {
        OrgUnitView anlan = organization.unitByCode("ANLAN-ZJ").orElseThrow();
        OrgUnitView hengtai = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        anlanManager = insurer(anlan, Role.MANAGER);
        anlanAgent = insurer(anlan, Role.AGENT);
        hengtaiManager = insurer(hengtai, Role.MANAGER);
        firstDay = LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).minusDays(30);
    }

    private String motor(String policyNo, String unit, String plate, String vin) {
        return """
                {"policyNo":"%s","productLine":"MOTOR","issuingUnitCode":"%s","firstDay":"%s","lastDay":"%s",
                 "premium":3650.00,"insuredName":"王小明","insuredIdNumber":"11010519491231002X",
                 "insuredMobile":"13812345678","plate":"%s","vin":"%s","ctpl":true,
                 "thirdPartySumInsured":1000000,"vehicleDamageSumInsured":150000,"vehicleDamageDeductible":500,
                 "deliveryRequired":true}
                """.formatted(policyNo, unit, firstDay, firstDay.plusYears(1).minusDays(1), plate, vin);
    }

    private String issued(RequestPostProcessor who, String unit) throws Exception {
        String policyNo = "APITEST" + SEQUENCE.incrementAndGet() + unit.substring(0, 2);
        mvc.perform(post("/api/v1/policies")
                        .with(who)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(motor(policyNo, unit, "浙AD1234" + SEQUENCE.get() % 10, PolicyFixtures.A_VIN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.policyNo").value(policyNo))
                .andExpect(jsonPath("$.insuredName").value("王*明"))
                .andExpect(jsonPath("$.insuredIdNumber").value("110105********002X"))
                .andExpect(jsonPath("$.coverages[0].kind").value("CTPL"))
                .andExpect(jsonPath("$.coverages[0].sumInsured").value(200000.00))
                .andExpect(jsonPath("$.coverages[0].itemLimits[0].whenLiable").value(180000.00));
        return policyNo;
    }

    @Test
    void anIssuedPolicyIsFoundByItsInsurerAndIsAbsentForAnother() throws Exception {
        String policyNo = issued(anlanManager, "ANLAN-ZJ-HZ-XH");
        mvc.perform(get("/api/v1/policies/{no}", policyNo).with(anlanAgent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.policy.insuredName").value("王*明"))
                .andExpect(jsonPath("$.insuredMobile").value("138****5678"))
                .andExpect(content().string(not(containsString("11010519491231002X"))));
        mvc.perform(get("/api/v1/policies/{no}", policyNo).with(hengtaiManager))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/policies")
                        .param("idNumber", "11010519491231002X")
                        .with(anlanAgent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].policyNo", hasItem(policyNo)));
        mvc.perform(get("/api/v1/policies")
                        .param("idNumber", "11010519491231002X")
                        .with(hengtaiManager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].policyNo", not(hasItem(policyNo))));
        mvc.perform(get("/api/v1/policies").param("policyNo", policyNo).with(hengtaiManager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(post("/api/v1/policies/{no}/surrender", policyNo)
                        .with(hengtaiManager)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"VEHICLE_LOST\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void deliveryAndRenewalRunAsClocksTheAgreementOnlyForTheInsurerThatSignedIt() throws Exception {
        String anlanPolicy = issued(anlanManager, "ANLAN-ZJ-HZ-XH");
        String hengtaiPolicy = issued(hengtaiManager, "HENGTAI-ZJ-HZ-XH");
        mvc.perform(get("/api/v1/policies/{no}", anlanPolicy).with(anlanAgent))
                .andExpect(jsonPath("$.clocks[*].standardCode", hasItem("ZJ-DELIVER")))
                .andExpect(jsonPath("$.clocks[*].standardCode", hasItem("AGR-RENEW")));
        mvc.perform(get("/api/v1/policies/{no}", hengtaiPolicy).with(hengtaiManager))
                .andExpect(jsonPath("$.clocks[*].standardCode", hasItem("ZJ-DELIVER")))
                .andExpect(jsonPath("$.clocks[*].standardCode", not(hasItem("AGR-RENEW"))));
        mvc.perform(post("/api/v1/policies/{no}/delivery", anlanPolicy)
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/policies/{no}/delivery", anlanPolicy)
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/policies/{no}", anlanPolicy).with(anlanAgent))
                .andExpect(jsonPath("$.clocks[?(@.standardCode == 'ZJ-DELIVER')].state", hasItem("MET")));
    }

    @Test
    void aBadPolicyIsRefusedNamingEveryWrongFieldAndATakenNumberIsAConflict() throws Exception {
        String badVin = PolicyFixtures.A_VIN.substring(0, 8)
                + (PolicyFixtures.A_VIN.charAt(8) == '1' ? '2' : '1')
                + PolicyFixtures.A_VIN.substring(9);
        mvc.perform(post("/api/v1/policies")
                        .with(anlanManager)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(motor("APIBAD1", "ANLAN-ZJ-HZ-XH", "浙I12345", badVin)
                                .replace("11010519491231002X", "110105194912310021")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("vin")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("plate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("insuredIdNumber")));
        mvc.perform(post("/api/v1/policies")
                        .with(anlanManager)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(motor("APIBAD2", "HENGTAI-ZJ", "浙A12345", PolicyFixtures.A_VIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("issuingUnitCode")));
        String policyNo = issued(anlanManager, "ANLAN-ZJ-HZ");
        mvc.perform(post("/api/v1/policies")
                        .with(anlanManager)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(motor(policyNo, "ANLAN-ZJ-HZ", "浙A12345", PolicyFixtures.A_VIN)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/policies")
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(motor("APIBAD3", "ANLAN-ZJ-HZ", "浙A12345", PolicyFixtures.A_VIN)))
                .andExpect(status().isForbidden());
    }

    @Test
    void revealingPersonalDataIsAudited() throws Exception {
        String policyNo = issued(anlanManager, "ANLAN-ZJ-HZ-XH");
        mvc.perform(get("/api/v1/policies/{no}/personal-data", policyNo).with(anlanAgent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.insuredIdNumber").value("11010519491231002X"))
                .andExpect(jsonPath("$.insuredName").value("王小明"));
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where kind = 'PII_VIEW' and entity_type = 'POLICY' and entity_id = ?")
                        .param(policyNo)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select insured_id_cipher from policy where policy_no = ?")
                        .param(policyNo)
                        .query(String.class)
                        .single())
                .startsWith("v1:")
                .doesNotContain("11010519491231002X");
    }

    /**
     * 浙江规范第六章 2.4 (seed C21): 「对待退保客户,应热情服务,不得以任何形式违规剥夺客户的退保权利和未到期部分的保险费。」 A
     * policy without 交强险 is surrendered at the holder's request even with an endorsement open, and the unearned
     * premium is refunded day by day (the day of surrender earned), recorded and shown.
     */
    @Test
    void aSurrenderAtTheHoldersRequestIsNotBlockedAndRefundsTheUnearnedPremiumByDays() throws Exception {
        String policyNo = "APITEST" + SEQUENCE.incrementAndGet() + "NC";
        mvc.perform(post("/api/v1/policies")
                        .with(anlanManager)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                motor(policyNo, "ANLAN-ZJ-HZ-XH", "浙AD1234" + SEQUENCE.get() % 10, PolicyFixtures.A_VIN)
                                        .replace("\"ctpl\":true", "\"ctpl\":false")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/policies/{no}/endorsements", policyNo)
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PLATE\",\"value\":\"浙AF54321\"}"))
                .andExpect(status().isCreated());
        String answer = mvc.perform(post("/api/v1/policies/{no}/surrender", policyNo)
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"POLICYHOLDER_REQUEST\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SURRENDERED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // firstDay is 30 days before today: today is the 31st day of cover, earned with the 30 before it
        LocalDate lastDay = firstDay.plusYears(1).minusDays(1);
        long days = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        BigDecimal expected = new BigDecimal("3650.00")
                .multiply(BigDecimal.valueOf(days - 31))
                .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
        BigDecimal refund = new BigDecimal(JsonPath.read(answer, "$.refund").toString());
        assertThat(refund).isEqualByComparingTo(expected);
        mvc.perform(get("/api/v1/policies/{no}", policyNo).with(anlanAgent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refund").value(expected.doubleValue()));
        assertThat(jdbc.sql("select refund from policy where policy_no = :no")
                        .param("no", policyNo)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo(expected);
    }

    @Test
    void aCtplPolicyIsSurrenderedOnlyForAStatutoryReasonAndOnlyOnce() throws Exception {
        String policyNo = issued(anlanManager, "ANLAN-ZJ-HZ-XH");
        mvc.perform(post("/api/v1/policies/{no}/surrender", policyNo)
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"POLICYHOLDER_REQUEST\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/policies/{no}/surrender", policyNo)
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"VEHICLE_DEREGISTERED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SURRENDERED"));
        mvc.perform(post("/api/v1/policies/{no}/surrender", policyNo)
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"VEHICLE_DEREGISTERED\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("SURRENDERED")));
        mvc.perform(get("/api/v1/policies/{no}", policyNo).with(anlanAgent))
                .andExpect(jsonPath("$.clocks[?(@.standardCode == 'AGR-RENEW')].state", hasItem("CANCELLED")));
    }

    @Test
    void anEndorsementTellsItsMaterialsOnceAndChangesThePlateWhenAllAreIn() throws Exception {
        String policyNo = issued(anlanManager, "ANLAN-ZJ-HZ-XH");
        String endorsementNo = policyNo + "-E01";
        mvc.perform(post("/api/v1/policies/{no}/endorsements", policyNo)
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PLATE\",\"value\":\"浙AF54321\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.endorsementNo").value(endorsementNo))
                .andExpect(jsonPath("$.materials", hasSize(3)));
        String path = "/api/v1/policies/" + policyNo + "/endorsements/" + endorsementNo;
        mvc.perform(post(path + "/complete")
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("机动车行驶证")));
        mvc.perform(post(path + "/explain-again")
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path + "/materials")
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[\"批改申请书（被保险人签章）\",\"机动车行驶证\",\"被保险人身份证明\"]}"))
                .andExpect(status().isOk());
        mvc.perform(post(path + "/complete")
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(post(path + "/complete")
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        mvc.perform(post(path + "/withdraw")
                        .with(anlanAgent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("COMPLETED")));
        mvc.perform(get("/api/v1/policies/{no}", policyNo).with(anlanAgent))
                .andExpect(jsonPath("$.policy.plate").value("浙AF54321"));
        mvc.perform(get(path).with(hengtaiManager)).andExpect(status().isNotFound());
    }
}
