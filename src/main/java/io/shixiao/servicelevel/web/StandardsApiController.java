package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.StandardSummary;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import io.shixiao.shared.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Service standards", description = "时效标准目录：每项时限的出处、原文条款与解读")
class StandardsApiController {

    private final StandardCatalog standards;

    StandardsApiController(StandardCatalog standards) {
        this.standards = standards;
    }

    @GetMapping
    @Operation(
            summary = "The standards in force on a day (today by default)",
            description = "Optionally of one case type. Each names its step, source clause, period in words and"
                    + " the reading the catalog takes of its text.")
    List<StandardSummary> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) CaseType caseType) {
        return standards.all().stream()
                .filter(s -> effectiveOn == null
                        ? standards.current(s.code()).orElseThrow() == s
                        : s.isEffectiveOn(effectiveOn))
                .filter(s -> caseType == null || s.appliesTo().caseType() == caseType)
                .map(StandardCatalog::summary)
                .toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One standard: the version in force on a day, by default today's or the latest")
    StandardSummary one(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn) {
        return (effectiveOn == null ? standards.current(code) : standards.inForce(code, effectiveOn))
                .map(StandardCatalog::summary)
                .orElseThrow(() -> new NotFoundException("Service standard", code));
    }
}
