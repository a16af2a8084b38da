package io.shixiao.notification.template;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a template's text: placeholders are {@code {name}}; a body may use only its declared
 * variables; a message is rendered only when every placeholder has a value, and values carry no line
 * breaks or control characters (an SMS is one text, and a value must not smuggle another instruction in).
 */
public final class TemplateText {

    /** Longest template body; an SMS of several segments, not a letter. */
    public static final int BODY_MAX = 500;

    /** Longest value put into a placeholder. */
    public static final int VALUE_MAX = 200;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]{0,40})}");

    private TemplateText() {}

    /** The placeholders of {@code body}, in order of first use. */
    public static Set<String> placeholders(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(body);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The placeholders of {@code body} that are not among {@code variables}. */
    public static Set<String> undeclared(String body, List<String> variables) {
        Set<String> unknown = placeholders(body);
        unknown.removeAll(variables);
        return unknown;
    }

    /**
     * The message: {@code body} with every placeholder replaced by its value.
     *
     * @throws IllegalArgumentException naming the placeholders without a value, or a value too long
     */
    public static String render(String body, Map<String, String> values) {
        Set<String> missing = placeholders(body);
        missing.removeIf(name -> values.get(name) != null && !values.get(name).isBlank());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no value for " + String.join(", ", missing));
        }
        StringBuilder text = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(body);
        while (matcher.find()) {
            matcher.appendReplacement(
                    text, Matcher.quoteReplacement(clean(matcher.group(1), values.get(matcher.group(1)))));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    // Only called for placeholders the caller has checked to have a value.
    private static String clean(String name, @Nullable String value) {
        String flat = Objects.requireNonNull(value, name).strip().replaceAll("\\p{Cntrl}+", " ");
        if (flat.length() > VALUE_MAX) {
            throw new IllegalArgumentException("the value of " + name + " is longer than " + VALUE_MAX + " characters");
        }
        return flat;
    }
}
