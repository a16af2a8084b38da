package io.shixiao.complaints.application;

import io.shixiao.complaints.domain.Complainant;
import io.shixiao.complaints.domain.Complaint;
import io.shixiao.organization.InsurerView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.StepDeadline;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.message.CustomerMessageRequested;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The SMS a complainant receives, asked of the notification outbox inside the step's transaction: the
 * acknowledgement at intake (COMPLAINT_ACK, 浙江规范第八章 3.4、3.5) and the decision with the remedies still
 * open (COMPLAINT_DECISION, 投诉办法第十九条; 第二十一条 allows the notice by SMS). Every complainant with a
 * valid mobile gets one, each number once; the date promised is the engine's governing deadline, never
 * computed here.
 */
@Component
class ComplaintMessages {

    static final String ACK = "COMPLAINT_ACK";
    static final String DECISION = "COMPLAINT_DECISION";

    /** The steps whose deadline the acknowledgement promises, first found wins: the first reply, else the decision. */
    private static final String[] REPLY_STEPS = {"COMPLAINT_FIRST_RESPONSE", "COMPLAINT_DECISION"};

    private final ComplaintClocks clocks;
    private final OrganizationDirectory organization;
    private final ApplicationEventPublisher events;

    ComplaintMessages(ComplaintClocks clocks, OrganizationDirectory organization, ApplicationEventPublisher events) {
        this.clocks = clocks;
        this.organization = organization;
        this.events = events;
    }

    /** 投诉受理短信, after the intake's milestones are reported so that the engine's clocks exist. */
    void acknowledge(Complaint complaint) {
        CaseDeadlines deadlines = clocks.deadlinesOf(complaint);
        for (String step : REPLY_STEPS) {
            StepDeadline governing = deadlines.step(step).orElse(null);
            if (governing != null) {
                send(
                        complaint,
                        ACK,
                        Map.of("replyBy", display(governing.governing().deadline())));
                return;
            }
        }
    }

    /** 处理决定短信: the result and the remedies open (核查, 调解, 仲裁, 诉讼) in the template's words. */
    void decided(Complaint complaint, boolean upheld) {
        send(complaint, DECISION, Map.of("result", upheld ? "投诉成立" : "投诉不成立"));
    }

    private void send(Complaint complaint, String template, Map<String, String> specific) {
        Complaint.State s = complaint.state();
        String insurerName = organization.insurers().stream()
                .filter(i -> i.id() == s.insurerId())
                .map(InsurerView::shortName)
                .findFirst()
                .orElse("");
        Set<String> mobiles = new LinkedHashSet<>();
        for (Complainant person : s.complainants()) {
            if (person.mobile() != null && MobileNumber.isValid(person.mobile())) {
                mobiles.add(person.mobile());
            }
        }
        Map<String, String> values = new HashMap<>(specific);
        values.put("insurerName", insurerName);
        values.put("complaintNo", s.number());
        for (String mobile : mobiles) {
            events.publishEvent(new CustomerMessageRequested(
                    template, s.insurerId(), s.orgPath(), "COMPLAINT/" + s.number(), mobile, values));
        }
    }

    /**
     * A deadline as a customer reads it: the engine's day limits end at 24:00, kept as 00:00 of the next day,
     * which reads as "that day 24时" rather than the next day.
     */
    static String display(Instant deadline) {
        ZonedDateTime at = deadline.atZone(ShanghaiTime.ZONE);
        if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            ZonedDateTime day = at.minusDays(1);
            return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日24时";
        }
        return at.getYear() + "年" + at.getMonthValue() + "月" + at.getDayOfMonth() + "日" + at.getHour() + "时"
                + (at.getMinute() == 0 ? "" : at.getMinute() + "分");
    }
}
