package io.shixiao.servicelevel.web;

import static io.shixiao.servicelevel.web.TestUsers.admin;
import static io.shixiao.servicelevel.web.TestUsers.agentOfInsurer;
import static io.shixiao.servicelevel.web.TestUsers.managerOf;
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

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ServiceContracts;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
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

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    StandardCatalog standards;

    @Autowired
    ServiceContracts contracts;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcClient jdbc;

    /** 恒泰, which signed no service agreement in the demo data: its blanks are this test's to set. */
    private long INSURER;

    private long OTHER_INSURER;

    private long SCHEME;

    private OrgUnitView headOffice;

    private OrgUnitView branch;

    @BeforeEach
    void aFreshSchemeAndNoValuesOfTheTestInsurer() {
        headOffice = organization.unitByCode("HENGTAI-HQ").orElseThrow();
        branch = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        INSURER = headOffice.insurerId();
        OTHER_INSURER = organization.unitByCode("ANLAN-HQ").orElseThrow().insurerId();
        SCHEME = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000_000L);
        jdbc.sql("delete from contract_parameter where owner_type = 'INSURER' and owner_id = :id")
                .param("id", INSURER)
                .update();
    }

    private long writesOf(long insurer) {
        return jdbc.sql("select count(*) from contract_parameter where owner_type = 'INSURER' and owner_id = :id")
                .param("id", insurer)
                .query(Long.class)
                .single();
    }

    // --- catalog API and pages ------------------------------------------------------------------

    @Test
    void theCatalogApiListsEveryStandardWithItsQuote() throws Exception {
        mvc.perform(get("/api/v1/standards").with(agentOfInsurer(INSURER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("LAW-24")))
                .andExpect(jsonPath("$[?(@.code == 'CPL-18')].clause", hasItem(containsString("第十八条"))))
                .andExpect(jsonPath("$[?(@.code == 'CPL-18')].reading", hasItem(containsString("不顺延"))));
    }

    @Test
    void oneStandardIsServedByCode() throws Exception {
        mvc.perform(get("/api/v1/standards/ZJ-AGREE").with(agentOfInsurer(INSURER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period", containsString("10个工作日")))
                .andExpect(jsonPath("$.step").value("SETTLEMENT_AGREEMENT"))
                .andExpect(jsonPath("$.tier").value("ASSOCIATION_NORM"));
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
    void anAgreementBlankBindsAnInsurerOnlyWithItsContractInForceAndItsOwnValueNeverTheExample() throws Exception {
        ServiceStandard payment = standards.current("AGR-PAY").orElseThrow();
        assertThat(binding(payment, INSURER).withheld()).contains("SERVICE-AGREEMENT");
        long auditedBefore = auditedWrites("INSURER:" + INSURER + ":agreement.payment");

        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value(5))
                .andExpect(jsonPath("$.exampleAmount").value(3))
                .andExpect(jsonPath("$.set").value(true))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(binding(payment, INSURER).binds())
                .as("no contract in force yet")
                .isFalse();
        assertThat(auditedWrites("INSURER:" + INSURER + ":agreement.payment")).isEqualTo(auditedBefore + 1);
    }

    private StandardCatalog.Binding binding(ServiceStandard standard, long insurer) {
        return standards.binding(standard, insurer, null, CaseFacts.none(), TODAY);
    }

    private long auditedWrites(String entityId) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'ContractParameter' and entity_id = :id")
                .param("id", entityId)
                .query(Long.class)
                .single();
    }

    @Test
    void aBidBlankBindsASchemeOnlyOnceSetAndOnlyWhileItsContractIsInForce() throws Exception {
        ServiceStandard review = standards.current("HZ-REVIEW").orElseThrow();
        contracts.record(
                ContractParty.scheme(SCHEME),
                "HUZHU-BID-2025",
                "互助土族自治县应急管理局",
                TODAY.minusMonths(2),
                TODAY.minusMonths(2),
                TODAY.plusMonths(10),
                "test");
        assertThat(schemeBinding(review).binds()).isFalse();

        setAsAdmin(ContractParty.Type.SCHEME, SCHEME, "bid.claim-review", "{\"amount\":7}")
                .andExpect(status().isOk());

        StandardCatalog.Binding bound = schemeBinding(review);
        assertThat(bound.period().amount()).isEqualTo(7);
        assertThat(bound.period().unit()).isEqualTo(PeriodUnit.WORKING_DAYS);
        assertThat(standards
                        .binding(review, INSURER, SCHEME, CaseFacts.none(), TODAY.plusYears(1))
                        .binds())
                .as("the contract has ended by then")
                .isFalse();
    }

    private StandardCatalog.Binding schemeBinding(ServiceStandard standard) {
        return standards.binding(standard, INSURER, SCHEME, CaseFacts.none(), TODAY);
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
    void aUnitOtherThanTheTextsAnswers400NamingUnit() throws Exception {
        setAsAdmin(ContractParty.Type.INSURER, INSURER, "agreement.payment", "{\"amount\":3,\"unit\":\"HOURS\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        setAsAdmin(
                        ContractParty.Type.INSURER,
                        INSURER,
                        "agreement.payment",
                        "{\"amount\":3,\"unit\":\"CALENDAR_DAYS\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
    }

    @Test
    void whereTheTextNamesNoUnitThePartyChoosesIt() throws Exception {
        setAsAdmin(
                        ContractParty.Type.INSURER,
                        INSURER,
                        "company.assessment-review",
                        "{\"amount\":4,\"unit\":\"HOURS\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("HOURS"));
        assertThat(binding(standards.current("ZJ-ASSESS-REVIEW").orElseThrow(), INSURER)
                        .period()
                        .amount())
                .isEqualTo(4);
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
    void clearingAValueLeavesTheBlankUnsetNotTheExample() throws Exception {
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
                .andExpect(jsonPath("$.amount").doesNotExist())
                .andExpect(jsonPath("$.set").value(false));
    }

    @Test
    void aNonPositiveOwnerIdAnswers400() throws Exception {
        setAsAdmin(ContractParty.Type.INSURER, 0, "agreement.payment", "{\"amount\":5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"));
    }

    @Test
    void aHeadOfficeManagerSetsOwnInsurersValuesAndFindsNoOtherParty() throws Exception {
        set(managerOf(headOffice), ContractParty.Type.INSURER, INSURER, "{\"amount\":4}")
                .andExpect(status().isOk());

        set(managerOf(headOffice), ContractParty.Type.INSURER, OTHER_INSURER, "{\"amount\":4}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/standards/parameters/SCHEME/" + SCHEME).with(managerOf(headOffice)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBranchManagerCannotSetTheInsurersCompanyWideValues() throws Exception {
        set(managerOf(branch), ContractParty.Type.INSURER, INSURER, "{\"amount\":4}")
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        mvc.perform(delete("/api/v1/standards/parameters/INSURER/" + INSURER + "/agreement.payment")
                        .param("version", "0")
                        .with(managerOf(branch))
                        .with(csrf()))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        assertThat(writesOf(INSURER)).isZero();
    }

    @Test
    void anAgentCannotSetContractValues() throws Exception {
        set(agentOfInsurer(INSURER), ContractParty.Type.INSURER, INSURER, "{\"amount\":4}")
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));

        assertThat(writesOf(INSURER)).isZero();
    }

    @Test
    void theParametersPageIsClosedToAgents() throws Exception {
        mvc.perform(get("/admin/standards/parameters").with(agentOfInsurer(INSURER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aHeadOfficeManagerLandsOnOwnInsurersContractsAndBlanks() throws Exception {
        mvc.perform(get("/admin/standards/parameters").with(managerOf(headOffice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("agreement.consultation-response")))
                .andExpect(content().string(containsString("AGR-COMPLAINT-RESULT")));
    }

    @Test
    void aManagerOpeningAnotherInsurersPageGets404() throws Exception {
        mvc.perform(get("/admin/standards/parameters")
                        .param("ownerType", "INSURER")
                        .param("ownerId", Long.toString(OTHER_INSURER))
                        .with(managerOf(headOffice)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aManagerPostingAnotherInsurersValueGets404() throws Exception {
        long before = writesOf(OTHER_INSURER);
        mvc.perform(post("/admin/standards/parameters")
                        .with(managerOf(headOffice))
                        .with(csrf())
                        .param("ownerType", "INSURER")
                        .param("ownerId", Long.toString(OTHER_INSURER))
                        .param("parameter", "agreement.payment")
                        .param("amount", "4"))
                .andExpect(status().isNotFound());

        assertThat(writesOf(OTHER_INSURER)).isEqualTo(before);
    }

    @Test
    void anAdminSetsASchemesBlankFromThePage() throws Exception {
        mvc.perform(post("/admin/standards/parameters")
                        .with(admin())
                        .with(csrf())
                        .param("ownerType", "SCHEME")
                        .param("ownerId", Long.toString(SCHEME))
                        .param("parameter", "bid.complaint-result")
                        .param("amount", "10"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/admin/standards/parameters")
                        .param("ownerType", "SCHEME")
                        .param("ownerId", Long.toString(SCHEME))
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bid.complaint-result")));
        assertThat(jdbc.sql("select amount from contract_parameter where owner_type = 'SCHEME' and owner_id = :id"
                                + " and parameter = 'bid.complaint-result'")
                        .param("id", SCHEME)
                        .query(Integer.class)
                        .single())
                .isEqualTo(10);
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

        assertThat(writesOf(INSURER)).isZero();
    }

    // --- contracts in force -----------------------------------------------------------------------

    @Test
    void aContractIsRecordedForASchemeAndAnOverlappingOneIsRefused() throws Exception {
        String contract = """
            {"documentCode":"HUZHU-BID-2025","counterparty":"互助土族自治县应急管理局","signedOn":"2026-01-05",
             "validFrom":"2026-01-06","validTo":"2027-01-05"}""";
        mvc.perform(post("/api/v1/standards/contracts/SCHEME/" + SCHEME)
                        .with(admin())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(contract))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.validTo").value("2027-01-05"));
        mvc.perform(post("/api/v1/standards/contracts/SCHEME/" + SCHEME)
                        .with(admin())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(contract))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"));
        mvc.perform(get("/api/v1/standards/contracts/SCHEME/" + SCHEME).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aContractInForceBeforeItIsSignedOrOfAnotherPartysDocumentIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/standards/contracts/INSURER/" + INSURER)
                        .with(admin())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"documentCode":"SERVICE-AGREEMENT","counterparty":"车队","signedOn":"2026-02-01",
                 "validFrom":"2026-01-01","validTo":"2026-12-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validFrom"));
        mvc.perform(post("/api/v1/standards/contracts/INSURER/" + INSURER)
                        .with(admin())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"documentCode":"HUZHU-BID-2025","counterparty":"县","signedOn":"2026-01-01",
                 "validFrom":"2026-01-01","validTo":"2026-12-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("documentCode"));
    }

    @Test
    void aBranchManagerFindsNoContractOfTheInsurer() throws Exception {
        mvc.perform(get("/api/v1/standards/contracts/INSURER/" + INSURER).with(managerOf(branch)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/standards/contracts/INSURER/" + INSURER).with(managerOf(headOffice)))
                .andExpect(status().isOk());
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
