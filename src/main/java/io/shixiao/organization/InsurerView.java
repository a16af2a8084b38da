package io.shixiao.organization;

/** An insurer as other modules see it. */
public record InsurerView(long id, String code, String shortName, boolean active) {}
