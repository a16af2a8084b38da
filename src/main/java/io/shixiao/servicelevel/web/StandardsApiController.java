package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.ServiceStandards;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.shared.problem.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The service-standards catalog, read-only, for every signed-in user. */
@RestController
@RequestMapping("/api/v1/standards")
class StandardsApiController {

    private final ServiceStandards standards;

    StandardsApiController(ServiceStandards standards) {
        this.standards = standards;
    }

    /** Every standard, or those in force on {@code effectiveOn}, optionally of one case type. */
    @GetMapping
    List<ServiceStandard> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) CaseType caseType) {
        List<ServiceStandard> selected = effectiveOn == null ? standards.all() : standards.effectiveOn(effectiveOn);
        return caseType == null
                ? selected
                : selected.stream()
                        .filter(s -> s.appliesTo().caseType().equals(caseType.name()))
                        .toList();
    }

    /** One standard: the version in force on {@code effectiveOn}, by default today's or the latest. */
    @GetMapping("/{code}")
    ServiceStandard one(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn) {
        return (effectiveOn == null ? standards.byCode(code) : standards.byCode(code, effectiveOn))
                .orElseThrow(() -> new NotFoundException("Service standard", code));
    }
}
