package io.shixiao.servicelevel;

import java.time.Instant;
import java.util.Map;

/**
 * A module's report that something happened to one of its cases ({@code CLAIM_REPORTED},
 * {@code SURVEYOR_DISPATCHED}, {@code MISSING_DOCUMENTS_NOTICE_RECEIVED} …). The engine starts, pauses,
 * resumes, restarts, stops or cancels the case's clocks accordingly. Reporting the same
 * (case, milestone, instant) twice acts once.
 *
 * @param caseType CLAIM, COMPLAINT, CONSULTATION, POLICY_TASK …
 * @param caseId the owning module's id of the case
 * @param milestone what happened
 * @param at when it happened (not when it was reported)
 * @param attributes facts about the case: who owns it ({@link #INSURER_ID}, {@link #ORG_UNIT_ID},
 *     {@link #ORG_PATH}, {@link #ASSIGNEE_ID} — needed by start milestones) and the conditions that
 *     select standards ({@link #AMOUNT}, {@link #INJURIES}, {@link #ZONE_KIND}, {@link #CHANNEL},
 *     {@link #CATASTROPHE}, {@link #REGION}, {@link #PRODUCT_LINE}); a contract parameter of a period
 *     is given as {@code parameter.<name>} (e.g. {@code parameter.reviewDays=5})
 */
public record MilestoneReported(
        String caseType, String caseId, String milestone, Instant at, Map<String, String> attributes) {

    public static final String INSURER_ID = "insurerId";
    public static final String ORG_UNIT_ID = "orgUnitId";
    public static final String ORG_PATH = "orgPath";
    public static final String ASSIGNEE_ID = "assigneeId";
    public static final String AMOUNT = "amount";
    public static final String INJURIES = "injuries";
    public static final String ZONE_KIND = "zoneKind";
    public static final String CHANNEL = "channel";
    public static final String CATASTROPHE = "catastrophe";
    public static final String REGION = "region";
    public static final String PRODUCT_LINE = "productLine";
    /** Facts established so far, comma-separated, e.g. {@code LIABILITY_CLEAR,DOCUMENTS_COMPLETE}. */
    public static final String FACTS = "facts";

    public static final String PARAMETER_PREFIX = "parameter.";

    public MilestoneReported {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
