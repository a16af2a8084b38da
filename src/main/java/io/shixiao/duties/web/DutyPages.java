package io.shixiao.duties.web;

import io.shixiao.duties.application.DutyBoard;
import io.shixiao.duties.application.DutyCompletion;
import io.shixiao.duties.application.OccurrenceFilter;
import io.shixiao.duties.application.OccurrenceView;
import io.shixiao.duties.catalog.DutyPeriod;
import io.shixiao.duties.catalog.RecurringDuty;
import io.shixiao.duties.domain.DutyStatus;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 定期义务: every recurring duty the user's organisation owns, with each period's status (open, overdue,
 * done, done late, lapsed), and a form to record an occurrence done with its evidence.
 */
@Controller
@RequestMapping("/service-levels/duties")
@PreAuthorize(DutyAccess.READERS)
class DutyPages {

    private final DutyBoard board;
    private final DutyCompletion completion;

    DutyPages(DutyBoard board, DutyCompletion completion) {
        this.board = board;
        this.completion = completion;
    }

    @GetMapping
    String board(
            @RequestParam(name = "duty", required = false) String dutyCode,
            @RequestParam(name = "status", required = false) DutyStatus status,
            Model model) {
        ScopedUser user = CurrentUser.get();
        List<OccurrenceView> occurrences =
                board.list(user, new OccurrenceFilter(blankToNull(dutyCode), status, null, null));
        Map<String, List<DutyRow>> rows = new LinkedHashMap<>();
        for (RecurringDuty duty : board.duties()) {
            List<DutyRow> dutyRows = rowsOf(duty, occurrences);
            if (!dutyRows.isEmpty()) {
                rows.put(duty.code(), dutyRows);
            }
        }
        model.addAttribute("duties", board.duties());
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", DutyStatus.values());
        model.addAttribute("selectedDuty", blankToNull(dutyCode));
        model.addAttribute("selectedStatus", status);
        model.addAttribute(
                "overdue",
                occurrences.stream()
                        .filter(o -> o.status() == DutyStatus.OVERDUE)
                        .count());
        return "duties/board";
    }

    @GetMapping("/{id}")
    String occurrence(@PathVariable long id, Model model) {
        fill(model, CurrentUser.get(), id);
        return "duties/occurrence";
    }

    @PostMapping("/{id}/complete")
    String complete(
            @PathVariable long id,
            @RequestParam(name = "performedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate performedOn,
            @RequestParam(name = "evidence", required = false) String evidence,
            @RequestParam(name = "note", required = false) String note,
            @RequestParam(name = "version", required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        ScopedUser user = CurrentUser.get();
        try {
            OccurrenceView done = completion.complete(user, id, performedOn, evidence, note, version);
            redirect.addFlashAttribute("saved", done.status());
            return "redirect:/service-levels/duties/" + id;
        } catch (InvalidInputException | ConflictException e) {
            fill(model, user, id);
            model.addAttribute("errors", errors(e));
            model.addAttribute("formEvidence", evidence);
            model.addAttribute("formNote", note);
            model.addAttribute("formPerformedOn", performedOn);
            return "duties/occurrence";
        }
    }

    private void fill(Model model, ScopedUser user, long id) {
        OccurrenceView occurrence = board.get(user, id);
        model.addAttribute("occurrence", occurrence);
        model.addAttribute("completedAtText", ShanghaiTime.display(occurrence.completedAt()));
        model.addAttribute(
                "duty",
                board.duties().stream()
                        .filter(d -> d.code().equals(occurrence.dutyCode()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "mayComplete",
                board.mayComplete(user, occurrence)
                        && occurrence.status() != DutyStatus.DONE
                        && occurrence.status() != DutyStatus.DONE_LATE);
    }

    private static List<DutyRow> rowsOf(RecurringDuty duty, List<OccurrenceView> occurrences) {
        Map<String, List<OccurrenceView>> byOwner = new LinkedHashMap<>();
        occurrences.stream()
                .filter(o -> o.dutyCode().equals(duty.code()))
                .sorted(Comparator.comparing(OccurrenceView::ownerName).thenComparing(OccurrenceView::periodStart))
                .forEach(o -> byOwner.computeIfAbsent(o.ownerType() + "/" + o.ownerId(), key -> new ArrayList<>())
                        .add(o));
        return byOwner.values().stream()
                .map(list -> new DutyRow(
                        list.get(0).ownerType(),
                        list.get(0).ownerName(),
                        list.stream()
                                .map(o -> new DutyRow.Cell(
                                        o, new DutyPeriod(o.periodStart(), o.periodEnd()).label(duty.recurrence())))
                                .toList()))
                .toList();
    }

    private static Map<String, String> errors(RuntimeException e) {
        List<FieldProblem> fields =
                e instanceof InvalidInputException invalid ? invalid.fields() : ((ConflictException) e).fields();
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach(f -> errors.put(f.field(), f.message()));
        return errors;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
