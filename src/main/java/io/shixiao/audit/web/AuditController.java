package io.shixiao.audit.web;

import io.shixiao.shared.security.Role;
import io.shixiao.shared.web.NavigationItem;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators browse the audit trail, newest first, filtered by kind, actor and record. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/admin/audit")
    @PreAuthorize("hasRole('ADMIN')")
    String list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String entity,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditFilter filter = new AuditFilter(blankToNull(kind), blankToNull(actor), blankToNull(entity));
        int safePage = Math.max(page, 0);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", queries.find(filter, safePage * PAGE_SIZE, PAGE_SIZE + 1));
        model.addAttribute("page", safePage);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "audit/list";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Bean
    static NavigationItem auditNavigation() {
        return new NavigationItem("admin", "nav.audit", "/admin/audit", 90, Set.of(Role.ADMIN));
    }
}
