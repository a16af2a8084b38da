package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.ContractParameterDefinition;
import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration;
import io.shixiao.servicelevel.standard.catalog.ContractParameterAdministration.Entry;
import io.shixiao.servicelevel.standard.catalog.ContractParameterValue;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The blanks per insurer or scheme. ADMIN sets any; a manager of an insurer's head office only that
 * insurer's, and gets 404 for every other party. A party sets the number; the unit is the text's.
 */
@RestController
@Tag(name = "Contract parameters", description = "合同与时效参数：协议、方案或公司为时效标准空白处填写的数字")
@RequestMapping("/api/v1/standards/parameters")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
class ContractParametersApiController {

    private final StandardCatalog standards;
    private final ContractParameterAdministration administration;
    private final ContractEditors editors;

    ContractParametersApiController(
            StandardCatalog standards, ContractParameterAdministration administration, ContractEditors editors) {
        this.standards = standards;
        this.administration = administration;
        this.editors = editors;
    }

    /** The blanks of the catalog. */
    @Operation(summary = "Every parameter the catalog waits for")
    @GetMapping
    List<ContractParameterDefinition> definitions() {
        return standards.parameters();
    }

    /** A party's blanks with the values in force. */
    @Operation(summary = "A party's parameters")
    @GetMapping("/{ownerType}/{ownerId}")
    List<ParameterResponse> ofParty(@PathVariable ContractParty.Type ownerType, @PathVariable long ownerId) {
        return administration.entries(new ContractParty(ownerType, ownerId), editors.current()).stream()
                .map(ParameterResponse::of)
                .toList();
    }

    @Operation(summary = "One parameter of a party")
    @GetMapping("/{ownerType}/{ownerId}/{parameter}")
    ParameterResponse one(
            @PathVariable ContractParty.Type ownerType, @PathVariable long ownerId, @PathVariable String parameter) {
        return ParameterResponse.of(
                administration.entry(new ContractParty(ownerType, ownerId), parameter, editors.current()));
    }

    /** Sets a value; send the version read to change an existing one. */
    @Operation(summary = "Set a parameter (head office or administrator)")
    @PutMapping("/{ownerType}/{ownerId}/{parameter}")
    ParameterResponse set(
            @PathVariable ContractParty.Type ownerType,
            @PathVariable long ownerId,
            @PathVariable String parameter,
            @RequestBody SetParameter body) {
        ContractParty party = new ContractParty(ownerType, ownerId);
        administration.set(
                party, parameter, body.amount(), body.unit(), body.version(), editors.current(), editors.actor());
        return ParameterResponse.of(administration.entry(party, parameter, editors.current()));
    }

    /** Removes a value; the standards that use the blank stop binding the party's new cases. */
    @Operation(summary = "Clear a parameter")
    @DeleteMapping("/{ownerType}/{ownerId}/{parameter}")
    ResponseEntity<Void> clear(
            @PathVariable ContractParty.Type ownerType,
            @PathVariable long ownerId,
            @PathVariable String parameter,
            @RequestParam(required = false) Integer version) {
        administration.clear(new ContractParty(ownerType, ownerId), parameter, version, editors.current());
        return ResponseEntity.noContent().build();
    }

    /**
     * A new value.
     *
     * @param amount 1–365
     * @param unit only where the text names no unit (公司规定时效); otherwise absent or the text's own
     * @param version the version read; absent for the first value
     */
    record SetParameter(Integer amount, String unit, Integer version) {}

    /**
     * A blank and its value for one party.
     *
     * @param amount the party's value, null while unset (the standards then do not bind the party)
     * @param exampleAmount the template's example, never used as a value
     * @param set whether the party set its own value
     * @param version the version to send when changing it, null while unset
     */
    record ParameterResponse(
            String parameter,
            ContractParty.Type ownerType,
            @Nullable Integer amount,
            PeriodUnit unit,
            boolean unitOpen,
            long exampleAmount,
            boolean set,
            @Nullable Integer version,
            @Nullable String updatedBy,
            List<String> standards) {

        static ParameterResponse of(Entry entry) {
            ContractParameterValue value = entry.value();
            return new ParameterResponse(
                    entry.definition().name(),
                    entry.definition().ownerType(),
                    entry.effectiveAmount(),
                    entry.effectiveUnit(),
                    entry.definition().unitOpen(),
                    entry.definition().exampleAmount(),
                    value != null,
                    value == null ? null : value.version(),
                    value == null ? null : value.updatedBy(),
                    entry.definition().standardCodes());
        }
    }
}
