package io.shixiao.notification.template;

import io.shixiao.audit.AuditTrail;
import io.shixiao.quality.ForbiddenPhrases;
import io.shixiao.quality.PhraseCheck;
import io.shixiao.quality.PhraseHit;
import io.shixiao.quality.ServiceStage;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates: read them, render a message, and let the administrator change a body — refused when it
 * uses an undeclared placeholder or a forbidden service phrase (服务禁语, checked like every outgoing
 * text), audited when saved.
 */
@Service
public class MessageTemplates {

    private final TemplateStore store;
    private final ForbiddenPhrases phrases;
    private final AuditTrail audit;
    private final Clock clock;

    MessageTemplates(TemplateStore store, ForbiddenPhrases phrases, AuditTrail audit, Clock clock) {
        this.store = store;
        this.phrases = phrases;
        this.audit = audit;
        this.clock = clock;
    }

    public List<MessageTemplate> all() {
        return store.all();
    }

    public Optional<MessageTemplate> find(String code) {
        return store.find(code);
    }

    public MessageTemplate get(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("Message template", code));
    }

    /** The message {@code code} renders with {@code values}; 400 naming {@code values} when one is missing. */
    public String preview(String code, Map<String, String> values) {
        try {
            return TemplateText.render(get(code).body(), values);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("values", e.getMessage());
        }
    }

    @Transactional
    public MessageTemplate changeBody(String code, @Nullable String body, @Nullable Integer version, String actor) {
        MessageTemplate current = get(code);
        if (version == null) {
            throw new InvalidInputException("version", "required: the version of the template you read");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "required");
        }
        String text = body.strip();
        if (text.length() > TemplateText.BODY_MAX) {
            throw new InvalidInputException("body", "at most " + TemplateText.BODY_MAX + " characters");
        }
        Set<String> unknown = TemplateText.undeclared(text, current.variables());
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "body", "unknown placeholders " + unknown + "; this template has " + current.variables());
        }
        PhraseCheck check = phrases.check(text, ServiceStage.GENERAL);
        if (!check.passed()) {
            throw new InvalidInputException(
                    "body",
                    "contains or comes close to a forbidden service phrase: "
                            + check.hits().stream().map(PhraseHit::phrase).collect(Collectors.joining("、")));
        }
        try {
            store.updateBody(code, text, version, actor, clock.instant());
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("version", "the template changed since version " + version + " was read");
        }
        audit.recordWrite("UPDATE", "MessageTemplate", code, "body was: " + current.body() + " | now: " + text);
        return get(code);
    }
}
