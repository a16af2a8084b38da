package io.shixiao.shared.input;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.type.MapType;

/**
 * Strict JSON for every request body: a value must have the JSON type of its field (no {@code 1.5} read as
 * id 1, no {@code true} or {@code 5} read as text, no {@code "5"} read as a number, no number read as an
 * enum), text meets the {@link TextRules}, time lies within {@link InputLimits}, collections and maps hold at
 * most {@link InputLimits#MAX_ELEMENTS}, and nothing may follow the document.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .addModule(inputRules());
    }

    /**
     * A request body of at most {@link InputLimits#MAX_JSON_BYTES} and {@link InputLimits#MAX_JSON_TOKENS}
     * tokens, nested at most {@link InputLimits#MAX_JSON_DEPTH} deep: unknown fields are skipped, not
     * refused, so without these an object of 100,000 unknown keys would still be read through.
     */
    @Bean
    JsonFactoryBuilderCustomizer boundedJsonDocuments() {
        return builder -> builder.streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(InputLimits.MAX_JSON_BYTES)
                .maxTokenCount(InputLimits.MAX_JSON_TOKENS)
                .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                .build());
    }

    static SimpleModule inputRules() {
        SimpleModule module = new SimpleModule("shixiao-input-rules");
        module.addDeserializer(String.class, new CheckedTextDeserializer());
        module.addKeyDeserializer(String.class, new CheckedKeyDeserializer());
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deser) {
                return PlausibleTimeDeserializer.TYPES.contains(deser.handledType())
                        ? new PlausibleTimeDeserializer(deser)
                        : deser;
            }

            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(
                    DeserializationConfig config,
                    CollectionType type,
                    BeanDescription.Supplier description,
                    ValueDeserializer<?> deser) {
                return new BoundedContainerDeserializer(deser);
            }

            @Override
            public ValueDeserializer<?> modifyMapDeserializer(
                    DeserializationConfig config,
                    MapType type,
                    BeanDescription.Supplier description,
                    ValueDeserializer<?> deser) {
                return new BoundedContainerDeserializer(deser);
            }

            @Override
            public ValueDeserializer<?> modifyArrayDeserializer(
                    DeserializationConfig config,
                    ArrayType type,
                    BeanDescription.Supplier description,
                    ValueDeserializer<?> deser) {
                // byte[] is one Base64 value, not a list of elements.
                return type.getContentType().isPrimitive() ? deser : new BoundedContainerDeserializer(deser);
            }
        });
        return module;
    }
}
