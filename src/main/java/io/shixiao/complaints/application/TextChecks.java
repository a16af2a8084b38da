package io.shixiao.complaints.application;

import io.shixiao.quality.ForbiddenPhrases;
import io.shixiao.quality.PhraseAuthor;
import io.shixiao.quality.PhraseCheck;
import io.shixiao.quality.PhraseHit;
import io.shixiao.quality.ServiceStage;
import io.shixiao.quality.TextToCheck;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.ScopedUser;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Texts the complainant will read (replies, decision texts) go through the quality module's forbidden-phrase
 * check before they are saved. The check is recorded in its own transaction, before the complaint's, so the
 * hit counts for the writer even though the save is refused.
 */
@Component
class TextChecks {

    private final ForbiddenPhrases phrases;

    TextChecks(ForbiddenPhrases phrases) {
        this.phrases = phrases;
    }

    /**
     * Refuses {@code text} when it is blocked (400 naming {@code field}, the phrase and its stage) or held
     * for a supervisor's review (409 naming the review item); passes a blank text, which the domain refuses.
     */
    void requireClean(String field, @Nullable String text, ServiceStage stage, ScopedUser writer, String reference) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.length() > ForbiddenPhrases.MAXIMUM_LENGTH) {
            throw new InvalidInputException(field, "at most " + ForbiddenPhrases.MAXIMUM_LENGTH + " characters");
        }
        PhraseCheck check =
                phrases.checkAndRecord(new TextToCheck(text, stage, PhraseAuthor.of(writer), "complaints", reference));
        if (check.blocked()) {
            throw new InvalidInputException(field, "服务禁语：" + named(check));
        }
        if (check.review()) {
            throw new ConflictException(field, "近似服务禁语，已提交主管审核（审核单 " + check.reviewId() + "）：" + named(check));
        }
    }

    private static String named(PhraseCheck check) {
        return check.hits().stream().map(TextChecks::named).distinct().collect(Collectors.joining("；"));
    }

    private static String named(PhraseHit hit) {
        return "「" + hit.phrase() + "」（" + hit.stage().chineseName() + "，"
                + hit.stage().name() + "）";
    }
}
