package io.shixiao.claims.web;

import io.shixiao.claims.application.ClaimAttachments;
import io.shixiao.claims.application.ClaimClocks;
import io.shixiao.claims.application.ClaimHandling;
import io.shixiao.claims.application.ClaimListRow;
import io.shixiao.claims.application.ClaimNotices;
import io.shixiao.claims.application.ClaimView;
import io.shixiao.claims.application.PaymentConfirmation;
import io.shixiao.claims.application.PolicyForClaim;
import io.shixiao.claims.application.ReportClaim;
import io.shixiao.claims.application.StepCommand;
import io.shixiao.claims.domain.ClaimStatus;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.ScopedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The claims API: report, read, one POST per step, photos, notices and clocks. */
@RestController
@RequestMapping("/api/v1/claims")
@Tag(
        name = "Claims 理赔",
        description = "From the report (报案) to payment, every step reported to the service-level engine")
class ClaimApi {

    private final ClaimHandling handling;
    private final ClaimAttachments attachments;
    private final ClaimNotices notices;
    private final ClaimClocks clocks;

    ClaimApi(ClaimHandling handling, ClaimAttachments attachments, ClaimNotices notices, ClaimClocks clocks) {
        this.handling = handling;
        this.attachments = attachments;
        this.notices = notices;
        this.clocks = clocks;
    }

    @PostMapping
    @Operation(
            summary = "Report a claim (AGENT, CLAIMS_HANDLER, MANAGER)",
            description =
                    "201 with the claim number, state and zone. A repeat report of the same accident (same policy,"
                            + " loss within two hours) answers 200 with the existing claim and duplicateOf set. The same"
                            + " Idempotency-Key with the same body answers the first result; with another body 409.")
    ResponseEntity<ClaimView> report(
            @RequestBody ReportClaim body,
            @Parameter(description = "makes a retried request safe")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Nullable
                    String key) {
        ClaimView claim = handling.report(body, CurrentUser.get(), key);
        return ResponseEntity.status(claim.duplicateOf() == null ? HttpStatus.CREATED : HttpStatus.OK)
                .body(claim);
    }

    @GetMapping
    @Operation(summary = "Claims in your scope, newest first", description = "Optionally filtered by status.")
    List<ClaimListRow> list(
            @RequestParam(required = false) @Nullable Set<ClaimStatus> status,
            @RequestParam(defaultValue = "100") int limit) {
        return handling.list(CurrentUser.scope(), status == null ? null : EnumSet.copyOf(status), limit);
    }

    @GetMapping("/policies")
    @Operation(
            summary = "Find the policy to report against",
            description = "By policy number, plate (号牌) or the insured's resident ID number; your insurer's only.")
    List<PolicyForClaim> policies(@RequestParam String q) {
        return handling.findPolicies(q, CurrentUser.scope());
    }

    @GetMapping("/{claimNo}")
    @Operation(summary = "A claim with its timeline", description = "Another insurer's claim answers 404.")
    ClaimView get(@PathVariable String claimNo) {
        return handling.get(claimNo, CurrentUser.scope());
    }

    @GetMapping("/{claimNo}/deadlines")
    @Operation(
            summary = "The claim's deadlines per step, from the service-level engine",
            description = "The governing deadline of each step first; the same clocks as"
                    + " /api/v1/service-levels/cases/CLAIM/{claimNo}/clocks.")
    CaseDeadlines deadlines(@PathVariable String claimNo) {
        ClaimView claim = handling.get(claimNo, CurrentUser.scope());
        return clocks.deadlinesOf(claim.insurerId(), claim.claimNo());
    }

    @PostMapping("/{claimNo}/{step}")
    @Operation(
            summary = "Take one step of a claim",
            description =
                    "step: dispatch (again: 改派 to another surveyor with a reason; the clocks keep running), contact, arrival, no-site-survey, survey-report, assessment,"
                            + " assessment-review, application, documents (supplements), missing-documents-notice,"
                            + " notice-received, adjustment (decision), approval, agreement, payments (the instruction to the"
                            + " bank: the claim stays AGREED until the bank confirms), close, denial, denial-notice, withdraw,"
                            + " advance-payments (先予支付), reopen (MANAGER, with reason). occurredAt defaults to now; more than 10 minutes back it is a"
                            + " back-dated entry needing lateEntryReason. A step out of order answers 409 naming the state.")
    ClaimView step(
            @PathVariable String claimNo,
            @PathVariable String step,
            @RequestBody(required = false) @Nullable StepCommand body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
        ScopedUser user = CurrentUser.get();
        return handling.step(claimNo, StepPaths.step(step), body == null ? StepCommand.now() : body, user, key);
    }

    @PostMapping("/payments/{reference}/confirmation")
    @Operation(
            summary = "The bank confirms a payment (CLAIMS_HANDLER, ADMIN)",
            description = "reference: the instruction's reference from the bank file (PAY-{claimNo}-{n}). Marks the"
                    + " payment paid with the bank's reference: only then PAYMENT_MADE reaches the engine and the"
                    + " customer's SMS goes out. Repeating it with the same bankReference answers the claim again;"
                    + " with another bankReference 409. An unknown or another insurer's reference answers 404.")
    ClaimView confirmPayment(@PathVariable String reference, @RequestBody PaymentConfirmation body) {
        return handling.confirmPayment(reference, body, CurrentUser.get());
    }

    @PostMapping(path = "/{claimNo}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a survey photo or scan (SURVEYOR, ASSESSOR)",
            description = "JPEG, PNG or PDF, told by content; at most 5 MB; hashed (SHA-256).")
    ResponseEntity<ClaimAttachments.Attachment> photo(
            @PathVariable String claimNo,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String caption)
            throws IOException {
        if (file.getSize() > Integer.MAX_VALUE) {
            throw new InvalidInputException("file", "too large");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(attachments.upload(claimNo, file.getBytes(), caption, CurrentUser.get()));
    }

    @GetMapping("/{claimNo}/photos")
    @Operation(summary = "The claim's photos and scans", description = "Type, size, SHA-256, who and when.")
    List<ClaimAttachments.Attachment> photos(@PathVariable String claimNo) {
        return attachments.list(claimNo, CurrentUser.scope());
    }

    @GetMapping(path = "/{claimNo}/notices/{kind}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "A notice as PDF",
            description = "kind: receipt (索赔材料接收回执, every handing-in of documents), missing-documents"
                    + " (一次性告知书), settlement-agreement (赔付协议: adjustment lines and agreed amount), denial"
                    + " (拒赔通知书), payment (赔款通知). 404 while the claim has no such notice.")
    ResponseEntity<byte[]> notice(@PathVariable String claimNo, @PathVariable String kind, Locale locale) {
        ClaimNotices.Kind which = ClaimNotices.Kind.ofPath(kind);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + claimNo + "-" + kind + ".pdf\"")
                .body(notices.pdf(claimNo, which, CurrentUser.scope(), locale));
    }
}
