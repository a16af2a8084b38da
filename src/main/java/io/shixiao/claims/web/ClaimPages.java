package io.shixiao.claims.web;

import io.shixiao.claims.ClaimKind;
import io.shixiao.claims.application.ClaimAttachments;
import io.shixiao.claims.application.ClaimClocks;
import io.shixiao.claims.application.ClaimHandling;
import io.shixiao.claims.application.ClaimListRow;
import io.shixiao.claims.application.ClaimNotices;
import io.shixiao.claims.application.ClaimView;
import io.shixiao.claims.application.PaymentConfirmation;
import io.shixiao.claims.application.ReportClaim;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.claims.domain.ClaimStep;
import io.shixiao.claims.domain.DocumentItem;
import io.shixiao.claims.domain.LossCategory;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.servicelevel.CaseRef;
import io.shixiao.servicelevel.ClockState;
import io.shixiao.servicelevel.ClockView;
import io.shixiao.servicelevel.StepDeadline;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claims pages: the hotline report, the list by nearest deadline, the dispatcher's board, the
 * surveyor's tasks and phone page, and the claim page with its live deadlines, timeline and step forms.
 */
@Controller
@PreAuthorize(ClaimPages.STAFF)
class ClaimPages {

    static final String STAFF =
            "hasAnyRole('AGENT','DISPATCHER','SURVEYOR','ASSESSOR','CLAIMS_HANDLER','CALLBACK_AGENT','MANAGER')";

    private final ClaimHandling handling;
    private final ClaimAttachments attachments;
    private final ClaimNotices notices;
    private final ClaimClocks clocks;
    private final Clock clock;

    ClaimPages(
            ClaimHandling handling,
            ClaimAttachments attachments,
            ClaimNotices notices,
            ClaimClocks clocks,
            Clock clock) {
        this.handling = handling;
        this.attachments = attachments;
        this.notices = notices;
        this.clocks = clocks;
        this.clock = clock;
    }

    /** How long before the 60th day the page warns that an advance is due. */
    static final java.time.Duration ADVANCE_WARNING = java.time.Duration.ofDays(15);

    /** One claim of a list with its nearest open deadline. */
    record ListEntry(ClaimListRow claim, @Nullable ClockView nearest) {}

    @GetMapping("/claims")
    String list(@RequestParam(required = false) @Nullable ClaimStatus status, Model model) {
        List<ClaimListRow> rows = handling.list(CurrentUser.scope(), status == null ? null : EnumSet.of(status), 300);
        model.addAttribute("entries", withDeadlines(rows));
        model.addAttribute("statuses", ClaimStatus.values());
        model.addAttribute("status", status);
        return "claims/list";
    }

    @GetMapping("/claims/board")
    String board(Model model) {
        List<ClaimListRow> rows = handling.list(CurrentUser.scope(), EnumSet.of(ClaimStatus.REPORTED), 200);
        model.addAttribute("entries", withDeadlines(rows));
        return "claims/board";
    }

    @GetMapping("/claims/tasks")
    String tasks(Model model) {
        List<ClaimListRow> rows =
                handling.list(CurrentUser.scope(), EnumSet.of(ClaimStatus.DISPATCHED, ClaimStatus.ON_SITE), 200);
        model.addAttribute("entries", withDeadlines(rows));
        return "claims/tasks";
    }

