package io.shixiao.claims.application;

import io.shixiao.claims.domain.Claim;

/** A claim as read from the database, with the version an update must match. */
record StoredClaim(long id, Claim claim, int version) {}
