package io.shixiao.duties.web;

import io.shixiao.duties.application.DutyBoard;
import io.shixiao.duties.application.DutyCompletion;
import io.shixiao.duties.application.OccurrenceFilter;
import io.shixiao.duties.application.OccurrenceView;
import io.shixiao.duties.catalog.RecurringDuty;
import io.shixiao.duties.domain.DutyStatus;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The recurring duties and their occurrences, cut to the caller's data scope; recording an occurrence
 * done with its evidence.
 */
@RestController
@RequestMapping("/api/v1/duties")
@PreAuthorize(DutyAccess.READERS)
@Tag(name = "Recurring duties", description = "定期义务：满意度调查、内部评估、协会每月反馈等周期性义务的各期状态与完成登记")
class DutyApi {

    private final DutyBoard board;
    private final DutyCompletion completion;

    DutyApi(DutyBoard board, DutyCompletion completion) {
        this.board = board;
        this.completion = completion;
    }

    /** Completion of an occurrence: the day the work was done (default today), where the proof is, a note. */
    record CompletionRequest(
            @Nullable LocalDate performedOn,
            @Nullable String evidence,
            @Nullable String note,
            @Nullable Integer version) {}

    @GetMapping
    @Operation(
            summary = "The recurring duties of the seeds",
            description = "Each with its clause and quote, owner, recurrence, due rule and the reading taken.")
    List<RecurringDuty> duties() {
        return board.duties();
    }

    @GetMapping("/occurrences")
    @Operation(
            summary = "Occurrences visible to the caller, latest periods first",
            description =
                    "Filters: duty code, status, periods ending on or after 'from' and starting on or before 'to'."
                            + " At most " + DutyBoard.LIMIT + " rows.")
    List<OccurrenceView> occurrences(
            @RequestParam(name = "duty", required = false) String duty,
            @RequestParam(name = "status", required = false) DutyStatus status,
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return board.list(CurrentUser.get(), new OccurrenceFilter(duty, status, from, to));
    }

    @GetMapping("/occurrences/{id}")
    @Operation(summary = "One occurrence")
    OccurrenceView occurrence(@PathVariable long id) {
        return board.get(CurrentUser.get(), id);
    }

    @PostMapping("/occurrences/{id}/completion")
    @Operation(
            summary = "Record an occurrence done",
            description =
                    "Needs the evidence and the version read. Recorded after the due time, it is DONE_LATE however"
                            + " early performedOn says the work was done; audited.")
    OccurrenceView complete(@PathVariable long id, @RequestBody CompletionRequest body) {
        return completion.complete(
                CurrentUser.get(), id, body.performedOn(), body.evidence(), body.note(), body.version());
    }
}
