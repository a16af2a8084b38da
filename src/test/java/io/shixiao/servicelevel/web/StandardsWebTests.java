package io.shixiao.servicelevel.web;

import static io.shixiao.servicelevel.web.TestUsers.admin;
import static io.shixiao.servicelevel.web.TestUsers.agentOfInsurer;
import static io.shixiao.servicelevel.web.TestUsers.managerOfInsurer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ServiceStandards;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.ServiceStandard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class StandardsWebTests {

    private static final long INSURER = 7;
    private static final long OTHER_INSURER = 8;
    private static final long SCHEME = 3;

    @Autowired
    MockMvc mvc;

    @Autowired
    ServiceStandards standards;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noContractValues() {
        jdbc.sql("delete from contract_parameter").update();
    }

    // --- catalog API and pages ------------------------------------------------------------------

    @Test
    void theCatalogApiListsEveryStandardWithItsQuote() throws Exception {
        mvc.perform(get("/api/v1/standards").with(agentOfInsurer(INSURER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("LAW-24")))
                .andExpect(jsonPath("$[?(@.code == 'CPL-18')].source.quote", hasItem(containsString("15日内作出处理决定"))));
    }

    @Test
    void oneStandardIsServedByCode() throws Exception {
        mvc.perform(get("/api/v1/standards/ZJ-AGREE").with(agentOfInsurer(INSURER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.unit").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.extension.steps[0].approverRole").value("MANAGER"));
    }

    @Test
    void anUnknownCodeAnswers404Problem() throws Exception {
        mvc.perform(get("/api/v1/standards/NO-SUCH").with(agentOfInsurer(INSURER)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("NO-SUCH")));
    }

    @Test
    void aMalformedDateAnswers400NamingTheField() throws Exception {
        mvc.perform(get("/api/v1/standards").param("effectiveOn", "yesterday").with(agentOfInsurer(INSURER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveOn"));
    }

    @Test
    void anUnknownCaseTypeAnswers400NamingTheField() throws Exception {
        mvc.perform(get("/api/v1/standards").param("caseType", "BURGLARY").with(agentOfInsurer(INSURER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseType"));
    }

    @Test
    void theCatalogPageShowsPeriodsInWordsAndTheQuotedText() throws Exception {
        mvc.perform(get("/service-levels/standards").with(agentOfInsurer(INSURER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ZJ-AGREE")))
                .andExpect(content().string(containsString("10个工作日")))
                .andExpect(content().string(containsString("报案保存成功")))
                .andExpect(content().string(containsString("应当自作出核定之日起三日内")));
    }

    @Test
    void theDetailPageShowsExtensionsAndTheOtherLimitsOfTheStep() throws Exception {
        mvc.perform(get("/service-levels/standards/CPL-18").with(agentOfInsurer(INSURER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("外部鉴定、检测、评估开始")))
                .andExpect(content().string(containsString("上级机构或者总行、总公司高级管理人员")))
                .andExpect(content().string(containsString("AGR-COMPLAINT-RESULT")));
    }

    @Test
    void anUnknownStandardPageIs404() throws Exception {
        mvc.perform(get("/service-levels/standards/NO-SUCH").with(agentOfInsurer(INSURER)))
                .andExpect(status().isNotFound());
    }

    // --- contract parameters --------------------------------------------------------------------

    @Test
    void anInsurersValueOverridesTheAgreementsExampleForThatInsurerOnly() throws Exception {
        ServiceStandard payment = standards.byCode("AGR-PAY").orElseThrow();
        assertThat(standards
                        .resolvePeriod(payment, ContractParty.insurer(INSURER))
                        .map(PeriodSpec::amount))
                .contains(3L);
        long auditedBefore = auditedWrites("INSURER:" + INSURER + ":agreement.payment");

        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(5))
                .andExpect(jsonPath("$.set").value(true))
                .andExpect(jsonPath("$.version").value(0));

        assertThat(standards
                        .resolvePeriod(payment, ContractParty.insurer(INSURER))
                        .map(PeriodSpec::amount))
                .contains(5L);
        assertThat(standards
                        .resolvePeriod(payment, ContractParty.insurer(OTHER_INSURER))
                        .map(PeriodSpec::amount))
                .contains(3L);
        assertThat(auditedWrites("INSURER:" + INSURER + ":agreement.payment")).isEqualTo(auditedBefore + 1);
    }

    private long auditedWrites(String entityId) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'ContractParameter' and entity_id = :id")
                .param("id", entityId)
                .query(Long.class)
                .single();
    }

    @Test
    void aBidBlankBindsASchemeOnlyOnceSet() throws Exception {
        ServiceStandard review = standards.byCode("HZ-REVIEW").orElseThrow();
        assertThat(standards.resolvePeriod(review, ContractParty.scheme(SCHEME)))
                .isEmpty();

        setAsAdmin(ContractParty.Type.SCHEME, SCHEME, "bid.claim-review", "{\"amount\":7,\"unit\":\"CALENDAR_DAYS\"}")
                .andExpect(status().isOk());

        PeriodSpec period =
                standards.resolvePeriod(review, ContractParty.scheme(SCHEME)).orElseThrow();
        assertThat(period.amount()).isEqualTo(7);
        assertThat(period.unit()).isEqualTo(PeriodUnit.CALENDAR_DAYS);
    }

    @Test
    void aValueOutside1To365Answers400NamingAmount() throws Exception {
        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":366}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
    }

    @Test
    void aUnitOfAnotherDimensionAnswers400NamingUnit() throws Exception {
        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":3,\"unit\":\"HOURS\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
    }

    @Test
    void aBidBlankCannotBeSetForAnInsurer() throws Exception {
        setAsAdmin(ContractParty.Type.INSURER, INSURER, "bid.claim-review", "{\"amount\":3}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerType"));
    }

    @Test
    void anUnknownParameterOrOwnerTypeIsRefused() throws Exception {
        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.nothing", "{\"amount\":3}")
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/standards/parameters/COUNTY/1/agreement.payment")
                        .with(admin())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\":3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerType"));
    }

    @Test
    void changingAValueNeedsTheVersionRead() throws Exception {
        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":5}")
                .andExpect(status().isOk());

        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":6}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":6,\"version\":3}")
                .andExpect(status().isConflict());
        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":6,\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void clearingAValueBringsBackTheExample() throws Exception {
        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":5}")
                .andExpect(status().isOk());

        mvc.perform(delete("/api/v1/standards/parameters/INSURER/" + INSURER + "/agreement.payment")
                        .param("version", "0")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/standards/parameters/INSURER/" + INSURER + "/agreement.payment")
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(3))
                .andExpect(jsonPath("$.set").value(false));
    }

    @Test
    void aNonPositiveOwnerIdAnswers400() throws Exception {
        setAsAdmin(ContractParty.Type.INSURER, 0, "agreement.payment", "{\"amount\":5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"));
    }

    @Test
    void aManagerSetsOwnInsurersValuesAndFindsNoOtherParty() throws Exception {
        set(managerOfInsurer(INSURER), ContractParty.Type.INSURER, INSURER, "{\"amount\":4}")
                .andExpect(status().isOk());

        set(managerOfInsurer(INSURER), ContractParty.Type.INSURER, OTHER_INSURER, "{\"amount\":4}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/standards/parameters/SCHEME/" + SCHEME).with(managerOfInsurer(INSURER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAgentCannotSetContractValues() throws Exception {
        set(agentOfInsurer(INSURER), ContractParty.Type.INSURER, INSURER, "{\"amount\":4}")
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));

        assertThat(jdbc.sql("select count(*) from contract_parameter")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theParametersPageIsClosedToAgents() throws Exception {
        mvc.perform(get("/admin/standards/parameters").with(agentOfInsurer(INSURER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aManagerLandsOnOwnInsurersBlanks() throws Exception {
        mvc.perform(get("/admin/standards/parameters").with(managerOfInsurer(INSURER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("agreement.consultation-response")))
                .andExpect(content().string(containsString("AGR-COMPLAINT-RESULT")));
    }

    @Test
    void aManagerOpeningAnotherInsurersPageGets404() throws Exception {
        mvc.perform(get("/admin/standards/parameters")
                        .param("ownerType", "INSURER")
                        .param("ownerId", Long.toString(OTHER_INSURER))
                        .with(managerOfInsurer(INSURER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aManagerPostingAnotherInsurersValueGets404() throws Exception {
        mvc.perform(post("/admin/standards/parameters")
                        .with(managerOfInsurer(INSURER))
                        .with(csrf())
                        .param("ownerType", "INSURER")
                        .param("ownerId", Long.toString(OTHER_INSURER))
                        .param("parameter", "agreement.payment")
                        .param("amount", "4"))
                .andExpect(status().isNotFound());

        assertThat(jdbc.sql("select count(*) from contract_parameter")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdminSetsASchemesBlankFromThePage() throws Exception {
        mvc.perform(post("/admin/standards/parameters")
                        .with(admin())
                        .with(csrf())
                        .param("ownerType", "SCHEME")
                        .param("ownerId", Long.toString(SCHEME))
                        .param("parameter", "bid.complaint-result")
                        .param("amount", "10")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/standards/parameters")
                        .param("ownerType", "SCHEME")
                        .param("ownerId", Long.toString(SCHEME))
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bid.complaint-result")));
        ServiceStandard result = standards.byCode("HZ-COMPLAINT-RESULT").orElseThrow();
        assertThat(standards.resolvePeriod(result, ContractParty.scheme(SCHEME)).map(PeriodSpec::amount))
                .contains(10L);
    }

    @Test
    void anInvalidValueFromThePageIsShownNotSaved() throws Exception {
        mvc.perform(post("/admin/standards/parameters")
                        .with(admin())
                        .with(csrf())
                        .param("ownerType", "SCHEME")
                        .param("ownerId", Long.toString(SCHEME))
                        .param("parameter", "bid.complaint-result")
                        .param("amount", "400"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1–365")));

        assertThat(jdbc.sql("select count(*) from contract_parameter")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ResultActions setAsAdmin(ContractParty.Type type, long id, String parameter, String body) throws Exception {
        return mvc.perform(put("/api/v1/standards/parameters/" + type + "/" + id + "/" + parameter)
                .with(admin())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions set(RequestPostProcessor user, ContractParty.Type type, long id, String body)
            throws Exception {
        return mvc.perform(put("/api/v1/standards/parameters/" + type + "/" + id + "/agreement.payment")
                .with(user)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
