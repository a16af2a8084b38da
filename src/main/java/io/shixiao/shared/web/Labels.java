package io.shixiao.shared.web;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words pages show for enum values, from the message bundles ({@code i18n/enums*.properties}, keys
 * {@code enum.<SimpleName>.<NAME>}), so that every label exists once per language and the bundle-sync
 * test keeps the languages in step. Templates reach it as {@code @labels}.
 */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of {@code value} in the current request's language. */
    public String of(@Nullable Enum<?> value) {
        return of(value, LocaleContextHolder.getLocale());
    }

    public String of(@Nullable Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return java.util.Objects.requireNonNullElse(messages.getMessage(key, null, value.name(), locale), value.name());
    }

    /** The labels of several values joined as a list in the language's way (、 in Chinese). */
    public String all(Collection<? extends Enum<?>> values, Locale locale) {
        String separator = "en".equals(locale.getLanguage()) ? ", " : "、";
        return values.stream().map(v -> of(v, locale)).collect(Collectors.joining(separator));
    }
}
