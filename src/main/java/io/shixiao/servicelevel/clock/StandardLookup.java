package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.standard.ServiceStandard;
import java.util.List;
import java.util.Optional;

/**
 * The standards catalog as the clocks need it. The catalog bean implements it; tests supply
 * fixtures.
 */
public interface StandardLookup {

  /** Every standard of the catalog for a case type, in force or not. */
  List<ServiceStandard> forCaseType(String caseType);

  Optional<ServiceStandard> byCode(String code);

  /** Every standard of the catalog. */
  List<ServiceStandard> all();
}
