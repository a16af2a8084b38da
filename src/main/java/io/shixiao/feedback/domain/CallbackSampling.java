package io.shixiao.feedback.domain;

import io.shixiao.shared.money.Money;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Which paid claims are called back: every claim at or above the amount, and a share of the others drawn
 * by the claim number. The draw is a hash, not a random number, so the same claim always gets the same
 * answer (a redelivered payment event draws the same) and an auditor can reproduce the sample.
 *
 * @param sharePercent 0–100: the share of the claims below the amount that are called back
 * @param amountThreshold every claim paid at or above it is called back
 */
public record CallbackSampling(int sharePercent, Money amountThreshold) {

    public CallbackSampling {
        if (sharePercent < 0 || sharePercent > 100) {
            throw new CallbackRefused("sharePercent", "A share lies between 0 and 100");
        }
        if (amountThreshold == null || amountThreshold.isNegative()) {
            throw new CallbackRefused("amountThreshold", "The amount is zero or more");
        }
    }

    /** Why the claim is called back, or empty when it is not. */
    public Optional<CallbackReason> reasonToCall(String claimNumber, Money paid) {
        if (!amountThreshold.isGreaterThan(paid)) {
            return Optional.of(CallbackReason.ABOVE_AMOUNT);
        }
        return drawn(claimNumber) < sharePercent ? Optional.of(CallbackReason.SAMPLED) : Optional.empty();
    }

    /** The claim's draw, 0–99. */
    static int drawn(String claimNumber) {
        CRC32 crc = new CRC32();
        crc.update(claimNumber.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 100);
    }
}
