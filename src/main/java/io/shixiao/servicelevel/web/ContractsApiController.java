package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ContractRecord;
import io.shixiao.servicelevel.standard.catalog.ContractAdministration;
import io.shixiao.shared.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contracts that put a CONTRACT document in force for an insurer or a scheme. ADMIN manages any party;
 * a manager of an insurer's head office only that insurer, and gets 404 for every other party.
 */
@RestController
@RequestMapping("/api/v1/standards/contracts")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
@Tag(name = "Service standards", description = "时效标准目录：每项时限的出处、原文条款与解读")
class ContractsApiController {

    private final ContractAdministration contracts;
    private final ContractEditors editors;

    ContractsApiController(ContractAdministration contracts, ContractEditors editors) {
        this.contracts = contracts;
        this.editors = editors;
    }

    /** A contract as a client records it. */
    record NewContract(
            @NotBlank @Size(max = 64) String documentCode,
            @NotBlank @Size(max = 200) String counterparty,
            @NotNull LocalDate signedOn,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo) {}

    /** An early end. */
    record EndContract(@NotNull LocalDate lastDay, @NotNull Integer version) {}

    @GetMapping("/{partyType}/{partyId}")
    @Operation(summary = "A party's contracts, latest first")
    List<ContractRecord> of(@PathVariable ContractParty.Type partyType, @PathVariable long partyId) {
        ContractParty party = visible(new ContractParty(partyType, partyId));
        return contracts.contractsOf(party);
    }

    @PostMapping("/{partyType}/{partyId}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a contract in force",
            description = "The document's standards bind the party's cases from validFrom to validTo; overlapping"
                    + " contracts of one party and document are refused.")
    ContractRecord record(
            @PathVariable ContractParty.Type partyType,
            @PathVariable long partyId,
            @Valid @RequestBody NewContract body) {
        ContractParty party = visible(new ContractParty(partyType, partyId));
        return contracts.record(
                party,
                body.documentCode(),
                body.counterparty(),
                body.signedOn(),
                body.validFrom(),
                body.validTo(),
                editors.actor());
    }

    @PostMapping("/{contractId}/end")
    @Operation(summary = "End a contract early", description = "It stays in force up to and including lastDay.")
    ContractRecord end(@PathVariable long contractId, @Valid @RequestBody EndContract body) {
        ContractRecord contract = contracts.contract(contractId);
        visible(contract.party());
        return contracts.end(contractId, body.lastDay(), body.version(), editors.actor());
    }

    private ContractParty visible(ContractParty party) {
        if (!editors.current().mayManage(party)) {
            throw new NotFoundException(party.type() == ContractParty.Type.INSURER ? "Insurer" : "Scheme", party.id());
        }
        return party;
    }
}
