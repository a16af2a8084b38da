package io.shixiao.servicelevel;

import java.time.Instant;

/**
 * A request to extend a clock as its standard allows.
 *
 * @param reason why the case needs more time
 * @param customerNotifiedAt when the customer was told, required where the standard says so
 */
public record ExtendClock(String reason, Instant customerNotifiedAt) {}
