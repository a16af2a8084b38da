package io.shixiao.security.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountRow> findByUsername(String username) {
        return jdbc.sql("""
            select id, username, password_hash, display_name, roles, insurer_id, org_unit_id, association_id,
                   county_division_code, enabled, failed_attempts, locked_until
              from user_account where username = :username
            """)
                .param("username", username)
                .query(AccountRepository::row)
                .optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from user_account where username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(NewAccount account, Instant now) {
        jdbc.sql("""
            insert into user_account (username, password_hash, display_name, roles, insurer_id, org_unit_id,
                                      association_id, county_division_code, staff_id, created_at)
            values (:username, :hash, :displayName, :roles::varchar[], :insurerId, :orgUnitId, :associationId,
                    :county, :staffId, :now)
            """)
                .param("username", account.username())
                .param("hash", account.passwordHash())
                .param("displayName", account.displayName())
                .param(
                        "roles",
                        "{"
                                + String.join(
                                        ",",
                                        account.roles().stream().map(Enum::name).toList()) + "}")
                .param("insurerId", account.insurerId())
                .param("orgUnitId", account.orgUnitId())
                .param("associationId", account.associationId())
                .param("county", account.countyDivisionCode())
                .param("staffId", account.staffId())
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Counts a failed login against the account (shown to administrators); it never locks the account, which
     * would let anyone lock anyone out: {@link LoginThrottle} refuses per name and client address instead.
     */
    void recordFailure(String username) {
        jdbc.sql("""
            update user_account set failed_attempts = failed_attempts + 1, version = version + 1
             where username = :username
            """).param("username", username).update();
    }

    void resetFailures(String username) {
        jdbc.sql("""
            update user_account set failed_attempts = 0, locked_until = null, version = version + 1
             where username = :username and (failed_attempts > 0 or locked_until is not null)
            """).param("username", username).update();
    }

    void recordInteractiveLogin(String username, Instant now) {
        jdbc.sql("update user_account set last_login_at = :now where username = :username")
                .param("username", username)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static AccountRow row(ResultSet rs, int rowNum) throws SQLException {
        Array roles = rs.getArray("roles");
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new AccountRow(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                (String[]) roles.getArray(),
                rs.getObject("insurer_id", Long.class),
                rs.getObject("org_unit_id", Long.class),
                rs.getObject("association_id", Long.class),
                rs.getString("county_division_code"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }
}
