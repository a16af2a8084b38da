package io.shixiao.complaints.web;

import io.shixiao.complaints.application.ComplaintHandling;
import io.shixiao.complaints.application.ComplaintHandling.DecisionInput;
import io.shixiao.complaints.application.ComplaintIntake;
import io.shixiao.complaints.application.DecisionNotices;
import io.shixiao.complaints.application.RectificationLedger;
import io.shixiao.complaints.application.RectificationRow;
import io.shixiao.complaints.application.Remedies;
import io.shixiao.complaints.application.StepTime;
import io.shixiao.complaints.domain.ComplaintStatus;
import io.shixiao.complaints.domain.Complexity;
import io.shixiao.complaints.domain.Pause;
import io.shixiao.complaints.domain.RemedyKind;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Complaints through their procedure; every step reported to the service-level engine. */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints 投诉", description = "Complaint intake, handling steps with statutory clocks, decision notices")
@PreAuthorize(Access.READERS)
class ComplaintApi {

    private final ComplaintHandling complaints;
    private final DecisionNotices notices;
    private final Remedies remedies;
    private final RectificationLedger ledger;
    private final Clock clock;

    ComplaintApi(
            ComplaintHandling complaints,
            DecisionNotices notices,
            Remedies remedies,
            RectificationLedger ledger,
            Clock clock) {
        this.complaints = complaints;
        this.notices = notices;
        this.remedies = remedies;
        this.ledger = ledger;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.INTAKE)
    @Operation(summary = "Register a complaint (客户投诉登记表)", description = """
            channel HOTLINE, OUTLET, LETTER, ONLINE, REGULATOR_RELAYED or ASSOCIATION_RELAYED; category; content and \
            customerRequest required; complainants: at least one {name, mobile}; policyNumber/claimNumber as text; \
            receivedAt defaults to now, an earlier time past 10 minutes needs lateReason. Starts CPL-18 and the \
            pledges that bind the insurer. 20 or more complainants at an outlet, or disasterRelated, flags 重大投诉.""")
    ComplaintResponse register(@RequestBody ComplaintIntake intake) {
        return ComplaintResponse.of(complaints.register(intake, CurrentUser.get()));
    }

    @GetMapping
    @Operation(summary = "List complaints with their governing deadlines", description = "Newest first, at most 200.")
    List<ListedResponse> list(@RequestParam(required = false) @Nullable ComplaintStatus status) {
        return complaints.list(CurrentUser.scope(), status).stream()
                .map(ListedResponse::of)
                .toList();
    }

    @GetMapping("/{number}")
    @Operation(summary = "One complaint with its timeline, clocks and remedies")
    ComplaintResponse one(@PathVariable String number) {
        return ComplaintResponse.of(complaints.detail(number, CurrentUser.scope()));
    }

    @GetMapping(value = "/{number}/decision-notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The decision notice as PDF (投诉办法第十九条)")
    ResponseEntity<byte[]> notice(@PathVariable String number, Locale locale) {
        byte[] pdf = notices.pdf(number, CurrentUser.scope(), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(number + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @PostMapping("/{number}/assignment")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "Pass to a handling unit and a named handler (转办)")
    ComplaintResponse assign(@PathVariable String number, @RequestBody AssignRequest body) {
        return ComplaintResponse.of(
                complaints.assign(number, body.orgUnitId(), body.staffId(), body.handlerName(), CurrentUser.get()));
    }

    @PostMapping("/{number}/acknowledgement")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "First response to the complainant (初步响应), checked for forbidden phrases")
    ComplaintResponse acknowledge(@PathVariable String number, @RequestBody TextStep body) {
        return ComplaintResponse.of(complaints.acknowledge(number, body.text(), time(body), CurrentUser.get()));
    }

    @PostMapping("/{number}/investigation")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "Record an investigation note (调查核实)")
    ComplaintResponse investigate(@PathVariable String number, @RequestBody TextStep body) {
        return ComplaintResponse.of(complaints.investigate(number, body.text(), time(body), CurrentUser.get()));
    }

