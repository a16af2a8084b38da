package io.shixiao.duties.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.duties.domain.Completion;
import io.shixiao.duties.domain.CompletionRefused;
import io.shixiao.duties.domain.DutyOccurrence;
import io.shixiao.duties.domain.DutyTransitionRefused;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records an occurrence done, with its evidence, audited in the same transaction. */
@Service
public class DutyCompletion {

    private final OccurrenceRepository occurrences;
    private final DutyBoard board;
    private final AuditTrail audit;
    private final Clock clock;

    DutyCompletion(OccurrenceRepository occurrences, DutyBoard board, AuditTrail audit, Clock clock) {
        this.occurrences = occurrences;
        this.board = board;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records occurrence {@code id} done on {@code performedOn} (today when null) with {@code evidence};
     * refused with 404 when the user cannot see it, 403 when they may not record it, 409 when it changed
     * since {@code version} or is already done.
     */
    @Transactional
    public OccurrenceView complete(
            ScopedUser user,
            long id,
            @Nullable LocalDate performedOn,
            @Nullable String evidence,
            @Nullable String note,
            @Nullable Integer version) {
        OccurrenceView seen = board.get(user, id);
        if (!board.mayComplete(user, seen)) {
            throw new AccessDeniedException("Only the duty's owner records it done");
        }
        if (version == null) {
            throw new InvalidInputException("version", "required: the version of the occurrence you read");
        }
        if (version != seen.version()) {
            throw new ConflictException("version", "the occurrence changed since version " + version + " was read");
        }
        DutyOccurrence occurrence =
                occurrences.find(id).orElseThrow(() -> new NotFoundException("Duty occurrence", id));
        Instant now = clock.instant();
        LocalDate day = performedOn == null ? now.atZone(ShanghaiTime.ZONE).toLocalDate() : performedOn;
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        Completion completion =
                new Completion(day, evidence == null ? "" : evidence.strip(), cleanNote, user.username(), now);
        try {
            occurrence.complete(completion);
            occurrences.save(occurrence);
        } catch (CompletionRefused e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        } catch (DutyTransitionRefused e) {
            throw new ConflictException("status", e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("version", "the occurrence changed while it was being recorded");
        }
        audit.recordWrite(
                "COMPLETE",
                "DutyOccurrence",
                id,
                seen.dutyCode() + " " + seen.ownerType() + " " + seen.ownerName() + " " + seen.periodStart() + "–"
                        + seen.periodEnd() + ": " + occurrence.status() + ", performed on " + day + ", evidence: "
                        + completion.evidence());
        return occurrences.view(id).orElseThrow();
    }
}
