package io.shixiao.servicelevel.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A standard as the catalog pages show it: every part in words of the reader's language, the reading
 * the catalog takes of its text, and whether it binds the reader's insurer today or what it waits for.
 *
 * @param enforcement whether the standard binds the reader's insurer's cases today, in words
 * @param enforced true when it binds; false when it waits for a contract or a figure, or binds per scheme
 */
public record StandardView(
        String code,
        String title,
        String kind,
        String bindsStep,
        String tier,
        String document,
        String clause,
        List<String> passages,
        String appliesTo,
        @Nullable String period,
        @Nullable String count,
        List<String> start,
        List<String> stop,
        List<String> pause,
        List<String> resume,
        List<String> restart,
        List<String> cancel,
        @Nullable String countFrom,
        List<String> warnings,
        String escalation,
        List<String> extension,
        List<String> remedies,
        String remedy,
        String note,
        String effective,
        String effectiveBasis,
        String enforcement,
        boolean enforced) {}
