package io.shixiao.duties.application;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.duties.catalog.RecurringDuty;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.util.List;
import org.springframework.stereotype.Service;

/** The occurrences a user may see and which of them they may record done. */
@Service
public class DutyBoard {

    /** The most occurrences one listing returns. */
    public static final int LIMIT = 1000;

    private final OccurrenceRepository occurrences;
    private final DutyCatalog catalog;

    DutyBoard(OccurrenceRepository occurrences, DutyCatalog catalog) {
        this.occurrences = occurrences;
        this.catalog = catalog;
    }

    public List<RecurringDuty> duties() {
        return catalog.all();
    }

    public List<OccurrenceView> list(ScopedUser user, OccurrenceFilter filter) {
        return occurrences.list(user.dataScope(), filter, LIMIT);
    }

    /** One occurrence the user may see; anyone else's answers 404. */
    public OccurrenceView get(ScopedUser user, long id) {
        if (!occurrences.visible(id, user.dataScope())) {
            throw new NotFoundException("Duty occurrence", id);
        }
        return occurrences.view(id).orElseThrow(() -> new NotFoundException("Duty occurrence", id));
    }

    /**
     * Whether {@code user}, who sees the occurrence, may record it done: the administrator on anyone's
     * behalf; an association its own duties; an insurer's managers and the roles the duty names its
     * insurer's and units' duties. A scheme's duties are recorded by the administrator until the scheme
     * module names the scheme's insurer.
     */
    public boolean mayComplete(ScopedUser user, OccurrenceView occurrence) {
        if (user.has(Role.ADMIN)) {
            return true;
        }
        DutyOwnerType owner = occurrence.ownerType();
        if (owner == DutyOwnerType.ASSOCIATION) {
            return user.has(Role.ASSOCIATION);
        }
        if (owner == DutyOwnerType.SCHEME) {
            return false;
        }
        RecurringDuty duty = catalog.byCode(occurrence.dutyCode()).orElse(null);
        return user.has(Role.MANAGER)
                || (duty != null
                        && duty.notifyRoles().stream().anyMatch(role -> role.isInsurerStaff() && user.has(role)));
    }
}
