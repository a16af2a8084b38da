package io.shixiao.notification.template;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A customer message template.
 *
 * @param body the text with {@code {placeholders}}
 * @param variables the placeholders a sender must fill
 * @param source the seed clause that asks for the message; {@code quote} its words
 * @param version optimistic-lock version
 */
public record MessageTemplate(
        String code,
        String channel,
        String name,
        String body,
        List<String> variables,
        String source,
        @Nullable String quote,
        String updatedBy,
        Instant updatedAt,
        int version) {

    public MessageTemplate {
        variables = List.copyOf(variables);
    }
}
