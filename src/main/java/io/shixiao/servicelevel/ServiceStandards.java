package io.shixiao.servicelevel;

import java.util.List;
import java.util.Optional;

/** The catalog of service standards as other modules see it: which limits exist and where they come from. */
public interface ServiceStandards {

    /** The standards in force today, in catalog order. */
    List<StandardSummary> inForce();

    /** The version of {@code code} in force today. */
    Optional<StandardSummary> byCode(String code);

    /** The standards in force today that bind {@code step}; the earliest deadline governs a case. */
    List<StandardSummary> bindingStep(String step);
}
