package io.shixiao.servicelevel.demo;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.MilestoneReported;
import io.shixiao.servicelevel.ServiceClocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Live clocks for the first run, so that the monitor and dashboards show what a working day looks
 * like: motor claims of both demo insurers in 杭州 and 绍兴 reported over the last hour (some
 * dispatched and contacted, some overdue), claim applications and complaints received over the
 * last weeks. Reported through the engine's own API, at most once per database.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "shixiao.demo-data", matchIfMissing = true)
class ServiceLevelDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceLevelDemoData.class);

    private final ServiceClocks clocks;
    private final OrganizationDirectory organization;
    private final Clock clock;

    ServiceLevelDemoData(ServiceClocks clocks, OrganizationDirectory organization, Clock clock) {
        this.clocks = clocks;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!clocks.clocksOf("CLAIM", "ANLAN-DEMO-01").isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int reported = 0;
        for (String insurer : new String[] {"ANLAN", "HENGTAI"}) {
            OrgUnitView xihu = organization.unitByCode(insurer + "-ZJ-HZ-XH").orElse(null);
            OrgUnitView shaoxing = organization.unitByCode(insurer + "-ZJ-SX").orElse(null);
            if (xihu == null || shaoxing == null) {
                continue;
            }
            for (int i = 1; i <= 8; i++) {
                OrgUnitView unit = i % 3 == 0 ? shaoxing : xihu;
                String region = unit == xihu ? "330106" : "330602";
                String caseId = insurer + "-DEMO-" + String.format("%02d", i);
                Instant reportedAt = now.minus(Duration.ofMinutes(7L * i - 4));
                Map<String, String> claim = owner(unit, region, "MOTOR", String.valueOf(800 * i + 350));
                reported += report("CLAIM", caseId, "CLAIM_REPORTED", reportedAt, claim);
                if (i % 2 == 0) {
                    reported += report(
                            "CLAIM", caseId, "SURVEYOR_DISPATCHED", reportedAt.plus(Duration.ofMinutes(3)), claim);
                    if (i % 4 == 0) {
                        reported += report(
                                "CLAIM", caseId, "CUSTOMER_CONTACTED", reportedAt.plus(Duration.ofMinutes(6)), claim);
                    }
                }
            }
            for (int i = 1; i <= 4; i++) {
                Map<String, String> application = owner(xihu, "330106", "MOTOR", String.valueOf(15_000 * i));
                application.put(MilestoneReported.FACTS, "LIABILITY_CLEAR,DOCUMENTS_COMPLETE");
                reported += report(
                        "CLAIM",
                        insurer + "-DEMO-A" + i,
                        "CLAIM_APPLICATION_RECEIVED",
                        now.minus(Duration.ofDays(4L * i)),
                        application);
            }
            for (int i = 1; i <= 3; i++) {
                Map<String, String> complaint = owner(xihu, "330106", "MOTOR", null);
                complaint.put(MilestoneReported.CHANNEL, "HOTLINE");
                reported += report(
                        "COMPLAINT",
                        insurer + "-DEMO-C" + i,
                        "COMPLAINT_RECEIVED",
                        now.minus(Duration.ofDays(6L * i)),
                        complaint);
            }
        }
        log.info("Demo service-level milestones reported: {}", reported);
    }

    private int report(String caseType, String caseId, String milestone, Instant at, Map<String, String> attributes) {
        clocks.report(new MilestoneReported(caseType, caseId, milestone, at, attributes));
        return 1;
    }

    private static Map<String, String> owner(OrgUnitView unit, String region, String productLine, String amount) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(MilestoneReported.INSURER_ID, String.valueOf(unit.insurerId()));
        attributes.put(MilestoneReported.ORG_UNIT_ID, String.valueOf(unit.id()));
        attributes.put(MilestoneReported.ORG_PATH, unit.path());
        attributes.put(MilestoneReported.REGION, region);
        attributes.put(MilestoneReported.PRODUCT_LINE, productLine);
        if (amount != null) {
            attributes.put(MilestoneReported.AMOUNT, amount);
        }
        return attributes;
    }
}
