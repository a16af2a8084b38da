package io.shixiao.organization;

/**
 * An insurer as other modules see it.
 *
 * @param shortName the name customers know it by, e.g. 安澜财险 (an SMS signature)
 * @param hotline the customer service hotline registered for the insurer, e.g. 95501
 */
public record InsurerView(long id, String code, String shortName, boolean active, String hotline) {}
