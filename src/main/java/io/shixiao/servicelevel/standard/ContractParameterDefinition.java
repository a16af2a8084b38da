package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.util.List;

/**
 * A blank of a contract that the catalog leaves to each insurer or scheme: the agreement's
 * {@code [例如:10]}, the bid's {@code XXX个工作日}.
 *
 * @param name e.g. {@code agreement.payment}
 * @param ownerType INSURER or SCHEME: who sets the value
 * @param unit the unit of the standards that use it
 * @param defaultAmount the example value of the document, or 0 when the document leaves it blank
 * @param document the contract it belongs to
 * @param standardCodes the standards whose period it sets
 */
public record ContractParameterDefinition(
        String name,
        String ownerType,
        PeriodUnit unit,
        long defaultAmount,
        String document,
        List<String> standardCodes) {

    /** Whether the document gives a value to fall back on. */
    public boolean hasDefault() {
        return defaultAmount > 0;
    }
}
