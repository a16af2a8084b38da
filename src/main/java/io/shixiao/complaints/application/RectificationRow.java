package io.shixiao.complaints.application;

import io.shixiao.complaints.domain.RectificationItem;
import io.shixiao.complaints.domain.RectificationStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of the rectification ledger (整改台账). */
public record RectificationRow(
        long id,
        @Nullable String complaintNumber,
        String problem,
        String rootCause,
        String owner,
        LocalDate dueOn,
        RectificationStatus status,
        @Nullable String result,
        @Nullable String verifiedBy,
        @Nullable String verification,
        int version) {

    /** 逾期: not reported done after its due day. */
    public boolean overdueOn(LocalDate today) {
        return RectificationItem.overdue(status, dueOn, today);
    }
}
