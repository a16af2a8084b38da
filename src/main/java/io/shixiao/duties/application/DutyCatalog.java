package io.shixiao.duties.application;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.duties.catalog.DutyFileLoader;
import io.shixiao.duties.catalog.RecurringDuty;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.ServiceCalendars;
import io.shixiao.servicelevel.ServiceContracts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The recurring duties of the packaged file, read once at start-up: a wrong file stops the start naming
 * every problem with its line.
 */
@Component
public class DutyCatalog {

    private final Map<String, RecurringDuty> duties = new LinkedHashMap<>();

    DutyCatalog(DutiesProperties properties, ServiceCalendars calendars, ServiceContracts contracts) {
        Set<String> insurerContracts =
                contracts.documentsFor(ContractParty.Type.INSURER).keySet();
        DutyFileLoader loader = new DutyFileLoader(
                calendars::knows,
                Map.of(
                        DutyOwnerType.INSURER, insurerContracts,
                        DutyOwnerType.BRANCH, insurerContracts,
                        DutyOwnerType.SCHEME,
                                contracts
                                        .documentsFor(ContractParty.Type.SCHEME)
                                        .keySet()));
        loader.load(properties.file(), read(properties.file())).forEach(duty -> duties.put(duty.code(), duty));
    }

    private static String read(String file) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the recurring-duty file " + file, e);
        }
    }

    /** Every duty, in file order. */
    public List<RecurringDuty> all() {
        return List.copyOf(duties.values());
    }

    public Optional<RecurringDuty> byCode(String code) {
        return Optional.ofNullable(duties.get(code));
    }
}
