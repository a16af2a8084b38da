package io.shixiao.claims.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.claims.domain.Claim;
import io.shixiao.claims.domain.Denial;
import io.shixiao.claims.domain.DocumentItem;
import io.shixiao.claims.domain.MissingDocumentsNotice;
import io.shixiao.claims.domain.Payment;
import io.shixiao.shared.document.Notice;
import io.shixiao.shared.document.NoticeRenderer;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim's notices as PDF, each with the claim number, its dates and the clause it answers to: the
 * one-time notice of missing documents (一次性告知书, 保险法第二十二条), the denial notice (拒赔通知书,
 * 保险法第二十四条) and the payment notice (赔款通知, 保险法第二十三条).
 */
@Service
public class ClaimNotices {

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ShanghaiTime.ZONE);

    /** Which notice. */
    public enum Kind {
        /** 一次性告知书 (the latest notice of missing documents). */
        MISSING_DOCUMENTS,
        /** 拒赔通知书. */
        DENIAL,
        /** 赔款通知. */
        PAYMENT
    }

    private final ClaimRepository claims;
    private final NoticeRenderer renderer;
    private final MessageSource messages;
    private final AuditTrail audit;

    ClaimNotices(ClaimRepository claims, NoticeRenderer renderer, MessageSource messages, AuditTrail audit) {
        this.claims = claims;
        this.renderer = renderer;
        this.messages = messages;
        this.audit = audit;
    }

    /** The PDF of {@code kind} for the claim, or not found where the claim has no such notice. */
    @Transactional
    public byte[] pdf(String claimNo, Kind kind, DataScope scope, Locale locale) {
        Claim claim = claims.find(claimNo, scope)
                .orElseThrow(() -> new NotFoundException("Claim", claimNo))
                .claim();
        Notice notice = switch (kind) {
            case MISSING_DOCUMENTS -> missingDocuments(claim, locale);
            case DENIAL -> denial(claim, locale);
            case PAYMENT -> payment(claim, locale);
        };
        audit.recordWrite("PRINT_NOTICE", "claim", claimNo, kind.name());
        return renderer.render(notice, locale);
    }

    private Notice missingDocuments(Claim claim, Locale locale) {
        List<MissingDocumentsNotice> notices = claim.notices();
        if (notices.isEmpty()) {
            throw new NotFoundException("Notice of missing documents of claim", claim.claimNo());
        }
        MissingDocumentsNotice last = notices.get(notices.size() - 1);
        List<Notice.Row> rows = new ArrayList<>();
        int n = 1;
        for (DocumentItem item : last.items()) {
            rows.add(new Notice.Row(n++ + ".", label(item, locale)));
        }
        List<Notice.Section> sections = new ArrayList<>();
        sections.add(Notice.Section.of(
                m("notice.missing.heading.why", locale),
                m("notice.missing.body", locale, claim.claimNo(), day(last.sentAt()))));
        sections.add(new Notice.Section(m("notice.missing.heading.items", locale), List.of(), rows));
        if (last.reason() != null) {
            sections.add(Notice.Section.of(m("notice.missing.heading.again", locale), last.reason()));
        }
        sections.add(Notice.Section.of(m("notice.missing.heading.clock", locale), m("notice.missing.clock", locale)));
        return new Notice(
                m("notice.missing.title", locale) + (last.number() > 1 ? " (" + last.number() + ")" : ""),
                m("notice.reference", locale, claim.claimNo(), claim.report().policyNo()),
                m("notice.addressee", locale),
                sections,
                m("notice.missing.citation", locale),
                List.of(m("notice.issuer", locale), day(last.sentAt())));
    }

    private Notice denial(Claim claim, Locale locale) {
        Denial denial = claim.denial();
        if (denial == null) {
            throw new NotFoundException("Denial of claim", claim.claimNo());
        }
        Instant dated = denial.noticeSentAt() == null ? denial.deniedAt() : denial.noticeSentAt();
        return new Notice(
                m("notice.denial.title", locale),
                m("notice.reference", locale, claim.claimNo(), claim.report().policyNo()),
                m("notice.addressee", locale),
                List.of(
                        Notice.Section.of(
                                m("notice.denial.heading.decision", locale),
                                m("notice.denial.body", locale, claim.claimNo(), day(denial.deniedAt()))),
                        Notice.Section.of(m("notice.denial.heading.reasons", locale), denial.reasons()),
                        Notice.Section.of(m("notice.denial.heading.clauses", locale), denial.clauses()),
                        Notice.Section.of(
                                m("notice.denial.heading.remedy", locale), m("notice.denial.remedy", locale))),
                m("notice.denial.citation", locale),
                List.of(m("notice.issuer", locale), day(dated)));
    }

    private Notice payment(Claim claim, Locale locale) {
        Payment payment = claim.payment();
        if (payment == null) {
            throw new NotFoundException("Payment of claim", claim.claimNo());
        }
        return new Notice(
                m("notice.payment.title", locale),
                m("notice.reference", locale, claim.claimNo(), claim.report().policyNo()),
                m("notice.addressee", locale),
                List.of(
                        Notice.Section.of(m("notice.payment.heading.paid", locale), m("notice.payment.body", locale)),
                        Notice.Section.table(
                                m("notice.payment.heading.details", locale),
                                new Notice.Row(
                                        m("notice.payment.amount", locale),
                                        payment.amount().display()),
                                new Notice.Row(m("notice.payment.account", locale), payment.accountMasked()),
                                new Notice.Row(m("notice.payment.reference", locale), payment.bankReference()),
                                new Notice.Row(m("notice.payment.paidAt", locale), day(payment.paidAt())))),
                m("notice.payment.citation", locale),
                List.of(m("notice.issuer", locale), day(payment.paidAt())));
    }

    private String label(DocumentItem item, Locale locale) {
        return java.util.Objects.requireNonNullElse(
                messages.getMessage("enum.DocumentItem." + item.name(), null, item.name(), locale), item.name());
    }

    private String m(String key, Locale locale, Object... args) {
        return messages.getMessage("claims." + key, args, locale);
    }

    private static String day(Instant instant) {
        return DAY_TIME.format(instant);
    }
}
