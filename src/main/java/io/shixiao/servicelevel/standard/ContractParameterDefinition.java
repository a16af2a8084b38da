package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.util.List;

/**
 * A blank that the catalog leaves to each insurer or scheme: the agreement's {@code [例如:10]}, the
 * bid's {@code XXX个工作日}, a company's own figure for 公司规定时效 or an immediacy duty.
 *
 * @param name e.g. {@code agreement.payment}
 * @param ownerType who sets the value
 * @param unit the unit the text fixes, or the one offered when {@code unitOpen}
 * @param unitOpen whether the text names no unit, so that the party chooses it
 * @param exampleAmount the template's example ({@code [例如:10]}), shown as a hint and never used as a
 *     value, or 0 when the document gives none
 * @param document the document it belongs to
 * @param standardCodes the standards whose period it sets
 */
public record ContractParameterDefinition(
        String name,
        ContractParty.Type ownerType,
        PeriodUnit unit,
        boolean unitOpen,
        long exampleAmount,
        String document,
        List<String> standardCodes) {

    public ContractParameterDefinition {
        standardCodes = List.copyOf(standardCodes);
    }
}