    @GetMapping("/claims/report")
    String reportForm(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            try {
                model.addAttribute("policies", handling.findPolicies(q, CurrentUser.scope()));
            } catch (InvalidInputException e) {
                model.addAttribute("error", message(e.fields()));
            }
        }
        model.addAttribute("kinds", ClaimKind.values());
        model.addAttribute("now", Instant.now(clock));
        return "claims/report";
    }

    @PostMapping("/claims/report")
    String report(
            @RequestParam(required = false) @Nullable String policyNo,
            @RequestParam(required = false) @Nullable ClaimKind kind,
            @RequestParam(required = false) @Nullable String lossAt,
            @RequestParam(required = false) @Nullable String lossDivision,
            @RequestParam(required = false) @Nullable String lossAddress,
            @RequestParam(required = false) @Nullable String gps,
            @RequestParam(required = false) @Nullable String cause,
            @RequestParam(required = false) @Nullable Boolean injuries,
            @RequestParam(required = false) @Nullable Boolean thirdPartyProperty,
            @RequestParam(required = false) @Nullable BigDecimal estimate,
            @RequestParam(required = false) @Nullable String reporterName,
            @RequestParam(required = false) @Nullable String reporterMobile,
            Model model,
            RedirectAttributes redirect) {
        ReportClaim command = new ReportClaim(
                policyNo,
                kind,
                StepForm.instant(lossAt),
                lossDivision,
                lossAddress,
                gps,
                cause,
                injuries,
                thirdPartyProperty,
                estimate,
                reporterName,
                reporterMobile,
                null,
                null);
        try {
            ClaimView claim = handling.report(command, CurrentUser.get(), null);
            redirect.addFlashAttribute("message", claim.duplicateOf() == null ? "claims.reported" : "claims.linked");
            return "redirect:/claims/" + claim.claimNo();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", byField(e.fields()));
            model.addAttribute("form", command);
            return reportForm(policyNo, model);
        }
    }

    @GetMapping("/claims/{claimNo}")
    String detail(@PathVariable String claimNo, Model model) {
        ScopedUser user = CurrentUser.get();
        ClaimView claim = handling.get(claimNo, user.dataScope());
        CaseDeadlines deadlines = clocks.deadlinesOf(claim.insurerId(), claim.claimNo());
        model.addAttribute("claim", claim);
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("photos", attachments.list(claimNo, user.dataScope()));
        boolean denialNoticeOwed = claim.denial() != null && claim.denial().noticeSentAt() == null;
        List<ClaimStep> next = nextSteps(claim, denialNoticeOwed, user);
        model.addAttribute("nextSteps", next);
        if (next.contains(ClaimStep.DISPATCH)) {
            model.addAttribute("surveyors", handling.surveyorsFor(claimNo, user.dataScope()));
        }
        model.addAttribute("agreed", claim.timeline().stream().anyMatch(s -> s.step() == ClaimStep.AGREEMENT));
        model.addAttribute("advanceDue", advanceDue(deadlines));
        model.addAttribute("confirmsPayments", user.has(Role.CLAIMS_HANDLER) || user.has(Role.ADMIN));
        model.addAttribute("documentItems", DocumentItem.values());
        model.addAttribute("categories", LossCategory.values());
        return "claims/detail";
    }

    @GetMapping("/claims/{claimNo}/survey")
    String survey(@PathVariable String claimNo, Model model) {
        ScopedUser user = CurrentUser.get();
        ClaimView claim = handling.get(claimNo, user.dataScope());
        model.addAttribute("claim", claim);
        model.addAttribute("deadlines", clocks.deadlinesOf(claim.insurerId(), claim.claimNo()));
        model.addAttribute("photos", attachments.list(claimNo, user.dataScope()));
        model.addAttribute("nextSteps", nextSteps(claim, false, user));
        return "claims/survey";
    }

    @PostMapping("/claims/{claimNo}/steps/{step}")
    String step(
            @PathVariable String claimNo,
            @PathVariable String step,
            @ModelAttribute StepForm form,
            @RequestParam(required = false) @Nullable String back,
            RedirectAttributes redirect) {
        String target = "survey".equals(back) ? "/claims/" + claimNo + "/survey" : "/claims/" + claimNo;
        try {
            handling.step(claimNo, StepPaths.step(step), form.command(), CurrentUser.get(), null);
            redirect.addFlashAttribute("message", "claims.step.done");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e.fields()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", message(e.fields()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "version: the claim was changed meanwhile; reload and try again");
        }
        return "redirect:" + target;
    }

    /** A handler enters the bank's confirmation from the bank statement (回单) where no callback arrives. */
    @PostMapping("/claims/{claimNo}/payments/{reference}/confirmation")
    String confirmPayment(
            @PathVariable String claimNo,
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String bankReference,
            @RequestParam(required = false) @Nullable String occurredAt,
            @RequestParam(required = false) @Nullable String lateEntryReason,
            RedirectAttributes redirect) {
        try {
            handling.confirmPayment(
                    reference,
                    new PaymentConfirmation(bankReference, StepForm.instant(occurredAt), lateEntryReason),
                    CurrentUser.get());
            redirect.addFlashAttribute("message", "claims.step.done");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", message(e.fields()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", message(e.fields()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "version: the claim was changed meanwhile; reload and try again");
        }
        return "redirect:/claims/" + claimNo;
    }

    @PostMapping("/claims/{claimNo}/photos")
    String photo(
            @PathVariable String claimNo,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String caption,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose a photo");
            }
            attachments.upload(claimNo, file.getBytes(), caption, CurrentUser.get());
            redirect.addFlashAttribute("message", "claims.photo.added");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute(
                    "error",
                    message(e instanceof InvalidInputException i ? i.fields() : ((ConflictException) e).fields()));
        }
        return "redirect:/claims/" + claimNo + "/survey";
    }

    @GetMapping("/claims/{claimNo}/photos/{id}")
    ResponseEntity<byte[]> photoContent(@PathVariable String claimNo, @PathVariable long id) {
        ClaimAttachments.Content content = attachments.content(claimNo, id, CurrentUser.scope());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    @GetMapping("/claims/{claimNo}/notices/{kind}")
    ResponseEntity<byte[]> notice(@PathVariable String claimNo, @PathVariable String kind, Locale locale) {
        ClaimNotices.Kind which = ClaimNotices.Kind.ofPath(kind);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + claimNo + "-" + kind + ".pdf\"")
                .body(notices.pdf(claimNo, which, CurrentUser.scope(), locale));
    }

    // The customer is contacted once (浙江规范第七章 2.3.3); the page stops offering it then.
    /**
     * The 先予支付 clock (保险法第二十五条, 浙江规范第七章 2.7.5) when its deadline is near or past while the amount
     * is still open: the page warns in words, not only by the countdown, from {@link #ADVANCE_WARNING} before
     * day 60.
     */
    private @Nullable ClockView advanceDue(CaseDeadlines deadlines) {
        return deadlines
                .step("ADVANCE_PAYMENT")
                .map(StepDeadline::governing)
                .filter(ClockView::waitingForStop)
                .filter(c -> c.deadline().isBefore(clock.instant().plus(ADVANCE_WARNING)))
                .orElse(null);
    }

    private static List<ClaimStep> nextSteps(ClaimView claim, boolean denialNoticeOwed, ScopedUser user) {
        return NextSteps.of(claim.status(), denialNoticeOwed, user.roles()).stream()
                .filter(step -> step != ClaimStep.CONTACT || claim.contactedAt() == null)
                .filter(step -> step != ClaimStep.PAYMENT_INSTRUCTION || claim.pendingPayment() == null)
                // An agreed claim is paid, or closed when the agreement leaves nothing more to pay.
                .filter(step -> claim.status() != ClaimStatus.AGREED
                        || (step == ClaimStep.CLOSE) == (claim.outstanding().signum() == 0))
                .toList();
    }

    /** The rows with their nearest open deadline, nearest first; rows without a running clock last. */
    private List<ListEntry> withDeadlines(List<ClaimListRow> rows) {
        List<CaseRef> refs = rows.stream()
                .map(r -> ClaimClocks.caseRef(r.insurerId(), r.claimNo()))
                .toList();
        Map<CaseRef, CaseDeadlines> all = refs.isEmpty() ? Map.of() : clocks.deadlinesOf(refs);
        List<ListEntry> entries = new ArrayList<>();
        for (ClaimListRow row : rows) {
            CaseDeadlines d = all.get(ClaimClocks.caseRef(row.insurerId(), row.claimNo()));
            ClockView nearest = d == null
                    ? null
                    : d.clocks().stream()
                            .filter(c -> c.state() == ClockState.RUNNING
                                    || (c.state() == ClockState.BREACHED && c.stoppedAt() == null))
                            .min(Comparator.comparing(ClockView::deadline))
                            .orElse(null);
            entries.add(new ListEntry(row, nearest));
        }
        entries.sort(Comparator.comparing(
                (ListEntry e) -> e.nearest() == null ? Instant.MAX : e.nearest().deadline()));
        return entries;
    }

    private static Map<String, String> byField(List<FieldProblem> fields) {
        return fields.stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a));
    }

    private static String message(List<FieldProblem> fields) {
        return fields.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    }
}
