package io.shixiao.shared.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads every JSON string bound to a {@code String}: only a JSON string (no number or boolean turned into
 * text), and only text the {@link TextRules} accept.
 */
final class CheckedTextDeserializer extends StdDeserializer<String> {

    CheckedTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw new RefusedInput(parser, "must be a JSON string", String.class);
        }
        String text = parser.getString();
        String problem = TextRules.problemWith(text);
        if (problem != null) {
            throw new RefusedInput(parser, problem, String.class);
        }
        return text;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }
}
