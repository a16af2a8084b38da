package io.shixiao.notification.demo;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.message.CustomerMessageRequested;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two demo messages of 安澜's 西湖支公司 (a report acknowledged, a claim paid), requested through the
 * event other modules use, once per database; the logging sender "sends" them.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty(name = "shixiao.demo-data", matchIfMissing = true)
class NotificationDemoData implements ApplicationRunner {

    private static final String REPORT = "CLAIM/ANLAN-DEMO-01";

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    NotificationDemoData(
            JdbcClient jdbc,
            OrganizationDirectory organization,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<OrgUnitView> unit = organization.unitByCode("ANLAN-ZJ-HZ-XH");
        boolean written = jdbc.sql("select count(*) from notification_outbox where source_ref = :ref")
                        .param("ref", REPORT)
                        .query(Long.class)
                        .single()
                > 0;
        if (unit.isEmpty() || written) {
            return;
        }
        long insurer = unit.get().insurerId();
        String path = unit.get().path();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new CustomerMessageRequested(
                    "CLAIM_REPORT_ACK",
                    insurer,
                    path,
                    REPORT,
                    "13800138001",
                    Map.of(
                            "insurerName", "安澜财险",
                            "claimNo", "ANLAN-DEMO-01",
                            "documents", "驾驶证、行驶证、交通事故认定书、维修发票",
                            "hotline", "95500")));
            events.publishEvent(new CustomerMessageRequested(
                    "CLAIM_PAID",
                    insurer,
                    path,
                    "CLAIM/ANLAN-DEMO-02",
                    "13900139002",
                    Map.of(
                            "insurerName", "安澜财险",
                            "claimNo", "ANLAN-DEMO-02",
                            "amount", "1,280.00",
                            "paidOn", "今日",
                            "accountTail", "6789")));
        });
    }
}
