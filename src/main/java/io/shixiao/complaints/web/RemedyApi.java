package io.shixiao.complaints.web;

import io.shixiao.complaints.application.RectificationLedger;
import io.shixiao.complaints.application.RectificationRow;
import io.shixiao.complaints.application.Remedies;
import io.shixiao.complaints.application.RemedyTerms;
import io.shixiao.complaints.domain.RemedyKind;
import io.shixiao.complaints.domain.RemedyStatus;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Remedies (补救) and the rectification ledger (整改台账) across complaints and claims. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Remedies 补救与整改", description = "Remedies after a breach or an upheld complaint; the rectification ledger")
@PreAuthorize(Access.READERS)
class RemedyApi {

    private final Remedies remedies;
    private final RemedyTerms terms;
    private final RectificationLedger ledger;

    RemedyApi(Remedies remedies, RemedyTerms terms, RectificationLedger ledger) {
        this.remedies = remedies;
        this.terms = terms;
        this.ledger = ledger;
    }

    @GetMapping("/remedies")
    @Operation(summary = "List remedies, newest first")
    List<RemedyResponse> list(@RequestParam(required = false) @Nullable RemedyStatus status) {
        return remedies.list(CurrentUser.scope(), status).stream()
                .map(RemedyResponse::of)
                .toList();
    }

    @PostMapping("/remedies/{id}/approval")
    @PreAuthorize(Access.MANAGERS)
    @Operation(summary = "Approve a proposed compensation before it is offered")
    RemedyResponse approve(@PathVariable long id, @RequestBody Versioned body) {
        return RemedyResponse.of(remedies.approve(id, body.version(), CurrentUser.get()));
    }

    @PostMapping("/remedies/{id}/answer")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "Record the customer's acceptance or refusal")
    RemedyResponse answer(@PathVariable long id, @RequestBody AnswerRequest body) {
        return RemedyResponse.of(remedies.answer(id, body.version(), body.accepted(), body.note(), CurrentUser.get()));
    }

    @PostMapping("/remedies/{id}/completion")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "Record that the remedy was carried out and followed up")
    RemedyResponse complete(@PathVariable long id, @RequestBody NoteRequest body) {
        return RemedyResponse.of(remedies.complete(id, body.version(), body.note(), CurrentUser.get()));
    }

    @GetMapping("/remedy-terms")
    @Operation(
            summary = "The caller's insurer's remedy after a breached clock, per case type (服务质量协议 5.3)",
            description = """
            Which remedy a breached COMPLAINT or CLAIM clock proposes, and a compensation's amount; agreed=false shows the \
            default (priority handling with an apology) with version -1.""")
    List<RemedyTerms.Term> terms() {
        Long insurer = CurrentUser.scope().insurerId();
        if (insurer == null) {
            throw new InvalidInputException("insurerId", "only an insurer's staff have remedy terms");
        }
        return terms.of(insurer);
    }

    @PutMapping("/remedy-terms/{caseType}")
    @PreAuthorize(Access.MANAGERS)
    @Operation(
            summary = "Set the caller's insurer's remedy after a breached clock of COMPLAINT or CLAIM",
            description = """
            kind EXPLANATION_AND_APOLOGY, FREE_REPROCESSING, PRIORITY_HANDLING or COMPENSATION; amount (yuan) only for a \
            compensation; description what the customer is offered (checked for forbidden phrases); version as read, -1 \
            for terms not yet set.""")
    RemedyTerms.Term setTerms(@PathVariable String caseType, @RequestBody TermRequest body) {
        return terms.set(CurrentUser.get(), caseType, body.kind(), body.amount(), body.description(), body.version());
    }

    @GetMapping("/rectifications")
    @Operation(summary = "The rectification ledger; overdue=true lists only overdue items")
    List<RectificationRow> ledger(@RequestParam(required = false, defaultValue = "false") boolean overdue) {
        return ledger.list(CurrentUser.scope(), overdue);
    }

    @PostMapping("/rectifications/{id}/result")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "The owner reports the rectification result")
    RectificationRow done(@PathVariable long id, @RequestBody NoteRequest body) {
        return ledger.done(id, body.version(), body.note(), CurrentUser.get());
    }

    @PostMapping("/rectifications/{id}/verification")
    @PreAuthorize(Access.MANAGERS)
    @Operation(summary = "Verify a reported rectification (not by its owner)")
    RectificationRow verify(@PathVariable long id, @RequestBody NoteRequest body) {
        return ledger.verify(id, body.version(), body.note(), CurrentUser.get());
    }

    record Versioned(@Nullable Integer version) {}

    record TermRequest(
            @Nullable RemedyKind kind,
            @Nullable String amount,
            @Nullable String description,
            @Nullable Integer version) {}

    record AnswerRequest(
            @Nullable Integer version,
            @Nullable Boolean accepted,
            @Nullable String note) {}

    record NoteRequest(@Nullable Integer version, @Nullable String note) {}
}
