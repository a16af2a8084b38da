package io.shixiao.organization.web;

import io.shixiao.organization.ZoneKind;
import io.shixiao.organization.application.InsurerService;
import io.shixiao.organization.application.PageRequest;
import io.shixiao.organization.application.ZoneService;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.division.Divisions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 区域: the zones in scope and a lookup "which kind of zone is this place". */
@Controller
@RequestMapping("/organization/zones")
class ZonePages {

  private final ZoneService zones;
  private final InsurerService insurers;
  private final Divisions divisions;

  ZonePages(ZoneService zones, InsurerService insurers, Divisions divisions) {
    this.zones = zones;
    this.insurers = insurers;
    this.divisions = divisions;
  }

  @GetMapping
  String zones(
      @RequestParam(required = false) Long insurerId,
      @RequestParam(required = false) ZoneKind kind,
      @RequestParam(required = false) String division,
      Model model) {
    model.addAttribute("zones", zones.list(insurerId, kind, null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
    model.addAttribute("insurers", insurers.list(null, true, new PageRequest(0, PageRequest.MAX_SIZE)).items());
    model.addAttribute("kinds", ZoneKind.values());
    model.addAttribute("insurerId", insurerId);
    model.addAttribute("kind", kind);
    model.addAttribute("division", division);
    model.addAttribute("divisions", divisions);
    if (insurerId != null && division != null && !division.isBlank()) {
      if (DivisionCode.isValid(division.strip())) {
        model.addAttribute("lookupName", divisions.fullName(division.strip()));
        model.addAttribute("lookup", zones.lookup(insurerId, division.strip()).orElse(null));
        model.addAttribute("looked", true);
      } else {
        model.addAttribute("lookupError", true);
      }
    }
    return "organization/zones";
  }
}
