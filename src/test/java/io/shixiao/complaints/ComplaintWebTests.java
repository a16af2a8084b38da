package io.shixiao.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.document.PdfPageImages;
import io.shixiao.shared.document.PdfText;
import io.shixiao.shared.security.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * The complaint API and pages on the embedded PostgreSQL with the demo insurers: another insurer's complaint
 * answers 404, bad input 400 naming the field with nothing written, a forbidden phrase in a decision text is
 * refused with the phrase named, an invalid step 409, the decision notice a Chinese PDF.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComplaintWebTests {

    static final RequestPostProcessor ANLAN = httpBasic("anlan.complaint-handler", "demo");
    static final RequestPostProcessor HENGTAI = httpBasic("hengtai.complaint-handler", "demo");

    static final String INTAKE = """
            {"channel":"HOTLINE","category":"CLAIM_SPEED","productLine":"MOTOR","content":"车损理赔三周未付款",
             "customerRequest":"尽快付款","complainants":[{"name":"王小明","mobile":"13800138000"},
             {"name":"王大明"}],"policyNumber":"PDAA2026330100001","disasterRelated":false}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory organization;

    /** A complaint handler of 安澜's 浙江分公司 signed in to the pages. */
    private RequestPostProcessor anlanDesk() {
        return ContactUsers.at(organization.unitByCode("ANLAN-ZJ").orElseThrow(), Role.COMPLAINT_HANDLER)
                .signedIn();
    }

    private RequestPostProcessor hengtaiDesk() {
        return ContactUsers.at(organization.unitByCode("HENGTAI-ZJ").orElseThrow(), Role.COMPLAINT_HANDLER)
                .signedIn();
    }

    private ResultActions postJson(String path, String body, RequestPostProcessor user) throws Exception {
        return mvc.perform(
                post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String registered() throws Exception {
        String body = postJson("/api/v1/complaints", INTAKE, ANLAN)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("number").asString();
    }

    private String assigned() throws Exception {
        String number = registered();
        postJson("/api/v1/complaints/" + number + "/assignment", "{\"handlerName\":\"李投诉\"}", ANLAN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        return number;
    }

    @Test
    void aRegisteredComplaintIsMaskedHasItsClocksAndIsInvisibleToAnotherInsurer() throws Exception {
        String number = registered();

        mvc.perform(get("/api/v1/complaints/" + number).with(ANLAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complainants[0].name").value("王**"))
                .andExpect(jsonPath("$.complainants[0].mobile").value("138****8000"))
                .andExpect(jsonPath("$.complainants.length()").value(2))
                .andExpect(jsonPath("$.clocks[*].standardCode").value(hasItem("CPL-18")))
                .andExpect(jsonPath("$.clocks[*].standardCode").value(hasItem("ZJ-COMPLAINT")));
        mvc.perform(get("/api/v1/complaints/" + number).with(HENGTAI)).andExpect(status().isNotFound());
        postJson("/api/v1/complaints/" + number + "/assignment", "{\"handlerName\":\"恒泰\"}", HENGTAI)
                .andExpect(status().isNotFound());
        mvc.perform(get("/complaints/" + number).with(hengtaiDesk())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints").with(HENGTAI))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(number))));

        String stored = jdbc.sql("select p.name_cipher || p.mobile_cipher from complainant p join complaint c"
                        + " on c.id = p.complaint_id where c.number = :n and p.position = 0")
                .param("n", number)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain("王小明").doesNotContain("13800138000");
    }

    @Test
    void badInputIsAnswered400NamingTheFieldAndNothingIsWritten() throws Exception {
        long before =
                jdbc.sql("select count(*) from complaint").query(Long.class).single();
        postJson("/api/v1/complaints", "{\"channel\":\"HOTLINE\",\"category\":\"OTHER\",\"complainants\":[]}", ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("complainants")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("content")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("customerRequest")));
        postJson("/api/v1/complaints", INTAKE.replace("13800138000", "1380013800x"), ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("complainants[0].mobile"));
        postJson("/api/v1/complaints", INTAKE.replace("\"HOTLINE\"", "\"PIGEON\""), ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        postJson(
                        "/api/v1/complaints",
                        INTAKE.replace("\"disasterRelated\":false", "\"receivedAt\":\"2026-01-05T02:00:00Z\""),
                        ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lateReason"));
        postJson("/api/v1/complaints", INTAKE.replace("PDAA2026330100001", "保单/../1"), ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("policyNumber"));
        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aDecisionTextWithAForbiddenPhraseIsRefusedWithThePhraseNamedAndNothingIsDecided() throws Exception {
        String number = assigned();
        postJson("/api/v1/complaints/" + number + "/decision", """
                        {"upheld":false,"factsVerified":"调取了定损单","basis":"保险合同第十条",
                         "reasons":"这个问题我不 知 道，不清楚。"}""", ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasons"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不知道,不清楚。")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("GENERAL")));
        mvc.perform(get("/api/v1/complaints/" + number).with(ANLAN))
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.decision").doesNotExist());
    }

    @Test
    void aStepTheStatusDoesNotAllowIsRefused409AndADecisionNeedsItsReasons() throws Exception {
        String number = registered();
        postJson("/api/v1/complaints/" + number + "/closure", "{\"text\":\"办结\"}", ANLAN)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        postJson(
                        "/api/v1/complaints/" + number + "/decision",
                        "{\"upheld\":true,\"factsVerified\":\"属实\",\"basis\":\"合同\",\"reasons\":\"超时\"}",
                        ANLAN)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Assign a handler")));
        String other = assigned();
        postJson("/api/v1/complaints/" + other + "/decision", "{\"upheld\":true,\"factsVerified\":\"属实\"}", ANLAN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("basis"));
    }

    @Test
    void anUpheldDecisionGetsARemedyAndItsNoticeIsAChinesePdfWithTheStatutoryRemedies() throws Exception {
        String number = assigned();
        postJson("/api/v1/complaints/" + number + "/decision", """
                        {"upheld":true,"factsVerified":"经调取通话录音和支付记录，赔款确于协议后第八个工作日才支付。",
                         "basis":"《浙江保险业机动车辆保险客户服务规范》第七章2.7.3","reasons":"支付超过3个工作日，投诉成立。"}""", ANLAN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.remedies[0].kind").value("EXPLANATION_AND_APOLOGY"))
                .andExpect(jsonPath("$.remedies[0].trigger").value("UPHELD"));

        byte[] pdf = mvc.perform(get("/api/v1/complaints/" + number + "/decision-notice.pdf")
                        .with(ANLAN))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = PdfText.withoutWhitespace(pdf);
        assertThat(text).contains("投诉处理决定告知书", number, "王小明", "核实情况", "申请核查", "调解", "仲裁", "诉讼");
        PdfPageImages.writeFirstPage(pdf, 80, Path.of("target/screenshots/complaint-decision-notice.png"));

        postJson("/api/v1/complaints/" + number + "/closure", "{\"text\":\"已向客户致歉并说明\"}", ANLAN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/v1/complaints/" + registered() + "/decision-notice.pdf")
                        .with(ANLAN))
                .andExpect(status().isConflict());
    }

    @Test
    void thePagesRenderForTheDeskAndOnAPhone() throws Exception {
        String number = assigned();
        RequestPostProcessor desk = anlanDesk();
        mvc.perform(get("/complaints").with(desk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/complaints/rows").with(desk)).andExpect(status().isOk());
        mvc.perform(get("/complaints/" + number).with(desk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CPL-18")));
        mvc.perform(get("/complaints/new").with(desk)).andExpect(status().isOk());
        mvc.perform(get("/consultations").with(desk)).andExpect(status().isOk());
        mvc.perform(get("/remedies").with(desk)).andExpect(status().isOk());
        mvc.perform(get("/rectifications").with(desk)).andExpect(status().isOk());
    }
}
