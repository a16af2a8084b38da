package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ServiceStandards;
import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.ServiceStandard;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The clocks' view of the packaged standards catalog. */
@Component
class CatalogStandardLookup implements StandardLookup {

    private final ServiceStandards standards;

    CatalogStandardLookup(ServiceStandards standards) {
        this.standards = standards;
    }

    @Override
    public List<ServiceStandard> forCaseType(String caseType) {
        return standards.all().stream()
                .filter(standard -> standard.appliesTo().caseType().equals(caseType))
                .toList();
    }

    @Override
    public Optional<ServiceStandard> byCode(String code) {
        return standards.byCode(code);
    }

    @Override
    public List<ServiceStandard> all() {
        return standards.all();
    }

    @Override
    public Optional<PeriodSpec> periodFor(ServiceStandard standard, long insurerId) {
        return standards.resolvePeriod(standard, ContractParty.insurer(insurerId));
    }
}
