package io.shixiao.quality.web;

import io.shixiao.quality.ForbiddenPhrases;
import io.shixiao.quality.PhraseAuthor;
import io.shixiao.quality.PhraseCheck;
import io.shixiao.quality.PhraseHit;
import io.shixiao.quality.ServiceStage;
import io.shixiao.quality.TextToCheck;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Other systems check their texts here before sending them; every check counts for the caller. */
@RestController
@RequestMapping("/api/v1/forbidden-phrases")
@Tag(name = "Forbidden phrases 服务禁语", description = "Checking texts against the forbidden service phrases")
class PhraseCheckApi {

    private final ForbiddenPhrases phrases;

    PhraseCheckApi(ForbiddenPhrases phrases) {
        this.phrases = phrases;
    }

    @PostMapping("/check")
    @Operation(summary = "Check a text against the forbidden phrases", description = """
                    Checks a reply, notice, SMS or note before it is sent or saved. blocked: the text has the \
                    listed words of its stage's list or of the general list, plainly or disguised by spaces, \
                    punctuation, full-width or traditional characters; it must not go. review: not blocked, but \
                    its wording is close to a listed phrase or it has another stage's listed words; it is held \
                    for a supervisor, under reviewId. Each hit names the phrase, its stage and the offset 'at' \
                    in the text as sent (UTF-16 units). The check and its hits are recorded for the caller. \
                    stage is one of GENERAL, SALES, UNDERWRITING, REPORT, SURVEY, ASSESSMENT, DOCUMENTS, \
                    COMPLAINT, INTERNAL; text is required, at most 10000 characters.""")
    CheckResponse check(@RequestBody CheckRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = request.text();
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("text", "required"));
        } else if (text.length() > ForbiddenPhrases.MAXIMUM_LENGTH) {
            problems.add(new FieldProblem("text", "at most " + ForbiddenPhrases.MAXIMUM_LENGTH + " characters"));
        }
        ServiceStage stage = Stages.read(request.stage(), "stage", problems);
        if (!problems.isEmpty() || text == null || stage == null) {
            throw new InvalidInputException(problems, "Invalid fields: " + problems);
        }
        PhraseCheck check =
                phrases.checkAndRecord(new TextToCheck(text, stage, PhraseAuthor.of(CurrentUser.get()), "api", null));
        return CheckResponse.of(check);
    }

    /**
     * A text to check.
     *
     * @param text the text as it would be sent
     * @param stage the stage of service the text belongs to
     */
    record CheckRequest(@Nullable String text, @Nullable String stage) {}

    /**
     * The outcome.
     *
     * @param reviewId the review item of a held text, null otherwise
     */
    record CheckResponse(
            boolean blocked,
            boolean review,
            List<Hit> hits,
            @Nullable Long reviewId) {

        static CheckResponse of(PhraseCheck check) {
            return new CheckResponse(
                    check.blocked(),
                    check.review(),
                    check.hits().stream().map(Hit::of).toList(),
                    check.reviewId());
        }
    }

    /**
     * A phrase found.
     *
     * @param at offset in the text as sent, UTF-16 units
     * @param length UTF-16 units covered
     * @param match EXACT (the listed words) or NEAR (close wording)
     * @param blocks whether this hit blocks the text
     * @param similarity 1 for EXACT, the closeness of the wording for NEAR
     */
    record Hit(String phrase, String stage, int at, int length, String match, boolean blocks, double similarity) {

        static Hit of(PhraseHit hit) {
            return new Hit(
                    hit.phrase(),
                    hit.stage().name(),
                    hit.at(),
                    hit.length(),
                    hit.match().name(),
                    hit.blocks(),
                    Math.round(hit.similarity() * 1000) / 1000.0);
        }
    }
}
