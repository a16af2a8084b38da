package io.shixiao.quality;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.ScopedUser;

/**
 * The staff member a text is checked for; hits are counted against them and seen by the supervisors
 * of their organisation unit.
 *
 * @param insurerId their insurer, null for platform, association and county accounts
 * @param orgPath their organisation unit's path, e.g. {@code /1/4/9/}, null outside an insurer
 */
public record PhraseAuthor(
        long accountId, String username, String displayName, Long insurerId, Long orgUnitId, String orgPath) {

    /** The signed-in user as the author. */
    public static PhraseAuthor of(ScopedUser user) {
        DataScope scope = user.dataScope();
        return new PhraseAuthor(
                user.accountId(),
                user.username(),
                user.displayName(),
                scope.insurerId(),
                scope.orgUnitId(),
                scope.orgPath());
    }
}
