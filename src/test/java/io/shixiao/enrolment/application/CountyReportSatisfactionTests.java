package io.shixiao.enrolment.application;

import static io.shixiao.servicelevel.clock.domain.ClockDomainFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.enrolment.domain.SchemeRules;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.shared.security.ScopedUser;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The county report's satisfaction is the callback module's: the bid's survey (SEED-004) answered in the
 * period by the customers of the unit running the scheme, per question, as that module counts them;
 * another insurer's answers and another month's stay out.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
class CountyReportSatisfactionTests {

    @Autowired
    Schemes schemes;

    @Autowired
    CountyReports reports;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReportShowsTheCallbackModulesRatesForTheSchemesUnitAndPeriod() {
        clock.set(at("2018-09-01T09:00:00"));
        OrgUnitView huzhu = organization.unitByCode("ANLAN-QH-HZ").orElseThrow();
        Scheme scheme = schemes.create(TestSchemes.huzhu(2018, huzhu.id(), SchemeRules.huzhuBid()), "admin");
        OrgUnitView hengtai = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        answered(huzhu, "HZC-SAT-1", "2018-10-08T10:00:00", "ATTITUDE", "SATISFIED", "SPEED", "DISSATISFIED");
        answered(huzhu, "HZC-SAT-2", "2018-10-20T10:00:00", "ATTITUDE", "SATISFIED", "SPEED", "SATISFIED");
        answered(huzhu, "HZC-SAT-3", "2018-10-31T15:00:00", "ATTITUDE", "FAIRLY_SATISFIED", "SPEED", "SATISFIED");
        answered(huzhu, "HZC-SAT-4", "2018-11-01T10:00:00", "ATTITUDE", "DISSATISFIED", "SPEED", "DISSATISFIED");
        answered(hengtai, "HZC-SAT-5", "2018-10-09T10:00:00", "ATTITUDE", "DISSATISFIED", "SPEED", "DISSATISFIED");

        ScopedUser county = (ScopedUser) users.loadUserByUsername("huzhu.county");
        ReportTable table =
                reports.tables(scheme.id(), CountyReports.Period.parse("2018-10", clock), county.dataScope()).stream()
                        .filter(t -> t.title().equals("客户满意度"))
                        .findFirst()
                        .orElseThrow();
        assertThat(table.headers()).containsExactly("调查问题", "回答数", "满意", "满意率");
        assertThat(table.rows())
                .containsExactly(
                        List.of("您对我们的服务态度是否满意?", 3L, 2L, "66.7%"), List.of("您对理赔（投诉处理）的速度是否满意?", 3L, 2L, "66.7%"));
        assertThat(table.note()).contains("SEED-004");

        ReportTable empty =
                reports.tables(scheme.id(), CountyReports.Period.parse("2018-09", clock), county.dataScope()).stream()
                        .filter(t -> t.title().equals("客户满意度"))
                        .findFirst()
                        .orElseThrow();
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.note()).startsWith("本期尚无回访结果");
    }

    /** A completed callback of the bid's survey, as the callback module stores it. */
    private void answered(OrgUnitView unit, String caseNumber, String when, String... answers) {
        Timestamp at = Timestamp.from(at(when));
        long task = jdbc.sql("""
                insert into callback_task (insurer_id, org_unit_id, org_path, source, case_number, reason,
                  questionnaire_code, status, max_attempts, created_at, completed_at, completed_by)
                values (:insurer, :unit, :path, 'CLAIM_PAYMENT', :case, 'SAMPLED', 'SEED-004', 'COMPLETED', 3, :at, :at,
                  'anlan.huzhu.callback-agent') returning id""")
                .param("insurer", unit.insurerId())
                .param("unit", unit.id())
                .param("path", unit.path())
                .param("case", caseNumber)
                .param("at", at)
                .query(Long.class)
                .single();
        for (int i = 0; i < answers.length; i += 2) {
            jdbc.sql("""
                    insert into callback_answer (task_id, questionnaire_code, question_code, scale_code, option_code,
                      rates_service, satisfied, answered_at)
                    values (:task, 'SEED-004', :question, 'SAT3-004', :option, true, :satisfied, :at)""")
                    .param("task", task)
                    .param("question", answers[i])
                    .param("option", answers[i + 1])
                    .param("satisfied", answers[i + 1].equals("SATISFIED"))
                    .param("at", at)
                    .update();
        }
    }
}
