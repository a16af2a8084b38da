package io.shixiao.servicelevel.standard.catalog;

import io.shixiao.audit.AuditTrail;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.ContractParameterDefinition;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting the blanks per insurer or scheme. A platform administrator sets any; a manager of an
 * insurer's head office sets only that insurer's, because an insurer's figures bind all its branches;
 * every other party answers 404 to them, as if it did not exist. A party sets the number; the unit is
 * the text's, except where the text names none (公司规定时效).
 */
@Service
public class ContractParameterAdministration {

    /** Smallest and largest value a blank may take: a limit of more than a year is no service limit. */
    public static final int MIN_AMOUNT = 1;

    public static final int MAX_AMOUNT = 365;

    private final StandardCatalog standards;
    private final ContractParameterStore store;
    private final AuditTrail audit;
    private final OrganizationDirectory organization;

    ContractParameterAdministration(
            StandardCatalog standards,
            ContractParameterStore store,
            AuditTrail audit,
            OrganizationDirectory organization) {
        this.standards = standards;
        this.store = store;
        this.audit = audit;
        this.organization = organization;
    }

    /**
     * Who is editing.
     *
     * @param admin holds ADMIN
     * @param manager holds MANAGER
     * @param insurerId the insurer of the user's organisation, or null
     * @param headOffice the user's unit is the insurer's head office (总公司)
     */
    public record Editor(boolean admin, boolean manager, Long insurerId, boolean headOffice) {

        /** Whether this user may see and set the blanks of {@code party}. */
        public boolean mayManage(ContractParty party) {
            return admin
                    || (manager
                            && headOffice
                            && party.type() == ContractParty.Type.INSURER
                            && insurerId != null
                            && insurerId == party.id());
        }

        /** Whether this user may open the parameters page at all. */
        public boolean mayAdminister() {
            return admin || (manager && headOffice && insurerId != null);
        }
    }

    /** A blank of the catalog and the value the party set for it, if any. */
    public record Entry(ContractParameterDefinition definition, ContractParameterValue value) {

        /** The amount in force: the party's value, or null while unset (the standard then does not bind). */
        public Integer effectiveAmount() {
            return value == null ? null : value.amount();
        }

        public PeriodUnit effectiveUnit() {
            return value != null && value.unit() != null ? value.unit() : definition.unit();
        }
    }

    /** An insurer a blank may be set for. */
    public record Insurer(long id, String code, String shortName) {}

    /** The blanks a party of this type sets, with the party's values. */
    public List<Entry> entries(ContractParty party, Editor editor) {
        requireAccess(party, editor);
        List<ContractParameterValue> values = store.findByOwner(party);
        return standards.parameters().stream()
                .filter(definition -> definition.ownerType() == party.type())
                .map(definition -> new Entry(
                        definition,
                        values.stream()
                                .filter(v -> v.parameter().equals(definition.name()))
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    /** One blank of a party. */
    public Entry entry(ContractParty party, String parameter, Editor editor) {
        requireAccess(party, editor);
        ContractParameterDefinition definition = definition(parameter, party);
        return new Entry(definition, store.findFresh(party, parameter).orElse(null));
    }

    /**
     * Sets a blank. {@code version} is the version read: required to change an existing value, absent
     * for the first value.
     */
    @Transactional
    public ContractParameterValue set(
            ContractParty party,
            String parameter,
            Integer amount,
            String unit,
            Integer version,
            Editor editor,
            String actor) {
        requireAccess(party, editor);
        ContractParameterDefinition definition = definition(parameter, party);
        if (amount == null || amount < MIN_AMOUNT || amount > MAX_AMOUNT) {
            throw new InvalidInputException("amount", "must be between " + MIN_AMOUNT + " and " + MAX_AMOUNT);
        }
        PeriodUnit periodUnit = unit(unit, definition);
        Optional<ContractParameterValue> current = store.findFresh(party, parameter);
        ContractParameterValue saved;
        if (current.isEmpty()) {
            saved = store.insert(party, parameter, amount, periodUnit, actor);
            audit.recordWrite(
                    "CREATE",
                    "ContractParameter",
                    auditId(party, parameter),
                    parameter + " = " + amount + " " + unitName(periodUnit, definition) + " for " + describe(party));
        } else {
            if (version == null) {
                throw new ConflictException(
                        "version", "the value exists already; send the version you read to change it");
            }
            saved = store.update(party, parameter, amount, periodUnit, actor, version);
            audit.recordWrite(
                    "UPDATE",
                    "ContractParameter",
                    auditId(party, parameter),
                    parameter + " = " + amount + " " + unitName(periodUnit, definition) + " for " + describe(party)
                            + " (was " + current.get().amount() + " "
                            + unitName(current.get().unit(), definition) + ")");
        }
        return saved;
    }

    /** Removes a party's value: the standards that use the blank stop binding the party's new cases. */
    @Transactional
    public void clear(ContractParty party, String parameter, Integer version, Editor editor) {
        requireAccess(party, editor);
        definition(parameter, party);
        ContractParameterValue current = store.findFresh(party, parameter)
                .orElseThrow(() -> new NotFoundException("Contract parameter value", parameter));
        if (version == null) {
            throw new InvalidInputException("version", "required to remove a value");
        }
        store.delete(party, parameter, version);
        audit.recordWrite(
                "DELETE",
                "ContractParameter",
                auditId(party, parameter),
                parameter + " cleared for " + describe(party) + " (was " + current.amount() + ")");
    }

    /** The insurers the editor may choose from. */
    public List<Insurer> insurers(Editor editor) {
        return organization.insurers().stream()
                .filter(insurer -> editor.mayManage(ContractParty.insurer(insurer.id())))
                .map(insurer -> new Insurer(insurer.id(), insurer.code(), insurer.shortName()))
                .toList();
    }

    private void requireAccess(ContractParty party, Editor editor) {
        if (party.id() < 1) {
            throw new InvalidInputException("ownerId", "must be a positive id");
        }
        if (!editor.mayManage(party)) {
            throw new NotFoundException(party.type() == ContractParty.Type.INSURER ? "Insurer" : "Scheme", party.id());
        }
    }

    private ContractParameterDefinition definition(String parameter, ContractParty party) {
        ContractParameterDefinition definition = standards
                .parameter(parameter)
                .orElseThrow(() -> new NotFoundException("Contract parameter", parameter));
        if (definition.ownerType() != party.type()) {
            throw new InvalidInputException(
                    "ownerType",
                    "parameter " + parameter + " is set per " + definition.ownerType() + ", not per " + party.type());
        }
        return definition;
    }

    // The text fixes the unit of its blanks (个工作日, 天): a party sets the number only. Where the text names
    // no unit (公司规定时效), the party chooses it.
    private static PeriodUnit unit(String unit, ContractParameterDefinition definition) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        PeriodUnit parsed;
        try {
            parsed = PeriodUnit.valueOf(unit);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unit", "unknown unit '" + unit + "'");
        }
        if (!definition.unitOpen() && parsed != definition.unit()) {
            throw new InvalidInputException(
                    "unit", "the text fixes the unit of " + definition.name() + " as " + definition.unit());
        }
        return definition.unitOpen() ? parsed : null;
    }

    private static String unitName(PeriodUnit unit, ContractParameterDefinition definition) {
        return (unit == null ? definition.unit() : unit).name();
    }

    private static String auditId(ContractParty party, String parameter) {
        return party.type() + ":" + party.id() + ":" + parameter;
    }

    private static String describe(ContractParty party) {
        return party.type() + " " + party.id();
    }
}
