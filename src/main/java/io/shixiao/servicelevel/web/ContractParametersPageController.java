package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ContractRecord;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.catalog.ContractAdministration;
import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration;
import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration.Editor;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 合同与参数: the contracts that put a document in force for a party (the service agreement per insurer,
 * with its signing day and validity; a scheme's contract from its bid) and the blanks the party fills in
 * (the agreement's {@code [例如:N]}, the bid's {@code XXX个工作日}, a company's own figures). ADMIN manages any
 * party; a manager of an insurer's head office only that insurer.
 */
@Controller
@RequestMapping("/admin/standards/parameters")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
class ContractParametersPageController {

    private final ContractParameterAdministration administration;
    private final ContractAdministration contracts;
    private final ContractEditors editors;

    ContractParametersPageController(
            ContractParameterAdministration administration, ContractAdministration contracts, ContractEditors editors) {
        this.administration = administration;
        this.contracts = contracts;
        this.editors = editors;
    }

    @GetMapping
    String page(
            @RequestParam(required = false) ContractParty.Type ownerType,
            @RequestParam(required = false) Long ownerId,
            Model model) {
        Editor editor = editor();
        ContractParty party = party(editor, ownerType, ownerId);
        fill(model, editor, party);
        return "servicelevel/standard-parameters";
    }

    @PostMapping
    String save(
            @RequestParam ContractParty.Type ownerType,
            @RequestParam long ownerId,
            @RequestParam String parameter,
            @RequestParam(required = false) Integer amount,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        Editor editor = editor();
        ContractParty party = new ContractParty(ownerType, ownerId);
        try {
            administration.set(party, parameter, amount, unit, version, editor, editors.actor());
        } catch (InvalidInputException | ConflictException | OptimisticLockingFailureException e) {
            return refused(model, editor, party, e, parameter);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        redirect.addFlashAttribute("saved", parameter);
        return redirectTo(party);
    }

    @PostMapping("/contracts")
    String recordContract(
            @RequestParam ContractParty.Type ownerType,
            @RequestParam long ownerId,
            @RequestParam String documentCode,
            @RequestParam(defaultValue = "") String counterparty,
            @RequestParam(required = false) LocalDate signedOn,
            @RequestParam(required = false) LocalDate validFrom,
            @RequestParam(required = false) LocalDate validTo,
            Model model,
            RedirectAttributes redirect) {
        Editor editor = editor();
        ContractParty party = new ContractParty(ownerType, ownerId);
        requireManages(editor, party);
        try {
            contracts.record(party, documentCode, counterparty, signedOn, validFrom, validTo, editors.actor());
        } catch (InvalidInputException | ConflictException e) {
            return refused(model, editor, party, e, null);
        }
        redirect.addFlashAttribute("contractSaved", documentCode);
        return redirectTo(party);
    }

    @PostMapping("/contracts/{id}/end")
    String endContract(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate lastDay,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        Editor editor = editor();
        ContractRecord contract = contracts.contract(id);
        requireManages(editor, contract.party());
        try {
            contracts.end(id, lastDay, version, editors.actor());
        } catch (InvalidInputException | ConflictException e) {
            return refused(model, editor, contract.party(), e, null);
        }
        redirect.addFlashAttribute("contractEnded", contract.documentCode());
        return redirectTo(contract.party());
    }

    private String refused(
            Model model, Editor editor, @Nullable ContractParty party, RuntimeException e, @Nullable String parameter) {
        fill(model, editor, party);
        model.addAttribute(
                "error",
                e instanceof OptimisticLockingFailureException
                        ? "standards.parameters.stale"
                        : parameter == null ? "standards.contracts.invalid" : "standards.parameters.invalid");
        model.addAttribute("errorDetail", e.getMessage());
        model.addAttribute("errorParameter", parameter);
        return "servicelevel/standard-parameters";
    }

    private static String redirectTo(ContractParty party) {
        return "redirect:/admin/standards/parameters?ownerType=" + party.type() + "&ownerId=" + party.id();
    }

    private void fill(Model model, Editor editor, @Nullable ContractParty party) {
        List<ContractParameterAdministration.Insurer> insurers = administration.insurers(editor);
        model.addAttribute("admin", editor.admin());
        model.addAttribute("insurers", insurers);
        model.addAttribute(
                "partyName",
                party == null || party.type() != ContractParty.Type.INSURER
                        ? null
                        : insurers.stream()
                                .filter(i -> i.id() == party.id())
                                .map(ContractParameterAdministration.Insurer::shortName)
                                .findFirst()
                                .orElse(null));
        model.addAttribute("units", List.of(PeriodUnit.values()));
        model.addAttribute("ownerTypes", Arrays.asList(ContractParty.Type.values()));
        model.addAttribute("party", party);
        if (party != null) {
            try {
                model.addAttribute("entries", administration.entries(party, editor));
            } catch (NotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
            model.addAttribute("contracts", contracts.contractsOf(party));
            model.addAttribute("documents", contracts.documentsFor(party.type()));
        }
    }

    private static void requireManages(Editor editor, ContractParty party) {
        if (!editor.mayManage(party)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    // A manager lands on their own insurer; an administrator chooses.
    private static @Nullable ContractParty party(
            Editor editor, ContractParty.@Nullable Type ownerType, @Nullable Long ownerId) {
        if (ownerType != null && ownerId != null) {
            return new ContractParty(ownerType, ownerId);
        }
        return editor.admin() ? null : ContractParty.insurer(editor.insurerId());
    }

    // Checked here as well as by @PreAuthorize: the page must stay closed even where method security
    // is not switched on.
    private Editor editor() {
        Editor editor = editors.current();
        if (!editor.mayAdminister()) {
            throw new AccessDeniedException(
                    "Contracts and their blanks are set by ADMIN or the MANAGER of an insurer's head office");
        }
        return editor;
    }
}
