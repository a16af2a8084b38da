package io.shixiao.quality.domain;

import io.shixiao.quality.ServiceStage;
import java.util.List;

/**
 * A phrase on the list as the matcher needs it.
 *
 * @param text the phrase as written on the list (the seed's words for a seed phrase)
 * @param core the clauses forbidden on their own; empty where only the whole phrase is
 */
public record ListedPhrase(long id, ServiceStage stage, String text, List<String> core) {

    public ListedPhrase {
        core = List.copyOf(core);
    }
}
