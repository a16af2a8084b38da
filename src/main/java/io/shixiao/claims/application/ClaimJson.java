package io.shixiao.claims.application;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.shixiao.claims.domain.Claim;
import io.shixiao.shared.money.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The claim aggregate as the JSON document stored in {@code claim.body}: its fields as they are, so
 * that the domain carries no persistence annotations; amounts as decimal strings.
 */
final class ClaimJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withFieldVisibility(Visibility.ANY)
                    .withGetterVisibility(Visibility.NONE)
                    .withIsGetterVisibility(Visibility.NONE)
                    .withSetterVisibility(Visibility.NONE))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("money")
                    .addSerializer(Money.class, new MoneySerializer())
                    .addDeserializer(Money.class, new MoneyDeserializer()))
            .build();

    private ClaimJson() {}

    static String write(Claim claim) {
        return MAPPER.writeValueAsString(claim);
    }

    static Claim read(String json) {
        return MAPPER.readValue(json, Claim.class);
    }

    private static final class MoneySerializer extends ValueSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(value.toString());
        }
    }

    private static final class MoneyDeserializer extends ValueDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) {
            return Money.yuan(parser.getValueAsString());
        }
    }
}
