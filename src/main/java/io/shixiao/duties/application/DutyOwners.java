package io.shixiao.duties.application;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.duties.catalog.RecurringDuty;
import io.shixiao.organization.InsurerView;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ContractRecord;
import io.shixiao.servicelevel.ServiceContracts;
import io.shixiao.shared.security.DataScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who a duty falls on between two days: the insurers (or their units of a level) and schemes with the
 * duty's contract in force — a template binds only the parties that signed it — every active insurer
 * where the duty names no contract, and the associations the duty names.
 */
@Component
class DutyOwners {

    private static final Logger log = LoggerFactory.getLogger(DutyOwners.class);

    private final OrganizationDirectory organization;
    private final ServiceContracts contracts;

    DutyOwners(OrganizationDirectory organization, ServiceContracts contracts) {
        this.organization = organization;
        this.contracts = contracts;
    }

    List<DutyOwner> of(RecurringDuty duty, LocalDate from, LocalDate to) {
        return switch (duty.owner()) {
            case INSURER -> insurers(duty, from, to);
            case BRANCH -> branches(duty, from, to);
            case ASSOCIATION -> associations(duty);
            case SCHEME -> schemes(duty, from, to);
        };
    }

    private List<DutyOwner> insurers(RecurringDuty duty, LocalDate from, LocalDate to) {
        Map<Long, InsurerView> insurers = organization.insurers().stream()
                .filter(InsurerView::active)
                .collect(Collectors.toMap(InsurerView::id, Function.identity()));
        Map<Long, List<DutyOwner.Window>> windows = windows(duty, ContractParty.Type.INSURER, from, to);
        List<DutyOwner> owners = new ArrayList<>();
        for (InsurerView insurer : insurers.values()) {
            List<DutyOwner.Window> bound = duty.contract() == null
                    ? List.of(DutyOwner.Window.ALWAYS)
                    : windows.getOrDefault(insurer.id(), List.of());
            if (!bound.isEmpty()) {
                owners.add(new DutyOwner(
                        DutyOwnerType.INSURER, insurer.id(), insurer.shortName(), insurer.id(), null, null, bound));
            }
        }
        return owners;
    }

    private List<DutyOwner> branches(RecurringDuty duty, LocalDate from, LocalDate to) {
        Map<Long, DutyOwner> insurers =
                insurers(duty, from, to).stream().collect(Collectors.toMap(DutyOwner::id, Function.identity()));
        List<DutyOwner> owners = new ArrayList<>();
        for (OrgUnitView unit : organization.units(DataScope.platform())) {
            DutyOwner insurer = insurers.get(unit.insurerId());
            if (insurer != null && unit.active() && unit.level() == duty.unitLevel()) {
                owners.add(new DutyOwner(
                        DutyOwnerType.BRANCH,
                        unit.id(),
                        unit.name(),
                        unit.insurerId(),
                        unit.path(),
                        null,
                        insurer.windows()));
            }
        }
        return owners;
    }

    private List<DutyOwner> associations(RecurringDuty duty) {
        List<DutyOwner> owners = new ArrayList<>();
        for (String code : duty.associations()) {
            Optional<Long> id = organization.associationIdByCode(code);
            if (id.isEmpty()) {
                log.warn("Recurring duty {} names association {}, which is not registered", duty.code(), code);
                continue;
            }
            owners.add(new DutyOwner(
                    DutyOwnerType.ASSOCIATION, id.get(), code, null, null, null, List.of(DutyOwner.Window.ALWAYS)));
        }
        return owners;
    }

    private List<DutyOwner> schemes(RecurringDuty duty, LocalDate from, LocalDate to) {
        Map<Long, List<DutyOwner.Window>> windows = windows(duty, ContractParty.Type.SCHEME, from, to);
        Map<Long, String> names = new LinkedHashMap<>();
        // the loader refuses a SCHEME duty that names no contract
        String signed = Objects.requireNonNull(duty.contract(), "contract");
        for (ContractRecord contract : contracts.inForceBetween(signed, from, to)) {
            names.putIfAbsent(contract.party().id(), contract.counterparty());
        }
        List<DutyOwner> owners = new ArrayList<>();
        windows.forEach((schemeId, bound) -> owners.add(new DutyOwner(
                DutyOwnerType.SCHEME,
                schemeId,
                names.getOrDefault(schemeId, "#" + schemeId),
                null,
                null,
                duty.county(),
                bound)));
        return owners;
    }

    private Map<Long, List<DutyOwner.Window>> windows(
            RecurringDuty duty, ContractParty.Type type, LocalDate from, LocalDate to) {
        Map<Long, List<DutyOwner.Window>> windows = new LinkedHashMap<>();
        if (duty.contract() == null) {
            return windows;
        }
        for (ContractRecord contract : contracts.inForceBetween(duty.contract(), from, to)) {
            if (contract.party().type() == type) {
                windows.computeIfAbsent(contract.party().id(), id -> new ArrayList<>())
                        .add(new DutyOwner.Window(contract.validFrom(), contract.validTo()));
            }
        }
        return windows;
    }
}
