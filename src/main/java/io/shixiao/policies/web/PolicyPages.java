package io.shixiao.policies.web;

import io.shixiao.policies.application.EndorsementService;
import io.shixiao.policies.application.ImportStatus;
import io.shixiao.policies.application.PolicyImports;
import io.shixiao.policies.application.PolicySearch;
import io.shixiao.policies.application.PolicyService;
import io.shixiao.policies.domain.Endorsement;
import io.shixiao.policies.domain.EndorsementKind;
import io.shixiao.policies.domain.SurrenderReason;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy pages, made for a phone as much as a desk: search by plate, ID number or policy number;
 * the detail with personal data masked and an audited reveal; endorsement with its one-time list of
 * materials; surrender with the refund; delivery; import with progress and the error report.
 */
@Controller
@RequestMapping("/policies")
@PreAuthorize(
        "hasAnyRole('AGENT','DISPATCHER','SURVEYOR','ASSESSOR','CLAIMS_HANDLER','COMPLAINT_HANDLER','CALLBACK_AGENT','MANAGER','QUALITY_INSPECTOR')")
class PolicyPages {

    private static final String CHANGERS = "hasAnyRole('AGENT','MANAGER')";

    private final PolicySearch search;
    private final PolicyService policies;
    private final EndorsementService endorsements;
    private final PolicyImports imports;

