package io.shixiao.enrolment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.enrolment.application.HouseholdView;
import io.shixiao.enrolment.application.Households;
import io.shixiao.enrolment.application.Scheme;
import io.shixiao.enrolment.application.Schemes;
import io.shixiao.shared.document.PdfText;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 保险凭证 (R16): the enrolled household's voucher as PDF from the API and the page, its Chinese text read back —
 * the policy, the masked ID and never the full one, the sum insured and what the farmer paid; another branch
 * 404, the county authority 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HouseholdVoucherTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Schemes schemes;

    @Autowired
    Households households;

    @Autowired
    Clock clock;

    @Test
    void anEnrolledHouseholdsVoucherSaysWhatItIsInsuredForWithTheIdMasked() throws Exception {
        Scheme scheme = schemes.find(
                        "630223",
                        LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).getYear())
                .orElseThrow();
        UserDetails clerk = users.loadUserByUsername("anlan.huzhu.agent");
        HouseholdView household = households.ofVillage(scheme.id(), "630223100203", (ScopedUser) clerk, 500).stream()
                .filter(h -> h.status().equals("ENROLLED"))
                .findFirst()
                .orElseThrow();
        Map<String, String> full = households.reveal(household.id(), (ScopedUser) clerk);

        byte[] pdf = mvc.perform(get("/api/v1/rural-housing/households/" + household.id() + "/voucher.pdf")
                        .with(user(clerk)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = PdfText.withoutWhitespace(pdf);
        assertThat(text)
                .contains("政策性农村住房保险凭证")
                .contains("保单号：" + household.policyNo())
                .contains(household.headIdMasked())
                .contains(household.registerNo())
                .contains("大寺村村委会")
                .contains("保险金额（元）"
                        + java.math.BigDecimal.valueOf(household.sumInsured(), 2)
                                .toPlainString())
                .contains(household.farmerPaid() ? "已缴纳" : "尚未缴纳")
                .contains("请妥善保存")
                .doesNotContain(full.get("headId"));

        mvc.perform(get("/rural/households/" + household.id() + "/voucher.pdf").with(user(clerk)))
                .andExpect(status().isOk())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf"));
        mvc.perform(get("/api/v1/rural-housing/households/" + household.id() + "/voucher.pdf")
                        .with(user(users.loadUserByUsername("anlan.agent"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/rural-housing/households/" + household.id() + "/voucher.pdf")
                        .with(user(users.loadUserByUsername("huzhu.county"))))
                .andExpect(status().isForbidden());
    }
}
