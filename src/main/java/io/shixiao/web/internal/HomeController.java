package io.shixiao.web.internal;

import io.shixiao.organization.OrganizationCounts;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: live counts within the user's data scope, refreshed by htmx. */
@Controller
class HomeController {

  private final OrganizationDirectory organization;

  HomeController(OrganizationDirectory organization) {
    this.organization = organization;
  }

  @GetMapping("/")
  String home(Model model) {
    addFigures(model);
    return "web/home";
  }

  @GetMapping("/home/figures")
  String figures(Model model) {
    addFigures(model);
    return "web/home :: figures";
  }

  private void addFigures(Model model) {
    DataScope scope = CurrentUser.scope();
    OrganizationCounts counts = organization.counts(scope);
    model.addAttribute("scope", scope);
    model.addAttribute("counts", counts);
  }
}
