package io.shixiao.shared.input;

import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;

/** The names of a JSON object read into a {@code Map<String, …>} meet the same {@link TextRules} as values. */
final class CheckedKeyDeserializer extends KeyDeserializer {

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
        String problem = TextRules.problemWith(key);
        if (problem != null) {
            throw new RefusedInput(context.getParser(), "key " + problem, String.class);
        }
        return key;
    }
}
