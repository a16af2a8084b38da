package io.shixiao.quality;

import org.jspecify.annotations.Nullable;

/**
 * A text to check on behalf of its writer.
 *
 * @param source the module or channel the text comes from, e.g. {@code complaints}, {@code sms}, {@code api}
 * @param reference what the text belongs to in the source (a complaint number, a template code), or null
 */
public record TextToCheck(
        String text,
        ServiceStage stage,
        PhraseAuthor author,
        String source,
        @Nullable String reference) {}
