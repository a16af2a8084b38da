package io.shixiao.organization.web;

import io.shixiao.organization.application.AssociationService;
import io.shixiao.organization.application.OrganizationAccess;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.domain.Association;
import io.shixiao.shared.division.Divisions;
import io.shixiao.shared.security.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 行业协会: associations with their members; member counts and the certificate registry for the association itself. */
@Controller
@RequestMapping("/organization/associations")
class AssociationPages {

  private final AssociationService associations;
  private final OrganizationAccess access;
  private final Divisions divisions;

  AssociationPages(AssociationService associations, OrganizationAccess access, Divisions divisions) {
    this.associations = associations;
    this.access = access;
    this.divisions = divisions;
  }

  @GetMapping
  String associations(Model model) {
    model.addAttribute("associations", associations.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
    model.addAttribute("names", associations);
    model.addAttribute("divisions", divisions);
    DataScope scope = access.scope();
    model.addAttribute("inspectable", scope.isPlatform() ? null : scope.associationId());
    model.addAttribute("platform", scope.isPlatform());
    return "organization/associations";
  }

  @GetMapping("/{id}")
  String association(@PathVariable long id, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
    Association association = associations.get(id);
    model.addAttribute("association", association);
    model.addAttribute("names", associations);
    model.addAttribute("divisions", divisions);
    model.addAttribute("statistics", associations.statistics(id));
    model.addAttribute("certificates", associations.certificateRegistry(id, q, PageRequest.of(page, 50)));
    model.addAttribute("q", q);
    return "organization/association";
  }
}
