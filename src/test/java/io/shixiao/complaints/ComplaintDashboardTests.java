package io.shixiao.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.complaints.ContactUsers.User;
import io.shixiao.complaints.application.ComplaintHandling;
import io.shixiao.complaints.application.ComplaintHandling.DecisionInput;
import io.shixiao.complaints.application.ComplaintIntake;
import io.shixiao.complaints.application.ComplaintStatistics;
import io.shixiao.complaints.application.ComplaintStatistics.ClockStanding;
import io.shixiao.complaints.application.StepTime;
import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.complaints.domain.Pause;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.clock.BreachSweep;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.servicelevel.clock.WarningSweep;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The complaints dashboard and the remedy after a breach on PostgreSQL, with the engine's real clocks and
 * sweeps. A branch made for the test (no other test works there) holds known policies and complaints, so the
 * figures are exact: open complaints by the state of their governing clock, complaints per 10,000 policies in
 * force; another insurer sees none of it. Two insurers agree different remedies (服务质量协议 5.3), and a
 * breached clock of each proposes its own insurer's.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
class ComplaintDashboardTests {

    @Autowired
    ComplaintHandling complaints;

    @Autowired
    ComplaintStatistics statistics;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WarningSweep warnings;

    @Autowired
    BreachSweep breaches;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private static Instant at(String shanghai) {
        return LocalDateTime.parse(shanghai).atZone(ShanghaiTime.ZONE).toInstant();
    }

