package io.shixiao.claims.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.claims.domain.Adjustment;
import io.shixiao.claims.domain.AdjustmentLine;
import io.shixiao.claims.domain.Claim;
import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.claims.domain.Denial;
import io.shixiao.claims.domain.DocumentDelivery;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim's notices as PDF, each with the claim number, its dates and the clause it answers to: the
 * receipt for documents handed in (索赔材料接收回执, 浙江规范第七章 2.5.2), the one-time notice of missing
 * documents (一次性告知书, 保险法第二十二条), the settlement agreement (赔付协议, 保险法第二十三条), the denial
 * notice (拒赔通知书, 保险法第二十四条) and the payment notice (赔款通知, 保险法第二十三条).
 */
@Service
public class ClaimNotices {

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ShanghaiTime.ZONE);

    /** Which notice, by the name the API and the pages use in the path. */
    public enum Kind {
        /** 索赔材料接收回执 (every handing-in of documents so far). */
        RECEIPT("receipt"),
        /** 一次性告知书 (the latest notice of missing documents). */
        MISSING_DOCUMENTS("missing-documents"),
        /** 赔付协议. */
        SETTLEMENT_AGREEMENT("settlement-agreement"),
        /** 拒赔通知书. */
        DENIAL("denial"),
        /** 赔款通知. */
        PAYMENT("payment");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }

        /** The notice named {@code path} in a URL; not found for any other word. */
        public static Kind ofPath(String path) {
            for (Kind kind : values()) {
                if (kind.path.equals(path)) {
                    return kind;
                }
            }
            throw new NotFoundException("Notice", path);
        }
    }

    private final ClaimRepository claims;
    private final NoticeRenderer renderer;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final ClaimStaffNumbers staffNumbers;

    ClaimNotices(
            ClaimRepository claims,
            NoticeRenderer renderer,
            MessageSource messages,
            AuditTrail audit,
            ClaimStaffNumbers staffNumbers) {
        this.claims = claims;
        this.renderer = renderer;
        this.messages = messages;
        this.audit = audit;
        this.staffNumbers = staffNumbers;
    }

    /** The PDF of {@code kind} for the claim, or not found where the claim has no such notice. */
    @Transactional
    public byte[] pdf(String claimNo, Kind kind, DataScope scope, Locale locale) {
        Claim claim = claims.find(claimNo, scope)
                .orElseThrow(() -> new NotFoundException("Claim", claimNo))
                .claim();
        Notice notice = switch (kind) {
            case RECEIPT -> receipt(claim, locale);
            case MISSING_DOCUMENTS -> missingDocuments(claim, locale);
            case SETTLEMENT_AGREEMENT -> settlementAgreement(claim, locale);
            case DENIAL -> denial(claim, locale);
            case PAYMENT -> payment(claim, locale);
        };
        audit.recordWrite("PRINT_NOTICE", "claim", claimNo, kind.name());
        return renderer.render(withStaffNumber(notice, claim, locale), locale);
    }

    private Notice receipt(Claim claim, Locale locale) {
        List<DocumentDelivery> deliveries = claim.deliveries();
        if (deliveries.isEmpty()) {
            throw new NotFoundException("Documents received for claim", claim.claimNo());
        }
        List<Notice.Section> sections = new ArrayList<>();
        sections.add(Notice.Section.of(
                m("notice.receipt.heading.received", locale), m("notice.receipt.body", locale, claim.claimNo())));
        for (DocumentDelivery delivery : deliveries) {
            sections.add(new Notice.Section(
                    m("notice.receipt.heading.delivery", locale, day(delivery.receivedAt())),
                    List.of(),
                    numbered(delivery.items(), locale)));
        }
        Set<DocumentItem> missing = claim.missingDocuments();
        sections.add(Notice.Section.of(
                m("notice.receipt.heading.missing", locale),
                missing.isEmpty() ? m("notice.receipt.complete", locale) : labels(missing, locale)));
        Instant latest = deliveries.get(deliveries.size() - 1).receivedAt();
        return new Notice(
                m("notice.receipt.title", locale),
                m("notice.reference", locale, claim.claimNo(), claim.report().policyNo()),
                m("notice.addressee", locale),
                sections,
                m("notice.receipt.citation", locale),
                List.of(m("notice.issuer", locale), day(latest)));
    }

    private Notice settlementAgreement(Claim claim, Locale locale) {
        Adjustment adjustment = claim.adjustment();
        Instant agreedAt = claim.lastAt(ClaimStep.AGREEMENT);
        if (adjustment == null || agreedAt == null) {
            throw new NotFoundException("Settlement agreement of claim", claim.claimNo());
        }
        List<Notice.Row> lines = new ArrayList<>();
        for (AdjustmentLine line : adjustment.lines()) {
            lines.add(new Notice.Row(
                    label("enum.CoverKind." + line.cover().name(), locale) + " / "
                            + label("enum.LossCategory." + line.category().name(), locale),
                    m(
                            "notice.agreement.line",
                            locale,
                            line.loss().display(),
                            line.payable().display(),
                            // The bundled font has no minus sign (U+2212); the hyphen reads the same on paper.
                            line.basis().replace('\u2212', '-'))));
        }
        return new Notice(
                m("notice.agreement.title", locale),
                m("notice.reference", locale, claim.claimNo(), claim.report().policyNo()),
                m("notice.addressee", locale),
                List.of(
                        Notice.Section.of(
                                m("notice.agreement.heading.decision", locale),
                                m("notice.agreement.body", locale, claim.claimNo(), day(agreedAt))),
                        new Notice.Section(m("notice.agreement.heading.lines", locale), List.of(), lines),
                        new Notice.Section(
                                m("notice.agreement.heading.amount", locale),
                                List.of(),
                                withDeductions(
                                        claim,
                                        locale,
                                        new Notice.Row(
                                                m("notice.agreement.share", locale),
                                                adjustment
                                                                .liabilityShare()
                                                                .movePointRight(2)
                                                                .stripTrailingZeros()
                                                                .toPlainString()
                                                        + "%"),
                                        new Notice.Row(
                                                m("notice.agreement.amount", locale),
                                                adjustment.payable().display()),
                                        new Notice.Row(m("notice.agreement.agreedAt", locale), day(agreedAt)))),
                        Notice.Section.of(
                                m("notice.agreement.heading.payment", locale), m("notice.agreement.payment", locale))),
                m("notice.agreement.citation", locale),
                List.of(m("notice.issuer", locale), day(agreedAt)));
    }

    private Notice missingDocuments(Claim claim, Locale locale) {
        List<MissingDocumentsNotice> notices = claim.notices();
        if (notices.isEmpty()) {
            throw new NotFoundException("Notice of missing documents of claim", claim.claimNo());
        }
        MissingDocumentsNotice last = notices.get(notices.size() - 1);
        List<Notice.Row> rows = numbered(last.items(), locale);
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
                        new Notice.Section(
                                m("notice.payment.heading.details", locale),
                                List.of(),
                                withDeductions(
                                        claim,
                                        locale,
                                        new Notice.Row(
                                                m("notice.payment.amount", locale),
                                                payment.amount().display()),
                                        new Notice.Row(m("notice.payment.account", locale), payment.accountMasked()),
                                        new Notice.Row(m("notice.payment.reference", locale), payment.bankReference()),
                                        new Notice.Row(m("notice.payment.paidAt", locale), day(payment.paidAt()))))),
                m("notice.payment.citation", locale),
                List.of(m("notice.issuer", locale), day(payment.paidAt())));
    }

    /**
     * The rows followed by what the settlement deducts (保险法第二十五条 "支付相应的差额"): each advance, any payment
     * before a reopening, and what is left to pay; the rows alone when nothing was paid before.
     */
    private List<Notice.Row> withDeductions(Claim claim, Locale locale, Notice.Row... rows) {
        List<Notice.Row> all = new ArrayList<>(List.of(rows));
        if (claim.advances().isEmpty() && claim.earlierPayments().isEmpty()) {
            return all;
        }
        for (Payment advance : claim.advances()) {
            all.add(new Notice.Row(
                    m("notice.advance.paid", locale, day(advance.paidAt())),
                    advance.amount().display()));
        }
        for (Payment earlier : claim.earlierPayments()) {
            all.add(new Notice.Row(
                    m("notice.advance.earlier", locale, day(earlier.paidAt())),
                    earlier.amount().display()));
        }
        all.add(new Notice.Row(
                m("notice.advance.outstanding", locale), claim.outstanding().display()));
        return all;
    }

    /** The items in checklist order, numbered 1. 2. … */
    private List<Notice.Row> numbered(Set<DocumentItem> items, Locale locale) {
        List<Notice.Row> rows = new ArrayList<>();
        int n = 1;
        for (DocumentItem item : new TreeSet<>(items)) {
            rows.add(new Notice.Row(n++ + ".", label("enum.DocumentItem." + item.name(), locale)));
        }
        return rows;
    }

    private String labels(Set<DocumentItem> items, Locale locale) {
        return new TreeSet<>(items)
                .stream()
                        .map(item -> label("enum.DocumentItem." + item.name(), locale))
                        .collect(Collectors.joining(m("notice.separator", locale)));
    }

    /**
     * Every notice names the 工号 of the claim's 查勘定损人员 under the issuer: 浙江规范第三章 2.2 (seed C19)
     * 「查勘定损人员和服务网点内的公司服务人员……不得拒绝客户提出的查询工号的要求」, so the customer has it without asking.
     */
    private Notice withStaffNumber(Notice notice, Claim claim, Locale locale) {
        return staffNumbers
                .surveyorOf(claim)
                .map(number -> {
                    List<String> closing = new ArrayList<>(notice.closing());
                    closing.add(m("notice.staffNo", locale, number));
                    return new Notice(
                            notice.title(),
                            notice.reference(),
                            notice.addressee(),
                            notice.sections(),
                            notice.citation(),
                            closing);
                })
                .orElse(notice);
    }

    private String label(String key, Locale locale) {
        return java.util.Objects.requireNonNullElse(messages.getMessage(key, null, key, locale), key);
    }

    private String m(String key, Locale locale, Object... args) {
        return messages.getMessage("claims." + key, args, locale);
    }

    private static String day(Instant instant) {
        return DAY_TIME.format(instant);
    }
}
