package io.shixiao.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.complaints.ContactUsers;
import io.shixiao.customer.CustomerFixtures.Customer;
import io.shixiao.feedback.application.CallbackTasks;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.Role;
import java.time.Clock;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one-customer view on PostgreSQL with the demo insurers: one 安澜 customer with a policy, a claim, a
 * consultation, a complaint and a callback is found whole by ID number, by mobile and by policy number, with
 * the clocks of those cases; 恒泰's staff find nothing, exactly as for an unknown key; every search and view
 * leaves its audit rows; bad input is refused naming the field; roles without customer work are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CustomerFileTests {

    static final RequestPostProcessor ANLAN = httpBasic("anlan.agent", "demo");
    static final RequestPostProcessor HENGTAI = httpBasic("hengtai.agent", "demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallbackTasks callbacks;

    @Autowired
    Clock clock;

    @Autowired
    ObjectMapper json;

    @Autowired
    OrganizationDirectory organization;

    Customer customer;

    @BeforeEach
    void aCustomer() throws Exception {
        customer = CustomerFixtures.aCustomerWithEveryKindOfRecord(mvc, jdbc, callbacks, clock);
    }

    private ResultActions search(String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/v1/customers/search")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void foundWhole(ResultActions result) throws Exception {
        result.andExpect(status().isOk())
                .andExpect(jsonPath("$.found").value(true))
                .andExpect(jsonPath("$.policies[*].policyNo").value(hasItem(customer.policyNo())))
                .andExpect(jsonPath("$.policies[0].insuredIdNumber").value(containsString("********")))
                .andExpect(jsonPath("$.claims[*].claimNo").value(hasItem(customer.claimNo())))
                .andExpect(jsonPath("$.claims[0].status").value("REPORTED"))
                .andExpect(jsonPath("$.claims[0].clocks[*].standardCode").value(hasItem("ZJ-DISPATCH")))
                .andExpect(jsonPath("$.claims[0].clocks[0].deadline").exists())
                .andExpect(jsonPath("$.consultations[*].number").value(hasItem(customer.consultationNo())))
                .andExpect(jsonPath("$.consultations[0].clocks[*].standardCode").value(hasItem("AGR-CONSULT")))
                .andExpect(jsonPath("$.complaints[*].number").value(hasItem(customer.complaintNo())))
                .andExpect(jsonPath("$.complaints[0].clocks[*].standardCode").value(hasItem("CPL-18")))
                .andExpect(jsonPath("$.callbacks[*].id").value(hasItem((int) customer.callbackId())))
                .andExpect(content().string(not(containsString(customer.idNumber()))))
                .andExpect(content().string(not(containsString(customer.mobile()))));
    }

    @Test
    void theCustomerIsFoundWholeByIdNumberByMobileAndByPolicyNumber() throws Exception {
        foundWhole(search("{\"idNumber\":\"" + customer.idNumber() + "\"}", ANLAN)
                .andExpect(jsonPath("$.foundBy").value("idNumber"))
                .andExpect(jsonPath("$.key").value(containsString("********"))));
        foundWhole(search("{\"mobile\":\"" + customer.mobile() + "\"}", ANLAN)
                .andExpect(jsonPath("$.foundBy").value("mobile"))
                .andExpect(jsonPath("$.key").value(containsString("****"))));
        foundWhole(search("{\"policyNo\":\"" + customer.policyNo() + "\"}", ANLAN)
                .andExpect(jsonPath("$.foundBy").value("policyNo")));
        // a lower-case check character is the same number
        search("{\"idNumber\":\" " + customer.idNumber().toLowerCase() + " \"}", ANLAN)
                .andExpect(jsonPath("$.found").value(true));
    }

    @Test
    void anotherInsurersStaffFindNothingExactlyAsForAnUnknownCustomer() throws Exception {
        String hengtaiAnswer = search("{\"idNumber\":\"" + customer.idNumber() + "\"}", HENGTAI)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.found").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(hengtaiAnswer).doesNotContain(customer.policyNo(), customer.claimNo(), customer.complaintNo());
        String unknown = search("{\"idNumber\":\"11010519491231002X\"}", HENGTAI)
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the same answer but for the masked key echoed back
        assertThat(withoutKey(hengtaiAnswer)).isEqualTo(withoutKey(unknown));
        search("{\"mobile\":\"" + customer.mobile() + "\"}", HENGTAI)
                .andExpect(jsonPath("$.found").value(false));
        search("{\"policyNo\":\"" + customer.policyNo() + "\"}", HENGTAI)
                .andExpect(jsonPath("$.found").value(false))
                .andExpect(jsonPath("$.policies.length()").value(0));
        mvc.perform(post("/customers")
                        .with(ContactUsers.at(
                                        organization.unitByCode("HENGTAI-ZJ").orElseThrow(), Role.AGENT)
                                .signedIn())
                        .with(csrf())
                        .param("by", "policyNo")
                        .param("value", customer.policyNo()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"customer-none\"")))
                .andExpect(content().string(not(containsString(customer.claimNo()))));
    }

    @Test
    void everySearchHitOrMissAndEveryRecordShownIsAudited() throws Exception {
        long before = maxAuditId();
        search("{\"mobile\":\"" + customer.mobile() + "\"}", ANLAN).andExpect(status().isOk());
        assertThat(audited(before, "customer", "search"))
                .singleElement()
                .asString()
                .contains("mobile 139****" + customer.mobile().substring(7))
                .contains("(api)")
                .contains("1 policies")
                .doesNotContain(customer.mobile());
        assertThat(audited(before, "POLICY", customer.policyNo())).hasSize(1);
        assertThat(audited(before, "claim", customer.claimNo())).hasSize(1);
        assertThat(audited(before, "consultation", customer.consultationNo())).hasSize(1);
        assertThat(audited(before, "complaint", customer.complaintNo())).hasSize(1);
        assertThat(audited(before, "callback_task", String.valueOf(customer.callbackId())))
                .hasSize(1);

        long beforePage = maxAuditId();
        mvc.perform(post("/customers")
                        .with(ContactUsers.at(
                                        organization.unitByCode("ANLAN-ZJ").orElseThrow(), Role.AGENT)
                                .signedIn())
                        .with(csrf())
                        .param("by", "idNumber")
                        .param("value", customer.idNumber()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(customer.claimNo())))
                .andExpect(content().string(containsString("data-deadline")))
                .andExpect(content().string(not(containsString(customer.idNumber()))));
        assertThat(audited(beforePage, "customer", "search"))
                .singleElement()
                .asString()
                .contains("(page)");
        assertThat(audited(beforePage, "claim", customer.claimNo())).hasSize(1);

        long beforeMiss = maxAuditId();
        search("{\"mobile\":\"13000000000\"}", HENGTAI)
                .andExpect(jsonPath("$.found").value(false));
        assertThat(audited(beforeMiss, "customer", "search"))
                .singleElement()
                .asString()
                .contains("mobile 130****0000")
                .contains("no match");
        assertThat(jdbc.sql("select count(*) from audit_entry where id > ? and entity_type <> 'customer'")
                        .param(beforeMiss)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndRolesWithoutCustomerWorkAreRefused() throws Exception {
        String wrongCheck =
                customer.idNumber().substring(0, 17) + (customer.idNumber().charAt(17) == '1' ? '2' : '1');
        search("{\"idNumber\":\"" + wrongCheck + "\"}", ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("校验码")));
        search("{\"mobile\":\"1234567\"}", ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mobile"));
        search("{\"policyNo\":\"../etc\"}", ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("policyNo"));
        search("{}", ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("idNumber")));
        search("{\"idNumber\":\"" + customer.idNumber() + "\",\"mobile\":\"" + customer.mobile() + "\"}", ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("mobile")));
        search("{\"mobile\":13900001111}", ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mobile"));
        mvc.perform(post("/customers")
                        .with(ContactUsers.at(
                                        organization.unitByCode("ANLAN-ZJ").orElseThrow(), Role.AGENT)
                                .signedIn())
                        .with(csrf())
                        .param("by", "mobile")
                        .param("value", "1380013800x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("data-testid=\"customer-error\"")));

        search("{\"idNumber\":\"" + customer.idNumber() + "\"}", httpBasic("anlan.surveyor", "demo"))
                .andExpect(status().isForbidden());
        search("{\"idNumber\":\"" + customer.idNumber() + "\"}", httpBasic("zj.association", "demo"))
                .andExpect(status().isForbidden());
        search("{\"idNumber\":\"" + customer.idNumber() + "\"}", httpBasic("admin", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/customers")
                        .with(ContactUsers.at(
                                        organization.unitByCode("ANLAN-ZJ").orElseThrow(), Role.QUALITY_INSPECTOR)
                                .signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers/search?idNumber=" + customer.idNumber())
                        .with(ANLAN))
                .andExpect(status().is4xxClientError());
    }

    private JsonNode withoutKey(String answer) {
        ObjectNode node = (ObjectNode) json.readTree(answer);
        node.remove("key");
        return node;
    }

    private long maxAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry")
                .query(Long.class)
                .single();
    }

    private java.util.List<String> audited(long after, String entityType, String entityId) {
        return jdbc.sql("""
                        select summary from audit_entry where id > ? and kind = 'PII_VIEW' and entity_type = ?
                           and entity_id = ? and actor <> 'system'""")
                .params(after, entityType, entityId)
                .query(String.class)
                .list();
    }
}
