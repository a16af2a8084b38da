package io.shixiao.servicelevel.standard.catalog;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ContractRecord;
import io.shixiao.servicelevel.ServiceContracts;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.Source;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the contracts that put a CONTRACT document in force for a party. The service agreement binds
 * from signing for its validity (服务质量协议 6.1); a scheme's bid binds from its contract's effect
 * (互助县投标方案: "以合同生效为起点"). Dates are checked, overlaps refused, every change audited.
 */
@Service
public class ContractAdministration implements ServiceContracts {

    /** A contract longer than this is a typing error, not a service agreement. */
    static final int LONGEST_YEARS = 10;

    private final ContractStore store;
    private final StandardCatalog standards;
    private final AuditTrail audit;
    private final OrganizationDirectory organization;
    private final ContractParameterAdministration parameters;

    ContractAdministration(
            ContractStore store,
            StandardCatalog standards,
            AuditTrail audit,
            OrganizationDirectory organization,
            ContractParameterAdministration parameters) {
        this.store = store;
        this.standards = standards;
        this.audit = audit;
        this.organization = organization;
        this.parameters = parameters;
    }

    /** The CONTRACT documents of the catalog a party of {@code type} can sign, by code. */
    @Override
    public Map<String, String> documentsFor(ContractParty.Type type) {
        Map<String, String> documents = new TreeMap<>();
        for (ServiceStandard standard : standards.all()) {
            if (standard.source().tier() == Source.Tier.CONTRACT && standard.contractParty() == type) {
                documents.put(
                        standard.source().documentCode(), standard.source().document());
            }
        }
        return documents;
    }

    @Override
    @Transactional
    public ContractRecord record(
            ContractParty party,
            String documentCode,
            String counterparty,
            LocalDate signedOn,
            LocalDate validFrom,
            LocalDate validTo,
            String recordedBy) {
        if (party.type() == ContractParty.Type.INSURER
                && organization.insurers().stream().noneMatch(insurer -> insurer.id() == party.id())) {
            throw new NotFoundException("Insurer", party.id());
        }
        if (party.id() < 1) {
            throw new InvalidInputException("partyId", "must be a positive id");
        }
        if (!documentsFor(party.type()).containsKey(documentCode)) {
            throw new InvalidInputException(
                    "documentCode", "no contract document " + documentCode + " binds a " + party.type());
        }
        if (counterparty == null || counterparty.isBlank() || counterparty.length() > 200) {
            throw new InvalidInputException("counterparty", "required, at most 200 characters");
        }
        requireDates(signedOn, validFrom, validTo);
        if (store.overlaps(party, documentCode, validFrom, validTo, null)) {
            throw new ConflictException(
                    "validFrom", "another " + documentCode + " contract of this party is in force in those dates");
        }
        ContractRecord saved =
                store.insert(party, documentCode, counterparty.trim(), signedOn, validFrom, validTo, recordedBy);
        audit.recordWrite(
                "CREATE",
                "ServiceContract",
                saved.id(),
                party.type() + " " + party.id() + " " + documentCode + " with " + saved.counterparty() + ", signed "
                        + signedOn + ", in force " + validFrom + "–" + validTo);
        return saved;
    }

    @Override
    @Transactional
    public ContractRecord end(long contractId, LocalDate lastDay, int version, String recordedBy) {
        ContractRecord contract =
                store.find(contractId).orElseThrow(() -> new NotFoundException("Contract", contractId));
        if (contract.version() != version) {
            throw new ConflictException("version", "the contract changed since version " + version + " was read");
        }
        if (lastDay == null || lastDay.isBefore(contract.validFrom()) || lastDay.isAfter(contract.validTo())) {
            throw new InvalidInputException(
                    "lastDay", "must lie between " + contract.validFrom() + " and " + contract.validTo());
        }
        ContractRecord ended = store.endOn(contract, lastDay, recordedBy);
        audit.recordWrite(
                "UPDATE",
                "ServiceContract",
                contractId,
                "ended on " + lastDay + " (was in force to " + contract.validTo() + ")");
        return ended;
    }

    @Override
    public List<ContractRecord> contractsOf(ContractParty party) {
        return store.findByParty(party);
    }

    /** One contract, for the page that ends it. */
    public ContractRecord contract(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Contract", id));
    }

    @Override
    public boolean knowsScheme(long schemeId) {
        return store.knows(ContractParty.scheme(schemeId));
    }

    // The calling module authorised its user; the engine still checks the blank and the amount.
    private static final ContractParameterAdministration.Editor TRUSTED_MODULE =
            new ContractParameterAdministration.Editor(true, false, null, false);

    @Override
    @Transactional
    public void setParameter(ContractParty party, String parameter, int amount, String recordedBy) {
        ContractParameterAdministration.Entry current = parameters.entry(party, parameter, TRUSTED_MODULE);
        if (current.value() != null && current.value().amount() == amount) {
            return;
        }
        parameters.set(
                party,
                parameter,
                amount,
                null,
                current.value() == null ? null : current.value().version(),
                TRUSTED_MODULE,
                recordedBy);
    }

    @Override
    public Map<String, Integer> parametersOf(ContractParty party) {
        Map<String, Integer> set = new LinkedHashMap<>();
        for (ContractParameterAdministration.Entry entry : parameters.entries(party, TRUSTED_MODULE)) {
            if (entry.value() != null) {
                set.put(entry.definition().name(), entry.value().amount());
            }
        }
        return set;
    }

    @Override
    public List<ContractRecord> inForceBetween(String documentCode, LocalDate from, LocalDate to) {
        return store.inForceBetween(documentCode, from, to);
    }

    private static void requireDates(LocalDate signedOn, LocalDate validFrom, LocalDate validTo) {
        if (signedOn == null) {
            throw new InvalidInputException("signedOn", "required");
        }
        if (validFrom == null || validFrom.isBefore(signedOn)) {
            throw new InvalidInputException("validFrom", "required, not before the signing day " + signedOn);
        }
        if (validTo == null || validTo.isBefore(validFrom)) {
            throw new InvalidInputException("validTo", "required, not before " + validFrom);
        }
        if (validTo.isAfter(validFrom.plusYears(LONGEST_YEARS))) {
            throw new InvalidInputException("validTo", "a contract lasts at most " + LONGEST_YEARS + " years");
        }
    }
}
