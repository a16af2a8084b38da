package io.shixiao.complaints.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.complaints.domain.Complaint;
import io.shixiao.complaints.domain.Decision;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.document.Notice;
import io.shixiao.shared.document.NoticeRenderer;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The decision notice (投诉处理决定告知书) as PDF, with what 投诉办法第十九条 requires: how the complaint was
 * verified, the basis and reasons of the decision, and the remedies open to the complainant (核查, 调解,
 * 仲裁, 诉讼). The addressee's name is personal data, so each notice drawn is audited as a view.
 */
@Service
public class DecisionNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ComplaintRepository complaints;
    private final NoticeRenderer renderer;
    private final MessageSource messages;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;

    DecisionNotices(
            ComplaintRepository complaints,
            NoticeRenderer renderer,
            MessageSource messages,
            OrganizationDirectory organization,
            AuditTrail audit) {
        this.complaints = complaints;
        this.renderer = renderer;
        this.messages = messages;
        this.organization = organization;
        this.audit = audit;
    }

    /** The notice of a decided complaint the scope sees; 409 before a decision. */
    public byte[] pdf(String number, DataScope scope, Locale locale) {
        ComplaintRecord record =
                complaints.find(number, scope).orElseThrow(() -> new NotFoundException("Complaint", number));
        Complaint.State s = record.complaint().state();
        Decision decision = s.decision();
        if (decision == null || s.decidedAt() == null) {
            throw new ConflictException("status", "Complaint " + number + " has no decision yet");
        }
        audit.recordPiiView("complaint", number, "complainant name (decision notice)");
        String unitName = organization.unit(s.orgUnitId()).map(u -> u.name()).orElse("");
        String addressee = s.complainants().get(0).name() + text("complaints.notice.salutation", locale);
        Notice notice = new Notice(
                text("complaints.notice.title", locale),
                text("complaints.notice.reference", locale) + number,
                addressee,
                List.of(
                        Notice.Section.table(
                                text("complaints.notice.received", locale),
                                new Notice.Row(
                                        text("complaints.field.receivedAt", locale),
                                        ShanghaiTime.display(s.receivedAt())),
                                new Notice.Row(text("complaints.field.content", locale), s.content()),
                                new Notice.Row(text("complaints.field.customerRequest", locale), s.customerRequest())),
                        Notice.Section.of(text("complaints.notice.factsVerified", locale), decision.factsVerified()),
                        Notice.Section.of(
                                text("complaints.notice.decision", locale),
                                text(
                                        decision.upheld() ? "complaints.notice.upheld" : "complaints.notice.notUpheld",
                                        locale),
                                text("complaints.field.basis", locale) + "：" + decision.basis(),
                                text("complaints.field.reasons", locale) + "：" + decision.reasons()),
                        Notice.Section.of(text("complaints.notice.remedies", locale), decision.remediesOpen())),
                text("complaints.notice.citation", locale),
                List.of(unitName, DAY.format(s.decidedAt().atZone(ShanghaiTime.ZONE))));
        try {
            return renderer.render(notice, locale);
        } catch (IllegalArgumentException e) {
            // The bundled font cannot draw a character of the complaint (an emoji in a name): say which.
            throw new ConflictException("notice", e.getMessage());
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
