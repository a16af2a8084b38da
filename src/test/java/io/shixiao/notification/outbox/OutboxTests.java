package io.shixiao.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.notification.delivery.OutgoingSms;
import io.shixiao.notification.delivery.SendFailedException;
import io.shixiao.notification.delivery.SmsSender;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.servicelevel.clock.TestUser;
import io.shixiao.shared.message.CustomerMessageRequested;
import io.shixiao.shared.pii.PiiCipher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer messages: written to the outbox in the requester's transaction (and gone with its rollback),
 * rendered from the template, sent by the dispatcher, a failing gateway retried with a growing wait and
 * given up after the last attempt; the delivery log shows an insurer only its own messages.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@AutoConfigureMockMvc
@Import(ClockTestConfiguration.class)
class OutboxTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    PiiCipher cipher;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationDirectory organization;

    OrgUnitView xihu;
    OrgUnitView hengtaiZj;
    String claimNo;

    @BeforeEach
    void aClaimOfXihu() {
        xihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow();
        hengtaiZj = organization.unitByCode("HENGTAI-ZJ").orElseThrow();
        // Long before any other test's messages fall due, so these dispatchers claim only this class's messages.
        clock.set(Instant.parse("2001-03-02T02:00:00Z"));
        claimNo = "AL" + UUID.randomUUID().toString().substring(0, 8);
        // Messages other tests left due must not be sent by the dispatchers of this class.
        jdbc.sql("update notification_outbox set status = 'FAILED' where status = 'PENDING'")
                .update();
    }

    private CustomerMessageRequested paid(String mobile, Map<String, String> values) {
        return new CustomerMessageRequested(
                "CLAIM_PAID", xihu.insurerId(), xihu.path(), "CLAIM/" + claimNo, mobile, values);
    }

    private Map<String, String> paidValues() {
        return Map.of(
                "insurerName",
                "安澜财险",
                "claimNo",
                claimNo,
                "amount",
                "1280.00",
                "paidOn",
                "3月2日",
                "accountTail",
                "6789");
    }

    private MessageView message() {
        long id = jdbc.sql("select id from notification_outbox where source_ref = :ref")
                .param("ref", "CLAIM/" + claimNo)
                .query(Long.class)
                .single();
        return outbox.get(id);
    }

    private OutboxDispatcher dispatcherWith(SmsSender sender) {
        return new OutboxDispatcher(
                outbox, sender, cipher, new DispatchProperties(false, 1000, 100, 3, 30, 3600), clock);
    }

    private int dispatch(OutboxDispatcher dispatcher) {
        return transactions.execute(status -> dispatcher.dispatch());
    }

    @Test
    void aMessageIsWrittenInTheRequestersTransactionRenderedAndStoredWithTheNumberEncrypted() {
        transactions.executeWithoutResult(status -> events.publishEvent(paid("13800138000", paidValues())));
        MessageView message = message();
        assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(message.recipient()).isEqualTo("138****8000");
        assertThat(message.body()).isEqualTo("【安澜财险】您的赔案" + claimNo + "赔款1280.00元已于3月2日支付至您指定的银行账户（尾号6789），请注意查收。");
        assertThat(jdbc.sql("select recipient_cipher from notification_outbox where id = :id")
                        .param("id", message.id())
                        .query(String.class)
                        .single())
                .doesNotContain("13800138000");
    }

    @Test
    void aRolledBackChangeLeavesNoMessage() {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(paid("13800138000", paidValues()));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from notification_outbox where source_ref = :ref")
                        .param("ref", "CLAIM/" + claimNo)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMessageThatCanNeverBeSentIsKeptAsRejectedWithTheReason() {
        transactions.executeWithoutResult(
                status -> events.publishEvent(paid("13800138000", Map.of("insurerName", "安澜财险"))));
        MessageView message = message();
        assertThat(message.status()).isEqualTo(MessageStatus.REJECTED);
        assertThat(message.lastError()).startsWith("no value for claimNo");
    }

    @Test
    void aFailingGatewayIsRetriedWithAGrowingWaitUntilItAcceptsTheMessage() {
        transactions.executeWithoutResult(status -> events.publishEvent(paid("13900139000", paidValues())));
        List<OutgoingSms> accepted = new ArrayList<>();
        int[] failuresLeft = {2};
        SmsSender flaky = sms -> {
            if (failuresLeft[0]-- > 0) {
                throw new SendFailedException("gateway answered HTTP 503");
            }
            accepted.add(sms);
            return "gw-" + sms.reference();
        };
        OutboxDispatcher dispatcher = dispatcherWith(flaky);

        assertThat(dispatch(dispatcher)).isEqualTo(1);
        MessageView first = message();
        assertThat(first.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isEqualTo("gateway answered HTTP 503");
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(dispatch(dispatcher)).as("not due again before its wait").isZero();

        clock.advance(Duration.ofSeconds(30));
        dispatch(dispatcher);
        assertThat(message().nextAttemptAt())
                .as("the wait doubles")
                .isEqualTo(clock.instant().plusSeconds(60));

        clock.advance(Duration.ofSeconds(60));
        dispatch(dispatcher);
        MessageView sent = message();
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.providerRef()).isEqualTo("gw-" + sent.id());
        assertThat(accepted).singleElement().satisfies(sms -> {
            assertThat(sms.mobile()).isEqualTo("13900139000");
            assertThat(sms.text()).contains(claimNo);
        });
    }

    @Test
    void aMessageIsGivenUpAfterItsLastAttempt() {
        transactions.executeWithoutResult(status -> events.publishEvent(paid("13700137000", paidValues())));
        OutboxDispatcher dispatcher = dispatcherWith(sms -> {
            throw new SendFailedException("gateway unreachable: ConnectException");
        });
        for (int attempt = 0; attempt < 3; attempt++) {
            dispatch(dispatcher);
            clock.advance(Duration.ofHours(1));
        }
        MessageView failed = message();
        assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(dispatch(dispatcher)).isZero();
    }

    @Test
    void theDeliveryLogShowsAnInsurerOnlyItsOwnMessages() throws Exception {
        transactions.executeWithoutResult(status -> events.publishEvent(paid("13800138000", paidValues())));
        String ref = "CLAIM/" + claimNo;
        mvc.perform(get("/api/v1/notifications/messages")
                        .with(TestUser.managerOf(xihu).signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].sourceRef", hasItem(ref)))
                .andExpect(jsonPath("$[*].recipient", hasItem("138****8000")));
        mvc.perform(get("/api/v1/notifications/messages")
                        .with(TestUser.managerOf(hengtaiZj).signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].sourceRef", not(hasItem(ref))));
        mvc.perform(get("/api/v1/notifications/messages")
                        .with(TestUser.handlerOf(xihu).signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/notifications/messages").with(TestUser.managerOf(xihu).signedIn()))
                .andExpect(status().isOk());
    }
}
