package io.shixiao.quality.application;

import io.shixiao.quality.ServiceStage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the packaged seed list {@code quality/forbidden-phrases.yml}: a document name and its phrases
 * with key, stage, phrase, optional core and clause. Every problem is reported at once.
 */
public final class SeedPhraseFile {

    public static final String RESOURCE = "/quality/forbidden-phrases.yml";

    private static final Set<String> KEYS = Set.of("key", "stage", "phrase", "core", "clause");

    private SeedPhraseFile() {}

    /** The packaged list. */
    public static List<SeedPhrase> packaged() {
        try (InputStream in = SeedPhraseFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing packaged seed list " + RESOURCE);
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SeedPhrase> read(InputStream in, String name) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        List<String> problems = new ArrayList<>();
        List<SeedPhrase> phrases = new ArrayList<>();
        if (!(document instanceof Map<?, ?> root)
                || !(root.get("document") instanceof String source)
                || !(root.get("phrases") instanceof List<?> entries)) {
            throw new IllegalStateException(name + ": expected 'document' and a list of 'phrases'");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = name + ": phrases[" + i + "]: ";
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                problems.add(where + "expected a mapping");
                continue;
            }
            entry.keySet().stream()
                    .filter(k -> !KEYS.contains(String.valueOf(k)))
                    .forEach(k -> problems.add(where + "unknown key '" + k + "'"));
            String key = text(entry, "key", where, problems);
            String stage = text(entry, "stage", where, problems);
            String phrase = text(entry, "phrase", where, problems);
            String clause = text(entry, "clause", where, problems);
            List<String> core = core(entry.get("core"), where, problems);
            if (key != null && !seen.add(key)) {
                problems.add(where + "key '" + key + "' given twice");
            }
            ServiceStage serviceStage = stage(stage, where, problems);
            if (key != null && serviceStage != null && phrase != null && clause != null && core != null) {
                phrases.add(new SeedPhrase(key, serviceStage, phrase, core, source + " " + clause));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        return phrases;
    }

    private static @Nullable String text(Map<?, ?> entry, String key, String where, List<String> problems) {
        Object value = entry.get(key);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        problems.add(where + "'" + key + "' must be a text");
        return null;
    }

    private static @Nullable List<String> core(@Nullable Object value, String where, List<String> problems) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        problems.add(where + "'core' must be a list of texts");
        return null;
    }

    private static @Nullable ServiceStage stage(@Nullable String stage, String where, List<String> problems) {
        if (stage == null) {
            return null;
        }
        try {
            return ServiceStage.valueOf(stage);
        } catch (IllegalArgumentException e) {
            problems.add(where + "unknown stage '" + stage + "'");
            return null;
        }
    }
}
