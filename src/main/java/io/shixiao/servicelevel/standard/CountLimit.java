package io.shixiao.servicelevel.standard;

/**
 * The limit of a {@link ServiceStandard.Kind#COUNT} standard: how often a milestone may occur
 * between the standard's start and stop milestones.
 *
 * @param counted the milestone counted, e.g. {@code MISSING_DOCUMENTS_NOTICE_SENT}
 * @param maximum the most occurrences that still comply (保险法第二十二条 一次性: 1; 铃响三声内: 3)
 */
public record CountLimit(String counted, int maximum) {}
