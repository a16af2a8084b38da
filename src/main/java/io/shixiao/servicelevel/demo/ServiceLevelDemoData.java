package io.shixiao.servicelevel.demo;

import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.CaseFacts;
import io.shixiao.servicelevel.CaseOwner;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Channel;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.ReportMilestone;
import io.shixiao.servicelevel.ServiceClocks;
import io.shixiao.servicelevel.ServiceContracts;
import io.shixiao.servicelevel.Zone;
import io.shixiao.servicelevel.standard.ContractParameterDefinition;
import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Live clocks for the first run, so that the monitor and dashboards show what a working day looks
 * like: 安澜 has signed the service-quality agreement with a fleet customer and agreed its blanks, 恒泰
 * has not (so agreement clocks run for 安澜's cases only); motor claims of both insurers in 杭州 and 绍兴
 * reported over the last hour (some dispatched and contacted, some overdue), claim applications and
 * complaints received over the last weeks. Reported through the engine's own API, once per database.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "shixiao.demo-data", matchIfMissing = true)
class ServiceLevelDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceLevelDemoData.class);
    private static final String DEMO_ACTOR = "demo";

    private final ServiceClocks clocks;
    private final ServiceContracts contracts;
    private final ContractParameterAdministration parameters;
    private final StandardCatalog catalog;
    private final OrganizationDirectory organization;
    private final Clock clock;

    ServiceLevelDemoData(
            ServiceClocks clocks,
            ServiceContracts contracts,
            ContractParameterAdministration parameters,
            StandardCatalog catalog,
            OrganizationDirectory organization,
            Clock clock) {
        this.clocks = clocks;
        this.contracts = contracts;
        this.parameters = parameters;
        this.catalog = catalog;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        OrgUnitView anlanXihu = organization.unitByCode("ANLAN-ZJ-HZ-XH").orElse(null);
        if (anlanXihu == null
                || !clocks.clocksOf(new CaseRef(CaseType.CLAIM, anlanXihu.insurerId(), "ANLAN-DEMO-01"))
                        .isEmpty()) {
            return;
        }
        signTheServiceAgreement(anlanXihu.insurerId());
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
                CaseRef claim =
                        new CaseRef(CaseType.CLAIM, unit.insurerId(), insurer + "-DEMO-" + String.format("%02d", i));
                CaseFacts facts = CaseFacts.of(ProductLine.MOTOR)
                        .withSite(DivisionCode.of(unit == xihu ? "330106" : "330602"))
                        .withZone(i % 2 == 0 ? Zone.URBAN : Zone.OUTSIDE_URBAN)
                        .withChannel(Channel.HOTLINE)
                        .withInjuries(false)
                        .withAmount(Money.yuan(800L * i + 350));
                Instant reportedAt = now.minus(Duration.ofMinutes(7L * i - 4));
                reported += report(claim, Milestone.REPORT_REQUEST_RECEIVED, reportedAt.minusSeconds(60), unit, facts);
                reported += report(claim, Milestone.CLAIM_REPORTED, reportedAt, unit, facts);
                if (i % 2 == 0) {
                    reported += report(
                            claim, Milestone.SURVEYOR_DISPATCHED, reportedAt.plus(Duration.ofMinutes(3)), unit, facts);
                    if (i % 4 == 0) {
                        reported += report(
                                claim,
                                Milestone.CUSTOMER_CONTACTED,
                                reportedAt.plus(Duration.ofMinutes(6)),
                                unit,
                                facts);
                    }
                }
            }
            for (int i = 1; i <= 4; i++) {
                CaseRef claim = new CaseRef(CaseType.CLAIM, xihu.insurerId(), insurer + "-DEMO-A" + i);
                CaseFacts facts = CaseFacts.of(ProductLine.MOTOR)
                        .withSite(DivisionCode.of("330106"))
                        .withInjuries(false)
                        .withAmount(Money.yuan(15_000L * i))
                        .with(Fact.LIABILITY_CLEAR, Fact.DOCUMENTS_COMPLETE);
                reported += report(
                        claim, Milestone.CLAIM_APPLICATION_RECEIVED, now.minus(Duration.ofDays(4L * i)), xihu, facts);
            }
            for (int i = 1; i <= 3; i++) {
                CaseRef complaint = new CaseRef(CaseType.COMPLAINT, xihu.insurerId(), insurer + "-DEMO-C" + i);
                CaseFacts facts = CaseFacts.of(ProductLine.MOTOR).withChannel(Channel.HOTLINE);
                reported += report(
                        complaint, Milestone.COMPLAINT_RECEIVED, now.minus(Duration.ofDays(6L * i)), xihu, facts);
            }
        }
        log.info("Demo service-level milestones reported: {}", reported);
    }

    // 安澜 signed the agreement eleven months ago for a year and agreed every blank at the template's example:
    // agreed values, not defaults, so the agreement's clocks run for 安澜 only.
    private void signTheServiceAgreement(long insurerId) {
        ContractParty anlan = ContractParty.insurer(insurerId);
        LocalDate signed = LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).minusMonths(11);
        contracts.record(
                anlan,
                "SERVICE-AGREEMENT",
                "杭州城西出租汽车有限公司（车队客户）",
                signed,
                signed,
                signed.plusYears(1).minusDays(1),
                DEMO_ACTOR);
        ContractParameterAdministration.Editor admin =
                new ContractParameterAdministration.Editor(true, false, null, false);
        for (ContractParameterDefinition blank : catalog.parameters()) {
            if (blank.ownerType() == ContractParty.Type.INSURER && blank.exampleAmount() > 0) {
                parameters.set(anlan, blank.name(), (int) blank.exampleAmount(), null, null, admin, DEMO_ACTOR);
            }
        }
    }

    private int report(CaseRef ref, Milestone milestone, Instant at, OrgUnitView unit, CaseFacts facts) {
        ReportMilestone command = ReportMilestone.of(ref, milestone, at, CaseOwner.unit(unit.id()), facts);
        clocks.report(
                at.isBefore(clock.instant().minus(Duration.ofMinutes(10)))
                        ? command.lateBecause("演示数据：历史节点补录")
                        : command);
        return 1;
    }
}
