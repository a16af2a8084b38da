package io.shixiao.servicelevel.standard;

import java.util.List;

/**
 * The loaded and validated catalog.
 *
 * @param standards every version of every standard, in file order
 * @param parameters the contract blanks the standards use, by name
 */
public record Catalog(List<ServiceStandard> standards, List<ContractParameterDefinition> parameters) {

    public Catalog {
        standards = List.copyOf(standards);
        parameters = List.copyOf(parameters);
    }
}
