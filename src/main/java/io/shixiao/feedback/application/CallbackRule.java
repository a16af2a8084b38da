package io.shixiao.feedback.application;

import io.shixiao.shared.money.Money;

/**
 * An insurer's callback rule.
 *
 * @param sharePercent the share of paid claims below {@code amountThreshold} called back
 * @param amountThreshold every claim paid at or above it is called back
 * @param maxAttempts attempts before a customer counts as unreachable
 */
public record CallbackRule(
        long insurerId,
        int sharePercent,
        Money amountThreshold,
        String claimQuestionnaire,
        String complaintQuestionnaire,
        int maxAttempts,
        int version) {

    /**
     * Where an insurer set no rule: a fifth of paid claims, every claim from 10,000 yuan, the 004 survey
     * (its scale is the one the seeds use after claims and complaints, seed-time-limits §4.5 V02), three attempts.
     */
    static CallbackRule defaults(long insurerId) {
        return new CallbackRule(insurerId, 20, Money.yuan(10_000), "SEED-004", "SEED-004", 3, -1);
    }
}
