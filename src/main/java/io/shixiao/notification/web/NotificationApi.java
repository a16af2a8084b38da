package io.shixiao.notification.web;

import io.shixiao.notification.alert.AlertView;
import io.shixiao.notification.alert.StaffAlerts;
import io.shixiao.notification.outbox.DeliveryLog;
import io.shixiao.notification.outbox.MessageStatus;
import io.shixiao.notification.outbox.MessageView;
import io.shixiao.notification.template.MessageTemplate;
import io.shixiao.notification.template.MessageTemplates;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's alerts, the delivery log and the message templates. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "通知：员工时效提醒、客户短信发件箱与发送记录、短信模板")
class NotificationApi {

    private final StaffAlerts alerts;
    private final DeliveryLog log;
    private final MessageTemplates templates;

    NotificationApi(StaffAlerts alerts, DeliveryLog log, MessageTemplates templates) {
        this.alerts = alerts;
        this.log = log;
        this.templates = templates;
    }

    /** A new template body, with the version read. */
    record TemplateChange(@Nullable String body, @Nullable Integer version) {}

    /** Values for a template's placeholders. */
    record Preview(@Nullable Map<String, String> values) {}

    @GetMapping("/alerts")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The caller's alerts, latest first",
            description = "Deadline warnings, breaches, broken count rules and overdue duties addressed to the caller's"
                    + " roles within their organisation subtree.")
    List<AlertView> myAlerts(@RequestParam(name = "unread", required = false) Boolean unread) {
        return alerts.inbox(CurrentUser.get(), Boolean.TRUE.equals(unread));
    }

    @PostMapping("/alerts/{id}/read")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark one of the caller's alerts read")
    void read(@PathVariable long id) {
        alerts.markRead(CurrentUser.get(), id);
    }

    @GetMapping("/messages")
    @PreAuthorize(NotificationAccess.LOG_READERS)
    @Operation(
            summary = "The delivery log of customer messages",
            description = "Latest first, numbers masked, within the caller's insurer and subtree; at most "
                    + DeliveryLog.LIMIT + ".")
    List<MessageView> messages(@RequestParam(name = "status", required = false) MessageStatus status) {
        return log.latest(CurrentUser.scope(), status);
    }

    @GetMapping("/templates")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The customer message templates, with the clause each answers")
    List<MessageTemplate> templates() {
        return templates.all();
    }

    @PutMapping("/templates/{code}")
    @PreAuthorize(NotificationAccess.TEMPLATE_EDITORS)
    @Operation(
            summary = "Change a template's text (administrator)",
            description = "Refused when it uses an undeclared placeholder or a forbidden service phrase; audited.")
    MessageTemplate change(@PathVariable String code, @RequestBody TemplateChange change) {
        return templates.changeBody(code, change.body(), change.version(), CurrentUser.actor());
    }

    @PostMapping("/templates/{code}/preview")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The message a template renders with the given values")
    Map<String, String> preview(@PathVariable String code, @RequestBody Preview preview) {
        return Map.of("text", templates.preview(code, preview.values() == null ? Map.of() : preview.values()));
    }
}
