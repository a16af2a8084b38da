package io.shixiao.feedback.domain;

import java.util.Map;

/**
 * One callback to make: attempts until the customer is reached, then the questionnaire's answers; after the
 * last attempt allowed (or a refusal) the task ends unreachable.
 */
public final class CallbackTask {

    private CallbackStatus status;
    private int attempts;
    private final int maxAttempts;

    public CallbackTask(CallbackStatus status, int attempts, int maxAttempts) {
        this.status = status;
        this.attempts = attempts;
        this.maxAttempts = maxAttempts;
    }

    /** Records one attempt; the task ends unreachable after a refusal or when no attempt is left. */
    public void attempted(AttemptOutcome outcome) {
        requireOpen("record an attempt on");
        attempts++;
        if (outcome == AttemptOutcome.REFUSED || (!outcome.reached() && attempts >= maxAttempts)) {
            status = CallbackStatus.UNREACHABLE;
        }
    }

    /** The customer's answers, one per question, each an option of the question's scale. */
    public void answered(Questionnaire questionnaire, Map<String, String> answers) {
        requireOpen("answer");
        questionnaire.check(answers);
        status = CallbackStatus.COMPLETED;
    }

    /** Whether the task has ended (answered or unreachable). */
    public boolean ended() {
        return status != CallbackStatus.OPEN;
    }

    private void requireOpen(String action) {
        if (status != CallbackStatus.OPEN) {
            throw new CallbackRefused("status", "The callback is " + status + "; you cannot " + action + " it");
        }
    }

    public CallbackStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }
}
