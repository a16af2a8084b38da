package io.shixiao.complaints.application;

import io.shixiao.complaints.domain.ComplaintCategory;
import io.shixiao.complaints.domain.ContactChannel;
import io.shixiao.servicelevel.ProductLine;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a 客户投诉登记表 (浙江规范第八章 3.4): when it arrived, by which channel, who complains and how
 * to reach them, the linked policy or claim, the content, the category and what the customer asks for; the
 * handling unit (the user's own unit when none is named).
 *
 * @param receivedAt when the complaint reached the insurer; now when null, otherwise a back-dated entry
 *     past the tolerance needs {@code lateReason}
 * @param disasterRelated caused by a major natural disaster, accident or public-health event (投诉办法第二十九条（一）)
 * @param schemeId the policy-based scheme whose bid binds the complaint (互助县农房保险), or null
 */
public record ComplaintIntake(
        @Nullable ContactChannel channel,
        @Nullable ComplaintCategory category,
        @Nullable ProductLine productLine,
        @Nullable String content,
        @Nullable String customerRequest,
        @Nullable List<Person> complainants,
        @Nullable String policyNumber,
        @Nullable String claimNumber,
        @Nullable Long orgUnitId,
        @Nullable Long schemeId,
        @Nullable Boolean disasterRelated,
        @Nullable Instant receivedAt,
        @Nullable String lateReason) {

    /** A complainant as typed in: a name and, where given, an 11-digit mobile. */
    public record Person(@Nullable String name, @Nullable String mobile) {}
}
