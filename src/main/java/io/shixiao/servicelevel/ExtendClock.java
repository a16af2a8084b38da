package io.shixiao.servicelevel;

import java.time.Instant;

/**
 * A request to extend a clock as its standard allows.
 *
 * @param reason why the case needs more time
 * @param customerNotifiedAt when the customer was told, required where the standard says so
 * @param newDeadline the new deadline, for a step whose length the approver decides (浙江规范第七章 2.7.1
 *     适当延长); null for a step of fixed length
 */
public record ExtendClock(String reason, Instant customerNotifiedAt, Instant newDeadline) {}
