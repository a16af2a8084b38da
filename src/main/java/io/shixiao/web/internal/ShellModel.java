package io.shixiao.web.internal;

import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.web.NavigationItem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and their menu into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

  private static final List<String> SECTION_ORDER = List.of("home", "service", "claims", "complaints", "organization", "admin");

  private final List<NavigationItem> items;

  ShellModel(List<NavigationItem> items) {
    this.items = items;
  }

  @ModelAttribute("currentUser")
  ScopedUser currentUser() {
    return CurrentUser.find().orElse(null);
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @ModelAttribute("navigation")
  Map<String, List<NavigationItem>> navigation() {
    Optional<ScopedUser> user = CurrentUser.find();
    Map<String, List<NavigationItem>> sections = new LinkedHashMap<>();
    if (user.isEmpty()) {
      return sections;
    }
    items.stream()
        .filter(item -> item.visibleTo(user.get().roles()))
        .sorted(Comparator.comparingInt((NavigationItem item) -> sectionRank(item.section())).thenComparingInt(NavigationItem::order))
        .forEach(item -> sections.computeIfAbsent(item.section(), key -> new java.util.ArrayList<>()).add(item));
    return sections;
  }

  private static int sectionRank(String section) {
    int index = SECTION_ORDER.indexOf(section);
    return index < 0 ? SECTION_ORDER.size() : index;
  }
}
