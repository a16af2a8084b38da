package io.shixiao.duties.application;

import io.shixiao.duties.DutyOwnerType;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A party a duty falls on, with the days it does (the contracts in force; unbounded for a duty that
 * names no contract).
 *
 * @param insurerId the insurer, for INSURER and BRANCH owners
 * @param orgPath the unit's path, for BRANCH owners
 * @param countyCode the county overseeing a SCHEME owner
 * @param windows the stretches of days in which the duty falls on the owner, both ends included
 */
record DutyOwner(
        DutyOwnerType type,
        long id,
        String name,
        @Nullable Long insurerId,
        @Nullable String orgPath,
        @Nullable String countyCode,
        List<Window> windows) {

    record Window(LocalDate from, LocalDate to) {
        static final Window ALWAYS = new Window(LocalDate.MIN, LocalDate.MAX);
    }

    /** Whether the duty falls on the owner on any day from {@code from} to {@code to}. */
    boolean bound(LocalDate from, LocalDate to) {
        return windows.stream().anyMatch(w -> !w.from().isAfter(to) && !w.to().isBefore(from));
    }
}
