package io.shixiao.complaints.web;

import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The complaints dashboard's figures as JSON, the same the page draws. */
@RestController
@Tag(name = "Complaints 投诉", description = "Complaint intake, handling steps with statutory clocks, decision notices")
@PreAuthorize(Access.READERS)
class ComplaintDashboardApi {

    private final ComplaintDashboard dashboard;

    ComplaintDashboardApi(ComplaintDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/complaints/dashboard")
    @Operation(
            summary =
                    "Complaints dashboard: open complaints by clock state, per 10,000 policies per branch, satisfaction by month",
            description = """
            openByClockState counts the open complaints (not closed, not withdrawn) by the engine's state of their governing \
            clock — the earliest deadline still waiting for its step: ON_TIME, WARNING (a warning threshold reached), BREACHED, \
            PAUSED, or NO_CLOCK. perTenThousandPolicies: complaints received from 'from' to 'to' per branch ÷ policies in force \
            at the end of 'to' × 10,000 (null without policies). satisfaction: the callbacks' monthly rate of one questionnaire \
            (default SEED-004). from/to default to the twelve months up to today.""")
    ComplaintDashboard.Figures figures(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String questionnaire) {
        return dashboard.of(CurrentUser.scope(), from, to, questionnaire);
    }
}
