package io.shixiao.servicelevel.clock.domain;

import java.time.Instant;

/**
 * An approver's request to extend a clock, with the time the customer was told (or null) and, for a
 * step whose length the approver decides, the new deadline (or null).
 */
public record ExtensionRequest(String approver, String reason, Instant customerNotifiedAt, Instant requestedDeadline) {}
