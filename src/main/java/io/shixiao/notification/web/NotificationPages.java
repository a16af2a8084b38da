package io.shixiao.notification.web;

import io.shixiao.notification.alert.StaffAlerts;
import io.shixiao.notification.outbox.DeliveryLog;
import io.shixiao.notification.outbox.MessageStatus;
import io.shixiao.notification.template.MessageTemplate;
import io.shixiao.notification.template.MessageTemplates;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.ScopedUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的提醒 (every signed-in user's own alerts), the delivery log of customer messages (scoped to the
 * user's insurer and subtree) and the template administration (the platform administrator).
 */
@Controller
class NotificationPages {

    private final StaffAlerts alerts;
    private final DeliveryLog log;
    private final MessageTemplates templates;

    NotificationPages(StaffAlerts alerts, DeliveryLog log, MessageTemplates templates) {
        this.alerts = alerts;
        this.log = log;
        this.templates = templates;
    }

    @GetMapping("/notifications/inbox")
    @PreAuthorize("isAuthenticated()")
    String inbox(@RequestParam(name = "unread", required = false) Boolean unread, Model model) {
        ScopedUser user = CurrentUser.get();
        boolean unreadOnly = Boolean.TRUE.equals(unread);
        model.addAttribute("alerts", alerts.inbox(user, unreadOnly));
        model.addAttribute("unreadCount", alerts.unread(user));
        model.addAttribute("unreadOnly", unreadOnly);
        return "notification/inbox";
    }

    @PostMapping("/notifications/inbox/{id}/read")
    @PreAuthorize("isAuthenticated()")
    String read(@PathVariable long id) {
        alerts.markRead(CurrentUser.get(), id);
        return "redirect:/notifications/inbox";
    }

    @GetMapping("/notifications/messages")
    @PreAuthorize(NotificationAccess.LOG_READERS)
    String messages(@RequestParam(name = "status", required = false) MessageStatus status, Model model) {
        model.addAttribute("messages", log.latest(CurrentUser.scope(), status));
        model.addAttribute("statuses", MessageStatus.values());
        model.addAttribute("selectedStatus", status);
        return "notification/messages";
    }

    @GetMapping("/admin/notifications/templates")
    @PreAuthorize(NotificationAccess.TEMPLATE_EDITORS)
    String templates(Model model) {
        model.addAttribute("templates", templates.all());
        return "notification/templates";
    }

    @GetMapping("/admin/notifications/templates/{code}")
    @PreAuthorize(NotificationAccess.TEMPLATE_EDITORS)
    String template(@PathVariable String code, Model model) {
        MessageTemplate template = templates.get(code);
        model.addAttribute("template", template);
        model.addAttribute("body", template.body());
        return "notification/template-edit";
    }

    @PostMapping("/admin/notifications/templates/{code}")
    @PreAuthorize(NotificationAccess.TEMPLATE_EDITORS)
    String saveTemplate(
            @PathVariable String code,
            @RequestParam(name = "body", required = false) String body,
            @RequestParam(name = "version", required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        try {
            MessageTemplate saved = templates.changeBody(code, body, version, CurrentUser.actor());
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/admin/notifications/templates";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("template", templates.get(code));
            model.addAttribute("body", body);
            model.addAttribute("error", e.getMessage());
            return "notification/template-edit";
        }
    }
}
