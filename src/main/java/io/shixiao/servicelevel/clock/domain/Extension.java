package io.shixiao.servicelevel.clock.domain;

import io.shixiao.servicelevel.calendar.PeriodUnit;
import java.time.Instant;

/**
 * One granted extension of a limit (投诉办法第十八条: 15 → 30 days when complex, another 30 with
 * senior approval and notice; 浙江规范第七章 2.7.1: city-level approval and notice within the 10 days).
 *
 * @param step 1 for the first extension, 2 for the second …
 * @param amount how much longer
 * @param unit the unit of {@code amount}
 * @param previousDeadline the deadline before this extension
 * @param newDeadline the deadline after it
 * @param approver who approved
 * @param reason why
 * @param customerNotifiedAt when the customer was told, or null where no notice is required
 * @param grantedAt when the extension was recorded
 */
public record Extension(
        int step,
        long amount,
        PeriodUnit unit,
        Instant previousDeadline,
        Instant newDeadline,
        String approver,
        String reason,
        Instant customerNotifiedAt,
        Instant grantedAt) {}