    PolicyPages(PolicySearch search, PolicyService policies, EndorsementService endorsements, PolicyImports imports) {
        this.search = search;
        this.policies = policies;
        this.endorsements = endorsements;
        this.imports = imports;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, Model model) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text.length() > 64 ? text.substring(0, 64) : text);
        model.addAttribute(
                "results", text.isEmpty() || text.length() > 64 ? List.of() : search.find(text, CurrentUser.scope()));
        return "policies/search";
    }

    @GetMapping("/{policyNo}")
    String detail(@PathVariable String policyNo, Model model) {
        model.addAttribute("detail", policies.detail(policyNo, CurrentUser.scope()));
        model.addAttribute("kinds", EndorsementKind.values());
        model.addAttribute("reasons", SurrenderReason.values());
        return "policies/detail";
    }

    /** The unmasked personal data as a fragment, written to the audit trail. */
    @PostMapping("/{policyNo}/personal-data")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','CLAIMS_HANDLER')")
    String reveal(@PathVariable String policyNo, Model model) {
        model.addAttribute("personal", policies.reveal(policyNo, CurrentUser.scope()));
        return "policies/fragments :: personal";
    }

    @PostMapping("/{policyNo}/delivery")
    @PreAuthorize(CHANGERS)
    String deliver(
            @PathVariable String policyNo, @RequestParam(required = false) Long version, RedirectAttributes flash) {
        attempt(
                flash,
                () -> policies.deliver(policyNo, version, null, null, CurrentUser.scope()),
                "policies.delivered");
        return "redirect:/policies/" + policyNo;
    }

    @PostMapping("/{policyNo}/surrender")
    @PreAuthorize(CHANGERS)
    String surrender(
            @PathVariable String policyNo,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) SurrenderReason reason,
            RedirectAttributes flash) {
        Money refund = attempt(
                flash,
                () -> {
                    if (reason == null) {
                        throw new InvalidInputException("reason", "请选择退保原因");
                    }
                    return policies.surrender(policyNo, version, reason, null, null, CurrentUser.scope());
                },
                null);
        if (refund != null) {
            flash.addFlashAttribute("refund", refund.display());
        }
        return "redirect:/policies/" + policyNo;
    }

    @PostMapping("/{policyNo}/endorsements")
    @PreAuthorize(CHANGERS)
    String requestEndorsement(
            @PathVariable String policyNo,
            @RequestParam(required = false) EndorsementKind kind,
            @RequestParam(required = false) String value,
            RedirectAttributes flash) {
        Endorsement.Snapshot created = attempt(
                flash,
                () -> {
                    if (kind == null) {
                        throw new InvalidInputException("kind", "请选择批改类型");
                    }
                    return endorsements.request(policyNo, kind, value, CurrentUser.actor(), CurrentUser.scope());
                },
                null);
        return created == null
                ? "redirect:/policies/" + policyNo
                : "redirect:/policies/" + policyNo + "/endorsements/" + created.endorsementNo();
    }

    @GetMapping("/{policyNo}/endorsements/{endorsementNo}")
    String endorsement(@PathVariable String policyNo, @PathVariable String endorsementNo, Model model) {
        model.addAttribute("policyNo", policyNo);
        model.addAttribute("endorsement", endorsements.get(policyNo, endorsementNo, CurrentUser.scope()));
        return "policies/endorsement";
    }

    @PostMapping("/{policyNo}/endorsements/{endorsementNo}/{action}")
    @PreAuthorize(CHANGERS)
    String endorsementStep(
            @PathVariable String policyNo,
            @PathVariable String endorsementNo,
            @PathVariable String action,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) List<String> items,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        attempt(
                flash,
                () -> switch (action) {
                    case "materials" ->
                        endorsements.receive(
                                policyNo,
                                endorsementNo,
                                version,
                                new LinkedHashSet<>(items == null ? List.of() : items),
                                CurrentUser.scope());
                    case "complete" ->
                        endorsements.complete(
                                policyNo, endorsementNo, version, CurrentUser.actor(), CurrentUser.scope());
                    case "withdraw" ->
                        endorsements.withdraw(
                                policyNo, endorsementNo, version, reason, CurrentUser.actor(), CurrentUser.scope());
                    case "explain-again" ->
                        endorsements.explainAgain(policyNo, endorsementNo, version, reason, CurrentUser.scope());
                    default -> throw new InvalidInputException("action", "未知操作");
                },
                "policies.endorsement.saved");
        return "redirect:/policies/" + policyNo + "/endorsements/" + endorsementNo;
    }

    @GetMapping("/import")
    @PreAuthorize("hasRole('MANAGER')")
    String importPage() {
        return "policies/import";
    }

    /** The workbook as the raw body (sent by the page's script), answered with the progress fragment. */
    @PostMapping("/import")
    @PreAuthorize("hasRole('MANAGER')")
    String upload(
            HttpServletRequest request,
            @RequestHeader(name = "X-File-Name", required = false) String fileName,
            Model model)
            throws IOException {
        try {
            UUID id = imports.startWorkbook(
                    WorkbookUpload.save(request.getInputStream()),
                    WorkbookUpload.fileName(
                            fileName == null
                                    ? null
                                    : java.net.URLDecoder.decode(fileName, java.nio.charset.StandardCharsets.UTF_8)),
                    CurrentUser.scope(),
                    CurrentUser.actor());
            model.addAttribute("status", imports.status(id, CurrentUser.scope()));
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "error",
                    e.fields().isEmpty() ? e.getMessage() : e.fields().get(0).message());
        }
        return "policies/fragments :: progress";
    }

    @GetMapping("/import/{id}")
    @PreAuthorize("hasRole('MANAGER')")
    String progress(@PathVariable UUID id, Model model) {
        ImportStatus status = imports.status(id, CurrentUser.scope());
        model.addAttribute("status", status);
        return "policies/fragments :: progress";
    }

    @GetMapping("/import/{id}/errors.xlsx")
    @PreAuthorize("hasRole('MANAGER')")
    @ResponseBody
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            errors(@PathVariable UUID id) {
        List<io.shixiao.policies.application.PolicyWorkbook.ImportProblem> problems =
                imports.problems(id, CurrentUser.scope());
        return PolicyImportApi.xlsx(
                "policy-import-errors-" + id + ".xlsx",
                out -> io.shixiao.policies.application.PolicyWorkbook.writeErrors(problems, out));
    }

    /** Runs a change; a refusal becomes the flash message the page shows, naming what to fix. */
    private static <T> T attempt(RedirectAttributes flash, Supplier<T> change, String savedKey) {
        try {
            T result = change.get();
            if (savedKey != null) {
                flash.addFlashAttribute("saved", savedKey);
            }
            return result;
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(
                    "error",
                    e.fields().isEmpty() ? e.getMessage() : e.fields().get(0).message());
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            flash.addFlashAttribute("error", "该记录已被他人修改，请刷新后重试");
        }
        return null;
    }
}
