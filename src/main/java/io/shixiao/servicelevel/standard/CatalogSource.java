package io.shixiao.servicelevel.standard;

/**
 * One YAML file of the catalog.
 *
 * @param name how errors name the file, e.g. {@code standards/law.yml}
 * @param text its content
 */
public record CatalogSource(String name, String text) {}
