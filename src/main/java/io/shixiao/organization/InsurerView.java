package io.shixiao.organization;

/** An insurer as other modules see it; {@code hotline} is its 24-hour service number customers are told. */
public record InsurerView(long id, String code, String shortName, boolean active, String hotline) {}
