package io.shixiao.quality.application;

import io.shixiao.quality.ServiceStage;
import java.util.List;

/**
 * A phrase of the packaged seed list.
 *
 * @param key its stable identity, e.g. {@code GENERAL-01}
 * @param clause where the source document says it, document included
 */
public record SeedPhrase(String key, ServiceStage stage, String phrase, List<String> core, String clause) {

    public SeedPhrase {
        core = List.copyOf(core);
    }
}
