/**
 * The service-standard model (pure records) and the loader that reads and validates the YAML
 * catalog. Published as the named interface {@code standard} because {@link
 * io.shixiao.servicelevel.ServiceStandards} hands these records to other modules.
 */
@org.springframework.modulith.NamedInterface("standard")
package io.shixiao.servicelevel.standard;
