package io.shixiao.shared.input;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/** A JSON array or object read into a collection, array or map of at most {@link InputLimits#MAX_ELEMENTS}. */
final class BoundedContainerDeserializer extends DelegatingDeserializer {

    BoundedContainerDeserializer(ValueDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
        return new BoundedContainerDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        return bounded(parser, super.deserialize(parser, context));
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context, Object into) {
        return bounded(parser, super.deserialize(parser, context, into));
    }

    private Object bounded(JsonParser parser, Object value) {
        if (sizeOf(value) > InputLimits.MAX_ELEMENTS) {
            throw new RefusedInput(
                    parser, "must not have more than " + InputLimits.MAX_ELEMENTS + " elements", handledType());
        }
        return value;
    }

    private static int sizeOf(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (value != null && value.getClass().isArray()) {
            return Array.getLength(value);
        }
        return 0;
    }
}
