package io.shixiao.quality.application;

import io.shixiao.audit.AuditTrail;
import io.shixiao.quality.ServiceStage;
import io.shixiao.quality.domain.ListedPhrase;
import io.shixiao.quality.domain.PhraseBook;
import io.shixiao.quality.domain.PhraseSyntaxException;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list as administrators keep it (包括但不限于: the list is open). ADMIN and QUALITY_INSPECTOR add
 * phrases, change them, disable and enable them; every change is audited. A seed phrase keeps the
 * seed's words and stage, and stays on record when disabled.
 */
@Service
public class PhraseAdministration {

    static final int PHRASE_LENGTH = 200;
    static final int CORE_PARTS = 10;

    /** One list for every insurer, so only the platform administrator changes it. */
    private static final String MAY_EDIT = "hasRole('ADMIN')";

    private final PhraseRepository phrases;
    private final CurrentPhraseBook book;
    private final AuditTrail audit;
    private final Clock clock;

    PhraseAdministration(PhraseRepository phrases, CurrentPhraseBook book, AuditTrail audit, Clock clock) {
        this.phrases = phrases;
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    /** The list, by stage; {@code stage} null for every stage. */
    public List<PhraseRecord> list(ServiceStage stage) {
        return phrases.all().stream()
                .filter(p -> stage == null || p.stage() == stage)
                .toList();
    }

    public PhraseRecord get(long id) {
        return phrases.find(id).orElseThrow(() -> new NotFoundException("Forbidden phrase", id));
    }

    @Transactional
    @PreAuthorize(MAY_EDIT)
    public PhraseRecord add(ServiceStage stage, String phrase, List<String> core) {
        List<String> parts = readable(stage, phrase, core);
        String folded = PhraseText.folded(phrase, book.normaliser());
        if (phrases.stageHolds(stage, folded, null)) {
            throw new ConflictException("phrase", "「" + phrase + "」 is already on the " + stage + " list");
        }
        long id = phrases.insert(stage, phrase.strip(), folded, parts, CurrentUser.actor(), Instant.now(clock));
        audit.recordWrite("CREATE", "forbidden_phrase", id, stage + " 「" + phrase.strip() + "」 core " + parts);
        return get(id);
    }

    /**
     * Changes an added phrase, or the core of a seed phrase (whose words and stage are the seed's);
     * {@code stage} or {@code phrase} null keeps what is stored.
     */
    @Transactional
    @PreAuthorize(MAY_EDIT)
    public PhraseRecord edit(
            long id,
            @Nullable ServiceStage stage,
            @Nullable String phrase,
            @Nullable List<String> core,
            @Nullable Integer version) {
        PhraseRecord current = get(id);
        int expected = required(version);
        ServiceStage newStage = stage == null ? current.stage() : stage;
        String newPhrase = phrase == null ? current.phrase() : phrase.strip();
        if (current.seed() && (newStage != current.stage() || !current.phrase().equals(newPhrase))) {
            throw new InvalidInputException(
                    newStage != current.stage() ? "stage" : "phrase",
                    "a seed phrase keeps the seed's words and stage; disable it and add a phrase instead");
        }
        List<String> parts = readable(newStage, newPhrase, core);
        String folded = PhraseText.folded(newPhrase, book.normaliser());
        if (phrases.stageHolds(newStage, folded, id)) {
            throw new ConflictException("phrase", "「" + newPhrase + "」 is already on the " + newStage + " list");
        }
        updated(
                phrases.update(
                        id, newStage, newPhrase, folded, parts, expected, CurrentUser.actor(), Instant.now(clock)),
                id);
        audit.recordWrite(
                "UPDATE",
                "forbidden_phrase",
                id,
                "was " + current.stage() + " 「" + current.phrase() + "」 core " + current.core() + ", now " + newStage
                        + " 「" + newPhrase + "」 core " + parts);
        return get(id);
    }

    @Transactional
    @PreAuthorize(MAY_EDIT)
    public PhraseRecord disable(long id, Integer version) {
        return setActive(id, false, version);
    }

    @Transactional
    @PreAuthorize(MAY_EDIT)
    public PhraseRecord enable(long id, Integer version) {
        return setActive(id, true, version);
    }

    private PhraseRecord setActive(long id, boolean active, Integer version) {
        PhraseRecord current = get(id);
        updated(phrases.setActive(id, active, required(version), CurrentUser.actor(), Instant.now(clock)), id);
        audit.recordWrite(
                active ? "ENABLE" : "DISABLE", "forbidden_phrase", id, current.stage() + " 「" + current.phrase() + "」");
        return get(id);
    }

    private List<String> readable(@Nullable ServiceStage stage, @Nullable String phrase, @Nullable List<String> core) {
        if (stage == null) {
            throw new InvalidInputException("stage", "required");
        }
        if (phrase == null || phrase.isBlank()) {
            throw new InvalidInputException("phrase", "required");
        }
        if (phrase.length() > PHRASE_LENGTH) {
            throw new InvalidInputException("phrase", "at most " + PHRASE_LENGTH + " characters");
        }
        List<String> parts = new ArrayList<>();
        for (String part : core == null ? List.<String>of() : core) {
            if (part != null && !part.isBlank()) {
                if (part.length() > PHRASE_LENGTH) {
                    throw new InvalidInputException("core", "each part at most " + PHRASE_LENGTH + " characters");
                }
                parts.add(part.strip());
            }
        }
        if (parts.size() > CORE_PARTS) {
            throw new InvalidInputException("core", "at most " + CORE_PARTS + " parts");
        }
        try {
            PhraseBook.verify(new ListedPhrase(0, stage, phrase, List.of()), book.normaliser());
        } catch (PhraseSyntaxException e) {
            throw new InvalidInputException("phrase", e.getMessage());
        }
        try {
            PhraseBook.verify(new ListedPhrase(0, stage, phrase, parts), book.normaliser());
        } catch (PhraseSyntaxException e) {
            throw new InvalidInputException("core", e.getMessage());
        }
        return parts;
    }

    private static int required(@Nullable Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "required: the version you read");
        }
        return version;
    }

    private static void updated(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Forbidden phrase " + id + " was changed since it was read");
        }
    }
}
