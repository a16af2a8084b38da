package io.shixiao.claims.domain;

import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 保险法第二十二条第二款: "认为有关的证明和资料不完整的，应当及时一次性通知……补充提供". One notice lists every
 * missing item; a later notice is refused unless a reason (new facts, 补充材料显现的新问题) is recorded and a
 * manager approves it, and even then it may only ask for items no earlier notice asked for — restating
 * the list is not a new notice (catalog LAW-22, reading D7).
 */
final class OneTimeNoticeRule {

    private OneTimeNoticeRule() {}

    static void check(
            List<MissingDocumentsNotice> earlier,
            Set<DocumentItem> items,
            Set<DocumentItem> handedIn,
            @Nullable String reason,
            @Nullable String approvingManager) {
        aNoticeNamesWhatIsMissing(items, handedIn);
        if (earlier.isEmpty()) {
            return;
        }
        aLaterNoticeNeedsAReasonAndAManager(reason, approvingManager);
        aLaterNoticeOnlyAddsItems(earlier, items);
    }

    private static void aNoticeNamesWhatIsMissing(Set<DocumentItem> items, Set<DocumentItem> handedIn) {
        if (items.isEmpty()) {
            throw new InvalidInputException("items", "a notice names at least one missing document");
        }
        Set<DocumentItem> already = EnumSet.noneOf(DocumentItem.class);
        already.addAll(items);
        already.retainAll(handedIn);
        if (!already.isEmpty()) {
            throw new InvalidInputException("items", "already handed in: " + already);
        }
    }

    private static void aLaterNoticeNeedsAReasonAndAManager(@Nullable String reason, @Nullable String manager) {
        if (reason == null || reason.isBlank()) {
            throw new ConflictException(
                    "reason",
                    "保险法第二十二条: the missing documents were already notified once; a further notice needs the"
                            + " reason (new facts) and a manager's approval");
        }
        if (manager == null) {
            throw new ConflictException(
                    "approvedBy", "a further notice of missing documents needs a manager's approval");
        }
    }

    private static void aLaterNoticeOnlyAddsItems(List<MissingDocumentsNotice> earlier, Set<DocumentItem> items) {
        Set<DocumentItem> repeated = EnumSet.noneOf(DocumentItem.class);
        for (MissingDocumentsNotice notice : earlier) {
            for (DocumentItem item : items) {
                if (notice.items().contains(item)) {
                    repeated.add(item);
                }
            }
        }
        if (!repeated.isEmpty()) {
            throw new ConflictException(
                    "items", "already asked for in an earlier notice (a reminder is not a new notice): " + repeated);
        }
    }
}
