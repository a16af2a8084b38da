package io.shixiao.quality.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.quality.HeldTextRejected;
import io.shixiao.quality.HeldTextReleased;
import io.shixiao.quality.web.QualityUsers.User;
import io.shixiao.shared.security.Role;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The forbidden-phrase API and pages on the embedded PostgreSQL with the demo organisation: the check
 * contract, 400s naming the field, who may change the list, hits counted per staff member, the review
 * queue, and that nobody sees another insurer's staff or texts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ForbiddenPhraseWebTests {

    private static final AtomicLong ACCOUNTS = new AtomicLong(700_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationEvents events;

    OrgUnitView anlanZj;
    OrgUnitView anlanHz;
    OrgUnitView hengtaiZj;

    @BeforeEach
    void demoOrganisation() {
        anlanZj = directory.unitByCode("ANLAN-ZJ").orElseThrow();
        anlanHz = directory.unitByCode("ANLAN-ZJ-HZ").orElseThrow();
        hengtaiZj = directory.unitByCode("HENGTAI-ZJ").orElseThrow();
    }

    private User user(OrgUnitView unit, Role role) {
        long id = ACCOUNTS.incrementAndGet();
        return QualityUsers.at(unit, id, role.name().toLowerCase() + "-" + id, role);
    }

    private ResultActions check(User user, String body) throws Exception {
        return mvc.perform(post("/api/v1/forbidden-phrases/check")
                .with(user.signedIn())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String body(String text, String stage) {
        return "{\"text\":\"" + text + "\",\"stage\":\"" + stage + "\"}";
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    // --- the check contract ---

    @Test
    void aReplyWithAForbiddenPhraseIsBlockedWithThePhraseAndStageNamed() throws Exception {
        check(user(anlanZj, Role.COMPLAINT_HANDLER), body("您好，这个问题我不知道，不清楚。", "COMPLAINT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.blocked").value(true))
                .andExpect(jsonPath("$.review").value(false))
                .andExpect(jsonPath("$.hits[0].phrase").value("不知道,不清楚。"))
                .andExpect(jsonPath("$.hits[0].stage").value("GENERAL"))
                .andExpect(jsonPath("$.hits[0].at").value(8))
                .andExpect(jsonPath("$.reviewId").value(nullValue()));
    }

    @Test
    void aDisguisedPhraseIsBlockedAtTheOffsetTheCallerSent() throws Exception {
        check(user(anlanZj, Role.AGENT), body("答复：保 險 公 司又不是你家開的！", "GENERAL"))
                .andExpect(jsonPath("$.blocked").value(true))
                .andExpect(jsonPath("$.hits[0].phrase").value("保险公司又不是你家开的,说怎样就怎样。"))
                .andExpect(jsonPath("$.hits[0].at").value(3))
                .andExpect(jsonPath("$.hits[0].match").value("EXACT"));
    }

    @Test
    void closeWordingIsHeldForReviewWithAReviewItem() throws Exception {
        JsonNode result = read(check(user(anlanZj, Role.AGENT), body("保险公司又不是你们家开的", "GENERAL"))
                .andExpect(jsonPath("$.blocked").value(false))
                .andExpect(jsonPath("$.review").value(true))
                .andExpect(jsonPath("$.hits[0].match").value("NEAR")));
        long reviewId = result.get("reviewId").asLong();
        assertThat(jdbc.sql("select status from held_text where id = :id")
                        .param("id", reviewId)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
        assertThat(jdbc.sql("select text_encrypted from held_text where id = :id")
                        .param("id", reviewId)
                        .query(String.class)
                        .single())
                .doesNotContain("保险公司");
    }

    @Test
    void aPoliteReplyPasses() throws Exception {
        check(user(anlanZj, Role.AGENT), body("我不知道您是否方便，我们明天再联系。", "GENERAL"))
                .andExpect(jsonPath("$.blocked").value(false))
                .andExpect(jsonPath("$.review").value(false))
                .andExpect(jsonPath("$.hits").isEmpty());
    }

    @Test
    void aMissingTextIsAnsweredNamingText() throws Exception {
        check(user(anlanZj, Role.AGENT), "{\"stage\":\"GENERAL\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("text")));
        check(user(anlanZj, Role.AGENT), body("   ", "GENERAL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    @Test
    void aTooLongTextIsAnsweredNamingText() throws Exception {
        check(user(anlanZj, Role.AGENT), body("好".repeat(10_001), "GENERAL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        check(user(anlanZj, Role.AGENT), body("好".repeat(10_000), "GENERAL")).andExpect(status().isOk());
    }

    @Test
    void anUnknownOrMissingStageIsAnsweredNamingStage() throws Exception {
        check(user(anlanZj, Role.AGENT), body("您好", "CLAIMS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("COMPLAINT")));
        check(user(anlanZj, Role.AGENT), "{\"text\":\"您好\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        check(user(anlanZj, Role.AGENT), "{\"text\":7,\"stage\":[1]}").andExpect(status().isBadRequest());
        check(user(anlanZj, Role.AGENT), "{not json").andExpect(status().isBadRequest());
    }

    @Test
    void theCheckNeedsASignedInCaller() throws Exception {
        mvc.perform(post("/api/v1/forbidden-phrases/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("您好", "GENERAL")))
                .andExpect(status().isUnauthorized());
    }

    // --- hits per staff member, in scope ---

    @Test
    void hitsAreCountedPerStaffMemberAndSeenOnlyInTheirInsurersScope() throws Exception {
        User agent = user(anlanHz, Role.AGENT);
        User surveyor = user(anlanHz, Role.SURVEYOR);
        User rival = user(hengtaiZj, Role.AGENT);
        check(agent, body("不知道，不清楚", "REPORT"));
        check(agent, body("你会不会开车啊？你会不会开车啊！", "SURVEY"));
        check(agent, body("您好，请稍候。", "REPORT"));
        check(surveyor, body("保险公司又不是你们家开的", "SURVEY"));
        check(rival, body("不知道，不清楚", "GENERAL"));

        String anlan = mvc.perform(get("/api/v1/forbidden-phrases/hits")
                        .with(user(anlanZj, Role.QUALITY_INSPECTOR).signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode staff = json.readTree(anlan).get("staff");
        JsonNode agentRow = row(staff, agent.username());
        assertThat(agentRow.get("checks").asLong()).isEqualTo(3);
        assertThat(agentRow.get("hits").asLong()).isEqualTo(3);
        assertThat(agentRow.get("blocked").asLong()).isEqualTo(2);
        JsonNode surveyorRow = row(staff, surveyor.username());
        assertThat(surveyorRow.get("held").asLong()).isEqualTo(1);
        assertThat(anlan).doesNotContain(rival.username());

        mvc.perform(get("/api/v1/forbidden-phrases/hits")
                        .with(user(hengtaiZj, Role.MANAGER).signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(rival.username())))
                .andExpect(content().string(not(containsString(agent.username()))));
        mvc.perform(get("/api/v1/forbidden-phrases/hits")
                        .with(QualityUsers.admin().signedIn()))
                .andExpect(content().string(containsString(rival.username())))
                .andExpect(content().string(containsString(agent.username())));
    }

    @Test
    void aBranchSupervisorSeesNoStaffAboveTheirUnit() throws Exception {
        User provincial = user(anlanZj, Role.AGENT);
        check(provincial, body("不知道，不清楚", "GENERAL"));
        mvc.perform(get("/api/v1/forbidden-phrases/hits")
                        .with(user(anlanHz, Role.MANAGER).signedIn()))
                .andExpect(content().string(not(containsString(provincial.username()))));
    }

    @Test
    void hitsAreForSupervisorsOnly() throws Exception {
        mvc.perform(get("/api/v1/forbidden-phrases/hits")
                        .with(user(anlanZj, Role.AGENT).signedIn()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBackwardsPeriodIsAnsweredNamingFrom() throws Exception {
        mvc.perform(get("/api/v1/forbidden-phrases/hits?from=2026-03-02&to=2026-03-01")
                        .with(user(anlanZj, Role.MANAGER).signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/forbidden-phrases/hits?from=yesterday")
                        .with(user(anlanZj, Role.MANAGER).signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    private static JsonNode row(JsonNode staff, String username) {
        for (JsonNode row : staff) {
            if (row.get("username").asString().equals(username)) {
                return row;
            }
        }
        throw new AssertionError(username + " not in " + staff);
    }

    // --- the review queue ---

    private long held(User author) throws Exception {
        return read(check(author, body("我们也没有办法，你只能去找交警", "COMPLAINT")))
                .get("reviewId")
                .asLong();
    }

    private ResultActions decide(User reviewer, long id, String decision, String body) throws Exception {
        return mvc.perform(post("/api/v1/forbidden-phrases/reviews/" + id + "/" + decision)
                .with(reviewer.signedIn())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void aSupervisorOfTheWritersInsurerReleasesAHeldText() throws Exception {
        User author = user(anlanHz, Role.COMPLAINT_HANDLER);
        User inspector = user(anlanZj, Role.QUALITY_INSPECTOR);
        long id = held(author);
        mvc.perform(get("/api/v1/forbidden-phrases/reviews").with(inspector.signedIn()))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
        mvc.perform(get("/api/v1/forbidden-phrases/reviews/" + id).with(inspector.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("我们也没有办法，你只能去找交警"));
        long views = jdbc.sql(
                        "select count(*) from audit_entry where kind = 'PII_VIEW' and entity_type = 'held_text' and entity_id = :id")
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single();
        assertThat(views).isEqualTo(1);

        decide(inspector, id, "release", "{\"version\":0,\"note\":\"转述交警要求，属实\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RELEASED"));
        assertThat(events.stream(HeldTextReleased.class))
                .anyMatch(e -> e.reviewId() == id && e.authorAccountId() == author.accountId());
        decide(inspector, id, "reject", "{\"version\":1,\"note\":\"迟了\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void anotherInsurersHeldTextIsNotFound() throws Exception {
        long id = held(user(anlanHz, Role.COMPLAINT_HANDLER));
        User rival = user(hengtaiZj, Role.QUALITY_INSPECTOR);
        mvc.perform(get("/api/v1/forbidden-phrases/reviews/" + id).with(rival.signedIn()))
                .andExpect(status().isNotFound());
        decide(rival, id, "release", "{\"version\":0}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/forbidden-phrases/reviews").with(rival.signedIn()))
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) id))));
    }

    @Test
    void aRejectionNeedsAReasonAndTellsTheWritersModule() throws Exception {
        long id = held(user(anlanHz, Role.COMPLAINT_HANDLER));
        User manager = user(anlanHz, Role.MANAGER);
        decide(manager, id, "reject", "{\"version\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        decide(manager, id, "reject", "{\"version\":5,\"note\":\"请改用文明用语\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        decide(manager, id, "reject", "{\"version\":0,\"note\":\"请改用文明用语\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(events.stream(HeldTextRejected.class))
                .anyMatch(e -> e.reviewId() == id && e.note().equals("请改用文明用语"));
    }

    @Test
    void nobodyReleasesTheirOwnText() throws Exception {
        User inspector = user(anlanHz, Role.QUALITY_INSPECTOR);
        long id = held(inspector);
        decide(inspector, id, "release", "{\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("reviewer"));
    }

    @Test
    void staffWhoAreNotSupervisorsCannotReview() throws Exception {
        long id = held(user(anlanHz, Role.COMPLAINT_HANDLER));
        User agent = user(anlanHz, Role.AGENT);
        mvc.perform(get("/api/v1/forbidden-phrases/reviews").with(agent.signedIn()))
                .andExpect(status().isForbidden());
        decide(agent, id, "release", "{\"version\":0}").andExpect(status().isForbidden());
        decide(QualityUsers.admin(), id, "release", "{\"version\":0}").andExpect(status().isForbidden());
    }

    // --- the list ---

    private ResultActions add(User user, String body) throws Exception {
        return mvc.perform(post("/api/v1/forbidden-phrases")
                .with(user.signedIn())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void theAdministratorAddsAPhraseThatThenBlocksAndIsAudited() throws Exception {
        User inspector = QualityUsers.admin();
        JsonNode added =
                read(add(inspector, "{\"stage\":\"COMPLAINT\",\"phrase\":\"投诉也没用,我们说了算!\",\"core\":[\"我们说了算\"]}")
                        .andExpect(status().isCreated())
                        .andExpect(header().string("Location", containsString("/api/v1/forbidden-phrases/")))
                        .andExpect(jsonPath("$.seedKey").value(nullValue())));
        long id = added.get("id").asLong();
        check(user(anlanZj, Role.COMPLAINT_HANDLER), body("这事我們說了算。", "COMPLAINT"))
                .andExpect(jsonPath("$.blocked").value(true))
                .andExpect(jsonPath("$.hits[0].phrase").value("投诉也没用,我们说了算!"));
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where entity_type = 'forbidden_phrase' and entity_id = :id and action = 'CREATE'")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        add(inspector, "{\"stage\":\"COMPLAINT\",\"phrase\":\"投诉也没用，我们说了算\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("phrase"));
    }

    @Test
    void rolesThatDoNotKeepTheListMayNotChangeIt() throws Exception {
        for (Role role : new Role[] {Role.AGENT, Role.MANAGER, Role.COMPLAINT_HANDLER, Role.QUALITY_INSPECTOR}) {
            add(user(anlanZj, role), "{\"stage\":\"GENERAL\",\"phrase\":\"这不归我们管\"}")
                    .andExpect(status().isForbidden());
        }
        long seed = seedPhraseId("GENERAL-01");
        mvc.perform(post("/api/v1/forbidden-phrases/" + seed + "/disable")
                        .with(user(anlanZj, Role.MANAGER).signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forbidden-phrases?stage=GENERAL")
                        .with(user(anlanZj, Role.AGENT).signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].phrase").value(hasItem("不知道,不清楚。")));
    }

    @Test
    void aNewPhraseIsReadBeforeItIsStored() throws Exception {
        User admin = QualityUsers.admin();
        add(admin, "{\"stage\":\"NOWHERE\",\"phrase\":\"这不归我们管\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        add(admin, "{\"stage\":\"GENERAL\",\"phrase\":\"滚\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phrase"));
        add(admin, "{\"stage\":\"GENERAL\",\"phrase\":\"这不归我们管,你去找别人\",\"core\":[\"归我们\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("core"));
        add(admin, "{\"stage\":\"GENERAL\",\"phrase\":\"" + "好".repeat(201) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phrase"));
    }

    @Test
    void aDisabledSeedPhraseStaysOnRecordAndChecksNothing() throws Exception {
        User admin = QualityUsers.admin();
        long id = seedPhraseId("DOCUMENTS-10");
        int version = jdbc.sql("select version from forbidden_phrase where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        mvc.perform(post("/api/v1/forbidden-phrases/" + id + "/disable")
                        .with(admin.signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        try {
            check(user(anlanZj, Role.CLAIMS_HANDLER), body("不写清楚怎么赔给你啊！", "DOCUMENTS"))
                    .andExpect(jsonPath("$.blocked").value(false));
            mvc.perform(get("/api/v1/forbidden-phrases/" + id).with(admin.signedIn()))
                    .andExpect(jsonPath("$.seedKey").value("DOCUMENTS-10"))
                    .andExpect(jsonPath("$.phrase").value("不写清楚怎么赔给你啊!"));
            mvc.perform(post("/api/v1/forbidden-phrases/" + id + "/disable")
                            .with(admin.signedIn())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\":" + version + "}"))
                    .andExpect(status().isConflict());
        } finally {
            mvc.perform(post("/api/v1/forbidden-phrases/" + id + "/enable")
                            .with(admin.signedIn())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\":" + (version + 1) + "}"))
                    .andExpect(status().isOk());
        }
        check(user(anlanZj, Role.CLAIMS_HANDLER), body("不写清楚怎么赔给你啊！", "DOCUMENTS"))
                .andExpect(jsonPath("$.blocked").value(true));
    }

    @Test
    void aSeedPhraseKeepsTheSeedsWords() throws Exception {
        long id = seedPhraseId("GENERAL-02");
        mvc.perform(put("/api/v1/forbidden-phrases/" + id)
                        .with(QualityUsers.admin().signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phrase\":\"没到上班时间\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phrase"));
    }

    private long seedPhraseId(String key) {
        return jdbc.sql("select id from forbidden_phrase where seed_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    @Test
    void theSeedListIsLoadedAtStartUp() {
        assertThat(jdbc.sql("select count(*) from forbidden_phrase where seed_key is not null")
                        .query(Long.class)
                        .single())
                .isEqualTo(98);
    }

    // --- pages ---

    @Test
    void everyMemberOfStaffReadsTheListAndTriesATextWithoutItCounting() throws Exception {
        User agent = user(anlanZj, Role.AGENT);
        mvc.perform(get("/quality/phrases").with(agent.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不知道,不清楚。")))
                .andExpect(content().string(not(containsString("/disable"))));
        mvc.perform(post("/quality/try")
                        .with(agent.signedIn())
                        .with(csrf())
                        .param("text", "條款上不是寫著嗎？自己看！")
                        .param("stage", "GENERAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark class=\"exact\">條款上不是寫著嗎</mark>")));
        assertThat(jdbc.sql("select count(*) from phrase_check where account_id = :id")
                        .param("id", agent.accountId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theAdministratorAddsAPhraseOnThePage() throws Exception {
        User inspector = QualityUsers.admin();
        mvc.perform(post("/quality/phrases")
                        .with(inspector.signedIn())
                        .with(csrf())
                        .param("stage", "INTERNAL")
                        .param("phrase", "这不是我的事,别来找我。")
                        .param("core", "别来找我"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/quality/phrases?stage=INTERNAL"));
        mvc.perform(post("/quality/phrases")
                        .with(inspector.signedIn())
                        .with(csrf())
                        .param("stage", "INTERNAL")
                        .param("phrase", "这不是我的事,别来找我。"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
        mvc.perform(post("/quality/phrases")
                        .with(user(anlanZj, Role.AGENT).signedIn())
                        .with(csrf())
                        .param("stage", "INTERNAL")
                        .param("phrase", "都是你的错"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReviewAndHitPagesAreForSupervisorsOfTheirScope() throws Exception {
        User author = user(anlanHz, Role.COMPLAINT_HANDLER);
        long id = held(author);
        User inspector = user(anlanZj, Role.QUALITY_INSPECTOR);
        mvc.perform(get("/quality/reviews").with(inspector.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/quality/reviews/" + id)));
        mvc.perform(get("/quality/reviews/" + id).with(inspector.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark class=\"near\">")));
        mvc.perform(get("/quality/reviews/" + id)
                        .with(user(hengtaiZj, Role.QUALITY_INSPECTOR).signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/quality/reviews/" + id + "/release")
                        .with(inspector.signedIn())
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrl("/quality/reviews"));
        mvc.perform(get("/quality/hits").with(inspector.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(author.username())));
        mvc.perform(get("/quality/hits").with(user(hengtaiZj, Role.MANAGER).signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(author.username()))));
        mvc.perform(get("/quality/reviews").with(user(anlanZj, Role.AGENT).signedIn()))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        mvc.perform(get("/quality/phrases?lang=en").with(QualityUsers.admin().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Forbidden service phrases")))
                .andExpect(content().string(containsString("Add a phrase")));
    }
}