    @PostMapping("/{number}/relay-feedback")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "Feedback to the relaying regulator or association (浙江规范第八章 3.3)")
    ComplaintResponse relayFeedback(@PathVariable String number, @RequestBody TextStep body) {
        return ComplaintResponse.of(complaints.feedBackToRelay(number, body.text(), time(body), CurrentUser.get()));
    }

    @PostMapping("/{number}/relay-requests")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "The regulator or association asked about the complaint again")
    ComplaintResponse relayRequest(@PathVariable String number, @RequestBody TextStep body) {
        return ComplaintResponse.of(complaints.relayAsked(number, body.text(), time(body), CurrentUser.get()));
    }

    @PostMapping("/{number}/complexity")
    @PreAuthorize(Access.HANDLERS)
    @Operation(
            summary =
                    "Find the complaint complex (30 days) or especially complex (+30 days, manager, complainant told)")
    ComplaintResponse complexity(@PathVariable String number, @RequestBody ComplexityRequest body) {
        if (body.level() == null || body.level() == Complexity.SIMPLE) {
            throw new InvalidInputException("level", "COMPLEX or ESPECIALLY_COMPLEX");
        }
        return ComplaintResponse.of(
                body.level() == Complexity.COMPLEX
                        ? complaints.markComplex(number, body.reason(), CurrentUser.get())
                        : complaints.markEspeciallyComplex(
                                number, body.reason(), body.complainantToldAt(), CurrentUser.get()));
    }

    @PostMapping("/{number}/pauses")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "An appraisal (complainant told) or mediation begins; the limit stops counting")
    ComplaintResponse pause(@PathVariable String number, @RequestBody PauseRequest body) {
        return ComplaintResponse.of(complaints.pause(
                number,
                body.kind(),
                body.note(),
                Boolean.TRUE.equals(body.complainantNotified()),
                StepTime.of(body.occurredAt(), body.lateReason(), clock),
                CurrentUser.get()));
    }

    @PostMapping("/{number}/pauses/end")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "The appraisal or mediation ended; counting resumes")
    ComplaintResponse resume(@PathVariable String number, @RequestBody PauseRequest body) {
        return ComplaintResponse.of(complaints.resume(
                number,
                body.kind(),
                body.note(),
                StepTime.of(body.occurredAt(), body.lateReason(), clock),
                CurrentUser.get()));
    }

    @PostMapping("/{number}/new-facts")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "New facts and reasons: the decision limit counts anew (投诉办法第十八条第三款)")
    ComplaintResponse newFacts(@PathVariable String number, @RequestBody TextStep body) {
        return ComplaintResponse.of(complaints.newFacts(number, body.text(), time(body), CurrentUser.get()));
    }

    @PostMapping("/{number}/decision")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "Decide (投诉办法第十八、十九条): facts verified, basis, reasons; texts checked for forbidden phrases")
    ComplaintResponse decide(@PathVariable String number, @RequestBody DecisionRequest body) {
        return ComplaintResponse.of(complaints.decide(
                number,
                new DecisionInput(
                        body.upheld(), body.factsVerified(), body.basis(), body.reasons(), body.remediesOpen()),
                StepTime.of(body.occurredAt(), body.lateReason(), clock),
                CurrentUser.get()));
    }

    @PostMapping("/{number}/closure")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "Close a decided complaint with its written conclusion; a callback follows")
    ComplaintResponse close(@PathVariable String number, @RequestBody TextStep body) {
        return ComplaintResponse.of(complaints.close(number, body.text(), CurrentUser.get()));
    }

    @PostMapping("/{number}/reopening")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "Reopen a closed complaint with a reason")
    ComplaintResponse reopen(@PathVariable String number, @RequestBody TextStep body) {
        return ComplaintResponse.of(complaints.reopen(number, body.text(), CurrentUser.get()));
    }

    @PostMapping("/{number}/review-request")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "The complainant asked for a review (核查, 投诉办法第二十条): 30 days")
    ComplaintResponse requestReview(@PathVariable String number, @RequestBody TextStep body) {
        return ComplaintResponse.of(complaints.requestReview(number, body.text(), time(body), CurrentUser.get()));
    }

    @PostMapping("/{number}/review-decision")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "The review decided and the complainant told")
    ComplaintResponse decideReview(@PathVariable String number, @RequestBody TextStep body) {
        return ComplaintResponse.of(complaints.decideReview(number, body.text(), time(body), CurrentUser.get()));
    }

    @PostMapping("/{number}/withdrawal")
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "The complainant withdrew (投诉办法第十五条); the clocks end")
    ComplaintResponse withdraw(@PathVariable String number, @RequestBody TextStep body) {
        return ComplaintResponse.of(complaints.withdraw(number, body.text(), time(body), CurrentUser.get()));
    }

    @PostMapping("/{number}/remedies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "Propose a remedy (服务质量协议第五条): apology, free re-processing, priority, compensation")
    RemedyResponse propose(@PathVariable String number, @RequestBody RemedyRequest body) {
        return RemedyResponse.of(remedies.propose(
                complaints.detail(number, CurrentUser.scope()).record(),
                body.kind(),
                body.description(),
                body.amount(),
                body.correctiveAction(),
                body.followUpDue(),
                CurrentUser.get()));
    }

    @PostMapping("/{number}/rectifications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.HANDLERS)
    @Operation(summary = "Open a rectification item (整改台账) for the complaint's root cause")
    RectificationRow rectify(@PathVariable String number, @RequestBody RectificationRequest body) {
        return ledger.open(
                complaints.detail(number, CurrentUser.scope()).record(),
                body.problem(),
                body.rootCause(),
                body.owner(),
                body.dueOn(),
                CurrentUser.get());
    }

    private StepTime time(TextStep body) {
        return StepTime.of(body.occurredAt(), body.lateReason(), clock);
    }

    /** A step with a text; occurredAt defaults to now, an earlier time past 10 minutes needs lateReason. */
    record TextStep(
            @Nullable String text,
            @Nullable Instant occurredAt,
            @Nullable String lateReason) {}

    record AssignRequest(
            @Nullable Long orgUnitId,
            @Nullable Long staffId,
            @Nullable String handlerName) {}

    record ComplexityRequest(
            @Nullable Complexity level,
            @Nullable String reason,
            @Nullable Instant complainantToldAt) {}

    record PauseRequest(
            @Nullable Pause kind,
            @Nullable String note,
            @Nullable Boolean complainantNotified,
            @Nullable Instant occurredAt,
            @Nullable String lateReason) {}

    record DecisionRequest(
            @Nullable Boolean upheld,
            @Nullable String factsVerified,
            @Nullable String basis,
            @Nullable String reasons,
            @Nullable String remediesOpen,
            @Nullable Instant occurredAt,
            @Nullable String lateReason) {}

    record RemedyRequest(
            @Nullable RemedyKind kind,
            @Nullable String description,
            @Nullable String amount,
            @Nullable String correctiveAction,
            @Nullable LocalDate followUpDue) {}

    record RectificationRequest(
            @Nullable String problem,
            @Nullable String rootCause,
            @Nullable String owner,
            @Nullable LocalDate dueOn) {}

    /** A line of the list with the governing deadline of each step. */
    record ListedResponse(
            String number,
            String status,
            String channel,
            String category,
            Instant receivedAt,
            @Nullable String handlerName,
            boolean major,
            @Nullable String complainant,
            List<ComplaintResponse.Clock> deadlines) {

        static ListedResponse of(ComplaintHandling.ListedComplaint c) {
            return new ListedResponse(
                    c.row().number(),
                    c.row().status().name(),
                    c.row().channel().name(),
                    c.row().category().name(),
                    c.row().receivedAt(),
                    c.row().handlerName(),
                    c.row().major(),
                    c.row().firstComplainant(),
                    c.deadlines().stream().map(ComplaintResponse.Clock::of).toList());
        }
    }
}
