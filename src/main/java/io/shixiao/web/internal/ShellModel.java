package io.shixiao.web.internal;

import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.web.NavigationItem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the signed-in user, the current path and their menu into the model of every rendered page
 * (not of API responses, which have no view).
 */
@Component
class ShellModel implements HandlerInterceptor {

    private static final List<String> SECTION_ORDER = List.of(
            "home",
            "service",
            "policies",
            "claims",
            "rural",
            "complaints",
            "feedback",
            "quality",
            "notification",
            "organization",
            "admin");

    private final List<NavigationItem> items;

    ShellModel(List<NavigationItem> items) {
        this.items = items;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        ScopedUser user = CurrentUser.find().orElse(null);
        view.addObject("currentUser", user);
        view.addObject(
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length()));
        view.addObject("navigation", user == null ? Map.of() : navigationFor(user));
    }

    private Map<String, List<NavigationItem>> navigationFor(ScopedUser user) {
        Map<String, List<NavigationItem>> sections = new LinkedHashMap<>();
        items.stream()
                .filter(item -> item.visibleTo(user.roles()))
                .sorted(Comparator.comparingInt((NavigationItem item) -> sectionRank(item.section()))
                        .thenComparingInt(NavigationItem::order))
                .forEach(item -> sections.computeIfAbsent(item.section(), key -> new ArrayList<>())
                        .add(item));
        return sections;
    }

    private static int sectionRank(String section) {
        int index = SECTION_ORDER.indexOf(section);
        return index < 0 ? SECTION_ORDER.size() : index;
    }
}
