package io.shixiao.organization.web;

import io.shixiao.organization.application.InsurerService;
import io.shixiao.organization.application.OrgUnitService;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.application.Paged;
import io.shixiao.organization.domain.Insurer;
import io.shixiao.shared.division.Divisions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 机构: the insurers in scope and the branch tree of one of them. */
@Controller
@RequestMapping("/organization/insurers")
class InsurerPages {

  private final InsurerService insurers;
  private final OrgUnitService units;
  private final Divisions divisions;

  InsurerPages(InsurerService insurers, OrgUnitService units, Divisions divisions) {
    this.insurers = insurers;
    this.units = units;
    this.divisions = divisions;
  }

  @GetMapping
  String insurers(@RequestParam(required = false) Long insurerId, Model model) {
    Paged<Insurer> list = insurers.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE));
    model.addAttribute("insurers", list.items());
    Long selected = insurerId != null ? insurerId : list.items().stream().findFirst().map(Insurer::id).orElse(null);
    if (selected != null) {
      model.addAttribute("selected", insurers.get(selected));
      model.addAttribute("tree", units.tree(selected));
    }
    model.addAttribute("divisions", divisions);
    return "organization/insurers";
  }
}
