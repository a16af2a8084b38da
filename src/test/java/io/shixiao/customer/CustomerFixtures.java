package io.shixiao.customer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.feedback.application.CallbackTasks;
import io.shixiao.policies.PolicyFixtures;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One 安澜 customer with a record of every kind, made through the modules' public APIs as the demo users: a
 * motor policy issued by the manager, a claim, a consultation and a complaint taken by the agent from the
 * customer's mobile, and the callback a closed complaint gets (through the feedback module's entry point its
 * event listener calls).
 */
public final class CustomerFixtures {

    private static final Pattern NUMBER = Pattern.compile("\"(?:number|claimNo)\":\"([^\"]+)\"");

    /** What the customer is known by and what they have. */
    public record Customer(
            String idNumber,
            String mobile,
            String policyNo,
            String claimNo,
            String consultationNo,
            String complaintNo,
            long callbackId) {}

    private CustomerFixtures() {}

    public static Customer aCustomerWithEveryKindOfRecord(
            MockMvc mvc, JdbcClient jdbc, CallbackTasks callbacks, Clock clock) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String serial = String.format("%07d", random.nextInt(10_000_000));
        String idNumber =
                PolicyFixtures.idWithCheck("330106" + (1960 + random.nextInt(40)) + "0315" + serial.substring(4));
        String mobile = "139" + String.format("%08d", random.nextInt(100_000_000));
        String policyNo = "CUST" + serial;
        LocalDate firstDay = LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).minusDays(60);
        posted(mvc, "anlan.manager", "/api/v1/policies", """
                {"policyNo":"%s","productLine":"MOTOR","issuingUnitCode":"ANLAN-ZJ-HZ-XH","firstDay":"%s","lastDay":"%s",
                 "premium":3650.00,"insuredName":"赵小六","insuredIdNumber":"%s","insuredMobile":"%s",
                 "plate":"浙A%s","vin":"%s","ctpl":true,"thirdPartySumInsured":1000000,
                 "vehicleDamageSumInsured":150000,"vehicleDamageDeductible":500,"deliveryRequired":true}
                """.formatted(
                        policyNo,
                        firstDay,
                        firstDay.plusYears(1).minusDays(1),
                        idNumber,
                        mobile,
                        serial.substring(2),
                        PolicyFixtures.vinWithCheck("LSVAU2180N" + serial)));
        Instant lossAt = clock.instant().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String claimNo = number(posted(mvc, "anlan.agent", "/api/v1/claims", """
                {"policyNo":"%s","kind":"MOTOR_OWN_DAMAGE","lossAt":"%s","lossDivision":"330106",
                 "lossAddress":"杭州市西湖区文三路","cause":"追尾","injuries":false,"thirdPartyProperty":false,
                 "estimate":3000,"reporterName":"赵小六","reporterMobile":"%s"}
                """.formatted(policyNo, lossAt, mobile)));
        String consultationNo = number(posted(mvc, "anlan.agent", "/api/v1/consultations", """
                {"channel":"HOTLINE","category":"CLAIM_SPEED","customerName":"赵小六","customerMobile":"%s",
                 "question":"车损理赔需要哪些材料？","claimInquiry":true}
                """.formatted(mobile)));
        String complaintNo =
                number(posted(mvc, "anlan.agent", "/api/v1/complaints", """
                {"channel":"HOTLINE","category":"CLAIM_SPEED","productLine":"MOTOR","content":"查勘员迟迟未到",
                 "customerRequest":"尽快查勘","complainants":[{"name":"赵小六","mobile":"%s"}],
                 "policyNumber":"%s","claimNumber":"%s","disasterRelated":false}
                """.formatted(mobile, policyNo, claimNo)));
        long[] unit = jdbc.sql("select insurer_id, org_unit_id from complaint where number = ?")
                .param(complaintNo)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        String path = jdbc.sql("select org_path from complaint where number = ?")
                .param(complaintNo)
                .query(String.class)
                .single();
        long callbackId = callbacks
                .afterComplaintClosed(complaintNo, unit[0], unit[1], path, null, null, "李投诉")
                .orElseThrow();
        return new Customer(idNumber, mobile, policyNo, claimNo, consultationNo, complaintNo, callbackId);
    }

    private static String posted(MockMvc mvc, String user, String path, String body) throws Exception {
        return mvc.perform(post(path)
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String number(String json) {
        Matcher m = NUMBER.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No number in " + json);
        }
        return m.group(1);
    }
}