    /** A branch of 安澜 outside 浙江 (so only CPL-18 and the agreement's clocks run), made for this test alone. */
    private OrgUnitView newBranch() {
        OrgUnitView head = organization.unitByCode("ANLAN-HQ").orElseThrow();
        long id =
                jdbc.sql("select nextval('org_unit_id_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into org_unit (id, insurer_id, parent_id, level, code, name, division_code, path)
                        values (:id, :insurer, :parent, 'BRANCH', :code, :name, '620000', :path)""")
                .param("id", id)
                .param("insurer", head.insurerId())
                .param("parent", head.id())
                .param("code", "ANLAN-T" + id)
                .param("name", "看板测试分公司" + id)
                .param("path", head.path() + id + "/")
                .update();
        return organization.unit(id).orElseThrow();
    }

    private void policy(OrgUnitView unit, String number, String start, String end, String surrendered) {
        jdbc.sql("""
                        insert into policy (insurer_id, issuing_unit_id, policy_no, product_line, status, period_start,
                          period_end, terminated_at, premium, holder_name_cipher, holder_name_masked, holder_id_cipher,
                          holder_id_hash, holder_id_masked, insured_name_cipher, insured_name_masked, insured_id_cipher,
                          insured_id_hash, insured_id_masked, address, issued_at, issued_by)
                        values (:insurer, :unit, :no, 'PROPERTY', :status, :start, :end, :terminated, 100, 'x', '王*', 'x',
                          'h', '1****1', 'x', '王*', 'x', 'h', '1****1', '兰州', :start, 'test')""")
                .param("insurer", unit.insurerId())
                .param("unit", unit.id())
                .param("no", number + unit.id())
                .param("status", surrendered == null ? "IN_FORCE" : "SURRENDERED")
                .param("start", Timestamp.from(at(start)))
                .param("end", Timestamp.from(at(end)))
                .param("terminated", surrendered == null ? null : Timestamp.from(at(surrendered)))
                .update();
    }

    private String register(OrgUnitView unit, User user, String when) {
        clock.set(at(when));
        return complaints
                .register(
                        new ComplaintIntake(
                                ContactChannel.HOTLINE,
                                ComplaintCategory.SERVICE_ATTITUDE,
                                ProductLine.PROPERTY,
                                "查勘员态度生硬",
                                "道歉",
                                List.of(new ComplaintIntake.Person("赵一", null)),
                                null,
                                null,
                                unit.id(),
                                null,
                                false,
                                null,
                                null),
                        user)
                .record()
                .complaint()
                .number();
    }

    private StepTime now() {
        return new StepTime(clock.instant(), null);
    }

    private JsonNode terms(User manager, String body) throws Exception {
        String text = mvc.perform(put("/api/v1/remedy-terms/COMPLAINT")
                        .with(manager.signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(text);
    }

    private int versionOfComplaintTerms(User manager) throws Exception {
        String text = mvc.perform(get("/api/v1/remedy-terms").with(manager.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (JsonNode term : json.readTree(text)) {
            if (term.get("caseType").asString().equals("COMPLAINT")) {
                return term.get("version").asInt();
            }
        }
        throw new AssertionError("no COMPLAINT terms in " + text);
    }

    private record Proposed(String kind, BigDecimal amount, String description) {}

    private List<Proposed> breachRemedies(String number) {
        return jdbc.sql(
                        "select kind, amount, description from remedy where case_number = :n and trigger = 'CLOCK_BREACHED'")
                .param("n", number)
                .query((rs, n) ->
                        new Proposed(rs.getString("kind"), rs.getBigDecimal("amount"), rs.getString("description")))
                .list();
    }

    @Test
    void theDashboardCountsOpenComplaintsByClockStatePerTenThousandPoliciesAndEachInsurerProposesItsOwnRemedy()
            throws Exception {
        OrgUnitView branch = newBranch();
        User handler = ContactUsers.at(branch, Role.COMPLAINT_HANDLER);
        OrgUnitView hengtaiZj = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        User hengtaiHandler = ContactUsers.at(hengtaiZj, Role.COMPLAINT_HANDLER);

        // 服务质量协议 5.3 as each insurer agreed it: 安澜 a gift worth 200 yuan, 恒泰 free re-processing.
        clock.set(at("2026-05-30T09:00"));
        User anlanManager = ContactUsers.at(organization.unitByCode("ANLAN-ZJ").orElseThrow(), Role.MANAGER);
        User hengtaiManager = ContactUsers.at(hengtaiZj, Role.MANAGER);
        JsonNode anlanTerms = terms(anlanManager, """
                {"kind":"COMPENSATION","amount":"200.00","description":"致歉信并赠送价值200元的小礼品","version":%d}""".formatted(versionOfComplaintTerms(anlanManager)));
        assertThat(anlanTerms.get("agreed").asBoolean()).isTrue();
        terms(hengtaiManager, """
                {"kind":"FREE_REPROCESSING","description":"免费为客户补办相关手续","version":%d}""".formatted(versionOfComplaintTerms(hengtaiManager)));
        // An amount only for a compensation; only a manager agrees terms.
        mvc.perform(
                        put("/api/v1/remedy-terms/COMPLAINT")
                                .with(hengtaiManager.signedIn())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"kind\":\"PRIORITY_HANDLING\",\"amount\":\"50\",\"description\":\"优先处理\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"field\":\"amount\"")));
        mvc.perform(put("/api/v1/remedy-terms/COMPLAINT")
                        .with(hengtaiHandler.signedIn())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PRIORITY_HANDLING\",\"description\":\"优先处理\",\"version\":0}"))
                .andExpect(status().isForbidden());

        // Policies of the branch: four in force at the end of 6 July, and three that are not.
        policy(branch, "T-IN-1-", "2026-01-01T00:00", "2027-01-01T00:00", null);
        policy(branch, "T-IN-2-", "2026-03-15T00:00", "2027-03-15T00:00", null);
        policy(branch, "T-IN-3-", "2025-07-07T00:00", "2026-07-07T00:00", null);
        policy(branch, "T-IN-4-", "2026-07-06T00:00", "2027-07-06T00:00", null);
        policy(branch, "T-OUT-EXPIRED-", "2025-06-30T00:00", "2026-06-30T00:00", null);
        policy(branch, "T-OUT-SURRENDERED-", "2026-01-01T00:00", "2027-01-01T00:00", "2026-07-01T00:00");
        policy(branch, "T-OUT-LATER-", "2026-07-07T00:00", "2027-07-07T00:00", null);

        // Complaints, each to end in one clock state on 6 July at noon.
        String before = register(branch, handler, "2026-05-20T10:00"); // before the period, withdrawn
        complaints.withdraw(before, "客户撤回", now(), handler);
        String breached = register(branch, handler, "2026-06-01T10:00"); // CPL-18 ended 16 June 24:00
        String hengtaiBreached = register(hengtaiZj, hengtaiHandler, "2026-06-01T10:00");
        register(branch, handler, "2026-06-22T10:00"); // CPL-18 ends 7 July 24:00: past 80 %
        String paused = register(branch, handler, "2026-07-06T09:00");
        complaints.acknowledge(paused, "您好，已收到您的投诉，我们正在核实。", now(), handler);
        complaints.assign(paused, null, null, "李投诉", handler);
        complaints.pause(paused, Pause.MEDIATION, "双方同意调解", false, now(), handler);
        String decided = register(branch, handler, "2026-07-06T09:30");
        complaints.acknowledge(decided, "您好，已收到您的投诉，我们正在核实。", now(), handler);
        complaints.assign(decided, null, null, "李投诉", handler);
        complaints.decide(decided, new DecisionInput(false, "核实了查勘记录", "服务规范", "查勘员用语规范", null), now(), handler);
        register(branch, handler, "2026-07-06T10:00"); // on time

        clock.set(at("2026-07-06T12:00"));
        warnings.sweep();
        breaches.sweep();

        Map<ClockStanding, Long> standings = statistics.openByClockStanding(handler.dataScope());
        assertThat(standings)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        ClockStanding.ON_TIME, 1L,
                        ClockStanding.WARNING, 1L,
                        ClockStanding.BREACHED, 1L,
                        ClockStanding.PAUSED, 1L,
                        ClockStanding.NO_CLOCK, 1L));

        // Received 1 June – 6 July: breached, warned, paused, decided, on time = 5 (the withdrawn one came in May);
        // 5 ÷ 4 policies × 10,000 = 12,500.
        List<ComplaintStatistics.BranchRate> rates = statistics.perTenThousandPolicies(
                handler.dataScope(), LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-06"));
        assertThat(rates)
                .containsExactly(new ComplaintStatistics.BranchRate(branch.id(), branch.name(), 5, 4, 12_500.0));

        mvc.perform(get("/api/v1/complaints/dashboard?from=2026-06-01&to=2026-07-06")
                        .with(handler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openByClockState.ON_TIME").value(1))
                .andExpect(jsonPath("$.openByClockState.WARNING").value(1))
                .andExpect(jsonPath("$.openByClockState.BREACHED").value(1))
                .andExpect(jsonPath("$.openByClockState.PAUSED").value(1))
                .andExpect(jsonPath("$.openByClockState.NO_CLOCK").value(1))
                .andExpect(jsonPath("$.perTenThousandPolicies[0].complaints").value(5))
                .andExpect(
                        jsonPath("$.perTenThousandPolicies[0].policiesInForce").value(4))
                .andExpect(
                        jsonPath("$.perTenThousandPolicies[0].perTenThousand").value(12500.0))
                .andExpect(jsonPath("$.satisfaction").isArray());
        // Another insurer sees neither the branch nor its complaints.
        mvc.perform(get("/api/v1/complaints/dashboard?from=2026-06-01&to=2026-07-06")
                        .with(hengtaiHandler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.perTenThousandPolicies[*].unitId", not(hasItem((int) branch.id()))));
        assertThat(statistics.perTenThousandPolicies(
                        hengtaiHandler.dataScope(), LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-06")))
                .noneMatch(r -> r.unitId() == branch.id());
        // Bad input names the field.
        mvc.perform(get("/api/v1/complaints/dashboard?from=2026-07-06&to=2026-06-01")
                        .with(handler.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"field\":\"from\"")));
        mvc.perform(get("/api/v1/complaints/dashboard?questionnaire=NOPE").with(handler.signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("\"field\":\"questionnaire\"")));
        mvc.perform(get("/complaint-dashboard?from=2026-06-01&to=2026-07-06").with(handler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"clock-chart\"")))
                .andExpect(content().string(containsString(branch.name())));
        mvc.perform(get("/complaint-dashboard?from=2026-06-01&to=2026-07-06&lang=en")
                        .with(handler.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open complaints by clock state")))
                .andExpect(content().string(containsString("Breached")))
                .andExpect(content().string(containsString("Complaints per 10,000 policies in force, by branch")));

        // Each breached clock proposes its own insurer's remedy (the listener runs after the sweep's commit).
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(breachRemedies(breached)).isNotEmpty();
            assertThat(breachRemedies(hengtaiBreached)).isNotEmpty();
        });
        assertThat(breachRemedies(breached)).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo("COMPENSATION");
            assertThat(r.amount()).isEqualByComparingTo("200.00");
            assertThat(r.description()).startsWith("超过时限（").endsWith("：致歉信并赠送价值200元的小礼品");
        });
        assertThat(breachRemedies(hengtaiBreached)).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo("FREE_REPROCESSING");
            assertThat(r.amount()).isNull();
            assertThat(r.description()).endsWith("免费为客户补办相关手续");
        });
        assertThat(breachRemedies(breached).stream().map(Proposed::description)).anyMatch(d -> d.contains("CPL-18"));
    }
}
