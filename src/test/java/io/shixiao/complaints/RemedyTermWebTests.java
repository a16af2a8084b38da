package io.shixiao.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.complaints.ContactUsers.User;
import io.shixiao.complaints.application.RemedyTerms;
import io.shixiao.complaints.domain.RemedyKind;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The remedy terms page (服务质量协议 5.3): a manager sees and edits only the own insurer's terms per case
 * type, with the API's checks — an amount only for a compensation, forbidden phrases, the version read — each
 * shown at its field and nothing written; other staff get 403; the menu names it next to 补救 in both languages.
 * The terms it changes are put back, since the database is shared with the other tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RemedyTermWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RemedyTerms terms;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    JdbcClient jdbc;

    private User manager(String unitCode) {
        return ContactUsers.at(organization.unitByCode(unitCode).orElseThrow(), Role.MANAGER);
    }

    private RemedyTerms.Term complaintTerms(User user) {
        return terms.of(user.dataScope().insurerId()).stream()
                .filter(t -> t.caseType().equals("COMPLAINT"))
                .findFirst()
                .orElseThrow();
    }

    private ResultActions submit(User user, String kind, String amount, String description, int version)
            throws Exception {
        return mvc.perform(post("/remedy-terms/COMPLAINT")
                .with(user.signedIn())
                .with(csrf())
                .param("kind", kind)
                .param("amount", amount)
                .param("description", description)
                .param("version", String.valueOf(version)));
    }

    @Test
    void aManagerEditsTheInsurersOwnTermsWithEachProblemAtItsFieldAndAnotherInsurerSeesOnlyItsOwn() throws Exception {
        User anlan = manager("ANLAN-ZJ");
        User hengtai = manager("HENGTAI-ZJ");
        RemedyTerms.Term anlanBefore = complaintTerms(anlan);
        RemedyTerms.Term hengtaiBefore = complaintTerms(hengtai);
        try {
            String hengtaiText = "恒泰约定：免费为客户补办相关手续-" + System.nanoTime() % 100_000;
            terms.set(hengtai, "COMPLAINT", RemedyKind.FREE_REPROCESSING, null, hengtaiText, hengtaiBefore.version());

            mvc.perform(get("/remedy-terms").with(anlan.signedIn()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("超时补救约定")))
                    .andExpect(content().string(containsString("/remedy-terms/COMPLAINT")))
                    .andExpect(content().string(containsString("/remedy-terms/CLAIM")))
                    .andExpect(content().string(containsString("补救约定")))
                    .andExpect(content().string(not(containsString(hengtaiText))));
            mvc.perform(get("/remedy-terms").with(hengtai.signedIn()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(hengtaiText)))
                    .andExpect(content().string(containsString("免费补办")));

            int version = complaintTerms(anlan).version();
            // An amount only for a compensation: shown at the amount, the form kept, nothing written.
            submit(anlan, "PRIORITY_HANDLING", "50", "优先为客户处理", version)
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString(
                                    "<span class=\"field-error\">only a compensation carries an amount</span>")))
                    .andExpect(content().string(containsString("value=\"50\"")));
            // The description is what the customer is offered: a forbidden phrase is refused at it.
            submit(anlan, "EXPLANATION_AND_APOLOGY", "", "这个问题我不 知 道，不清楚。", version)
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<span class=\"field-error\">服务禁语：")));
            // Required fields are named one by one.
            submit(anlan, "", "", "", version)
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString(
                                    "<span class=\"field-error\">required: a remedy of 服务质量协议 5.3</span>")))
                    .andExpect(content()
                            .string(containsString(
                                    "<span class=\"field-error\">required: what the customer is offered</span>")));
            // Someone else saved since this version was read.
            submit(anlan, "PRIORITY_HANDLING", "", "优先为客户处理", version + 7)
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString(
                                    "<span class=\"field-error\">the terms changed since version " + (version + 7))));
            assertThat(complaintTerms(anlan)).isEqualTo(anlanBefore);

            submit(anlan, "COMPENSATION", "200.00", "致歉信并赠送价值200元的小礼品", version)
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/remedy-terms"));
            RemedyTerms.Term saved = complaintTerms(anlan);
            assertThat(saved.kind()).isEqualTo(RemedyKind.COMPENSATION);
            assertThat(saved.amount()).isEqualByComparingTo("200.00");
            assertThat(saved.updatedBy()).isEqualTo(anlan.username());
            assertThat(saved.version()).isEqualTo(version + 1);
            mvc.perform(get("/remedy-terms").with(anlan.signedIn()))
                    .andExpect(content().string(containsString("致歉信并赠送价值200元的小礼品")))
                    .andExpect(content().string(containsString("200.00")));
            mvc.perform(get("/remedy-terms").with(hengtai.signedIn()))
                    .andExpect(content().string(not(containsString("致歉信并赠送价值200元的小礼品"))));
            // Another insurer's manager writes only its own insurer's terms, whatever the form says.
            assertThat(complaintTerms(hengtai).description()).isEqualTo(hengtaiText);

            mvc.perform(get("/remedy-terms").param("lang", "en").with(anlan.signedIn()))
                    .andExpect(content().string(containsString("Remedies after a breached clock")))
                    .andExpect(content().string(containsString("Remedy terms")))
                    .andExpect(content().string(containsString("Compensation (yuan)")));
            mvc.perform(get("/remedy-terms")
                            .with(ContactUsers.at(
                                            organization.unitByCode("ANLAN-ZJ").orElseThrow(), Role.COMPLAINT_HANDLER)
                                    .signedIn()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/remedy-terms/NOT_A_TYPE").with(anlan.signedIn()).with(csrf()))
                    .andExpect(status().isNotFound());
        } finally {
            restore(anlan, anlanBefore);
            restore(hengtai, hengtaiBefore);
        }
    }

    /** Puts an insurer's terms back as they were read: re-set, or removed where none had been agreed. */
    private void restore(User manager, RemedyTerms.Term before) {
        RemedyTerms.Term now = complaintTerms(manager);
        if (before.agreed()) {
            terms.set(
                    manager,
                    "COMPLAINT",
                    before.kind(),
                    before.amount() == null ? null : before.amount().toPlainString(),
                    before.description(),
                    now.version());
        } else {
            jdbc.sql("delete from remedy_term where insurer_id = :i and case_type = 'COMPLAINT'")
                    .param("i", manager.dataScope().insurerId())
                    .update();
        }
    }
}
