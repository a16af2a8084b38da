package io.shixiao.organization.web;

import io.shixiao.shared.problem.ConflictException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tells the page a button redirects to whether its change was saved or why it was refused. */
final class FlashNotice {

    private FlashNotice() {}

    /** Runs {@code change}; a refusal (wrong state, stale version) becomes the next page's error notice. */
    static void savedOrRefused(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (ConflictException | OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
    }
}
