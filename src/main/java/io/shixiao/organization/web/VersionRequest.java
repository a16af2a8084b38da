package io.shixiao.organization.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The version a client last read, for a change that carries no other data (deactivation). */
record VersionRequest(@NotNull @PositiveOrZero Long version) {}
