package io.shixiao.quality.web;

import io.shixiao.quality.application.HeldTextDetail;
import io.shixiao.quality.application.HeldTextView;
import io.shixiao.quality.application.HeldTexts;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue of held texts, for the supervisors of the writer's organisation. */
@RestController
@RequestMapping("/api/v1/forbidden-phrases/reviews")
@Tag(name = "Forbidden phrases 服务禁语", description = "Checking texts against the forbidden service phrases")
class HeldTextApi {

    private final HeldTexts held;

    HeldTextApi(HeldTexts held) {
        this.held = held;
    }

    @GetMapping
    @Operation(
            summary = "Held texts in your scope (QUALITY_INSPECTOR, MANAGER, ADMIN)",
            description = "Without the texts; status PENDING (the default), RELEASED or REJECTED.")
    List<HeldTextView> list(@RequestParam(required = false) String status) {
        return held.list(CurrentUser.scope(), status);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A held text with the text itself",
            description = "Audited as a view of personal data. Another insurer's item answers 404.")
    HeldTextDetail one(@PathVariable long id) {
        return held.open(id, CurrentUser.scope());
    }

    @PostMapping("/{id}/release")
    @Operation(
            summary = "Release a held text (QUALITY_INSPECTOR, MANAGER)",
            description =
                    "The module it came from may send it (event HeldTextReleased). Not your own text; 409 when stale.")
    HeldTextView release(@PathVariable long id, @RequestBody Decision decision) {
        return held.release(id, decision.version(), decision.note(), CurrentUser.get());
    }

    @PostMapping("/{id}/reject")
    @Operation(
            summary = "Reject a held text (QUALITY_INSPECTOR, MANAGER)",
            description = "It is not to be sent; the note tells the writer why (required).")
    HeldTextView reject(@PathVariable long id, @RequestBody Decision decision) {
        return held.reject(id, decision.version(), decision.note(), CurrentUser.get());
    }

    /**
     * A reviewer's decision.
     *
     * @param version the version read
     * @param note the reason; required to reject
     */
    record Decision(Integer version, String note) {}
}
