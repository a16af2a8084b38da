package io.shixiao.servicelevel.clock.domain;

import java.time.Instant;

/** A manager's acknowledgement of a breach, with the reason that compliance statistics rank. */
public record BreachAcknowledgement(String reason, String by, Instant at) {}
