package io.shixiao.enrolment.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 村级联络员 and their villages. A liaison's account belongs to a county (scope {@code VILLAGES}); the
 * villages it may report damaged houses for, and whose enrolled households it sees masked, are assigned here
 * by the administrator or a manager working the county's scheme. To a liaison every other village, and every
 * scheme outside their county, answers as if it did not exist.
 */
@Service
public class VillageLiaisons {

    /** Sign-in names as the security module creates them: lower-case letters, digits, dots, dashes. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    /** One village assigned to one liaison. */
    public record Assignment(
            String username, String villageCode, String villageName, Instant assignedAt, String assignedBy) {}

    private final Schemes schemes;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    VillageLiaisons(Schemes schemes, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.schemes = schemes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean isLiaison(ScopedUser user) {
        return user.dataScope().reach() == DataScope.Reach.VILLAGES;
    }

    /** The villages of the signed-in liaison, in code order; none for anybody else. */
    public List<String> villagesOf(ScopedUser user) {
        String county = user.dataScope().divisionCode();
        if (!isLiaison(user) || county == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select village_code from rural_liaison_village
                        where username = :u and village_code like :county order by village_code""")
                .param("u", user.username())
                .param("county", county + "%")
                .query(String.class)
                .list();
    }

    /** The schemes of the liaison's county, newest first. */
    public List<Scheme> schemesOf(ScopedUser user) {
        String county = user.dataScope().divisionCode();
        return !isLiaison(user) || county == null ? List.of() : schemes.visible(DataScope.county(county));
    }

    /**
     * The scheme a liaison reports into for {@code villageCode}: a scheme of their county and a village assigned
     * to them, else 404 as if missing (a village of another liaison is not told apart from no village).
     */
    Scheme reportingScheme(long schemeId, String villageCode, ScopedUser user) {
        Scheme scheme = schemes.find(schemeId)
                .filter(s -> schemesOf(user).stream().anyMatch(mine -> mine.id() == s.id()))
                .orElseThrow(() -> new NotFoundException("Scheme", schemeId));
        if (!villagesOf(user).contains(villageCode)) {
            throw new NotFoundException("Village", villageCode);
        }
        return scheme;
    }

    /** The liaisons of the scheme's county and their villages. */
    public List<Assignment> of(long schemeId, ScopedUser user) {
        Scheme scheme = managed(schemeId, user);
        return jdbc.sql("""
                        select username, village_code, assigned_at, assigned_by from rural_liaison_village
                        where village_code like :county order by username, village_code""")
                .param("county", scheme.countyCode() + "%")
                .query((rs, row) -> new Assignment(
                        rs.getString("username"),
                        rs.getString("village_code"),
                        schemes.divisionName(rs.getString("village_code")),
                        rs.getTimestamp("assigned_at").toInstant(),
                        rs.getString("assigned_by")))
                .list();
    }

    /** Assigns a village of the scheme's county to a liaison; assigning it again changes nothing. */
    @Transactional
    public void assign(long schemeId, String username, String villageCode, ScopedUser user) {
        Scheme scheme = managed(schemeId, user);
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("username", "a sign-in name: lower-case letters, digits, '.', '-', '_'");
        }
        Set<String> villages = schemes.villageCodes(scheme);
        if (villageCode == null || !villages.contains(villageCode)) {
            throw new InvalidInputException("villageCode", "not a village of the scheme's county");
        }
        int added = jdbc.sql("""
                        insert into rural_liaison_village (username, village_code, assigned_at, assigned_by)
                        values (:u, :v, :at, :by) on conflict do nothing""")
                .param("u", name)
                .param("v", villageCode)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", user.username())
                .update();
        if (added > 0) {
            audit.recordWrite(
                    "CREATE",
                    "RuralLiaisonVillage",
                    name + "/" + villageCode,
                    "liaison " + name + " assigned to " + villageCode + " (" + schemes.divisionName(villageCode) + ")");
        }
    }

    /** Takes a village from a liaison; 404 if it was not theirs. */
    @Transactional
    public void unassign(long schemeId, String username, String villageCode, ScopedUser user) {
        Scheme scheme = managed(schemeId, user);
        int removed = jdbc.sql("""
                        delete from rural_liaison_village
                        where username = :u and village_code = :v and village_code like :county""")
                .param("u", username)
                .param("v", villageCode)
                .param("county", scheme.countyCode() + "%")
                .update();
        if (removed == 0) {
            throw new NotFoundException("Liaison village", username + "/" + villageCode);
        }
        audit.recordWrite(
                "DELETE", "RuralLiaisonVillage", username + "/" + villageCode, "liaison " + username + " unassigned");
    }

    /** The administrator, or a manager among the staff working the scheme. */
    private Scheme managed(long schemeId, ScopedUser user) {
        Scheme scheme = schemes.visible(schemeId, user.dataScope());
        if (!user.has(Role.ADMIN) && !(user.has(Role.MANAGER) && SchemeAccess.canWork(scheme, user))) {
            throw new AccessDeniedException("only the administrator or the scheme's manager assigns liaisons");
        }
        return scheme;
    }
}
