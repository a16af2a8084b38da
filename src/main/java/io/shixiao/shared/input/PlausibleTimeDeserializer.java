package io.shixiao.shared.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/** Instants and dates from JSON within {@link InputLimits}' range, as Jackson's own reader parses them. */
final class PlausibleTimeDeserializer extends DelegatingDeserializer {

    static final Set<Class<?>> TYPES =
            Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class, LocalDateTime.class, LocalDate.class);

    PlausibleTimeDeserializer(ValueDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
        return new PlausibleTimeDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
        Object value = super.deserialize(parser, context);
        String problem = problemWith(value);
        if (problem != null) {
            throw new RefusedInput(parser, problem, handledType());
        }
        return value;
    }

    static @org.jspecify.annotations.Nullable String problemWith(Object value) {
        Instant instant = null;
        if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof OffsetDateTime o) {
            instant = o.toInstant();
        } else if (value instanceof ZonedDateTime z) {
            instant = z.toInstant();
        } else if (value instanceof LocalDateTime l) {
            instant = l.toInstant(ZoneOffset.UTC);
        } else if (value instanceof LocalDate date) {
            return InputLimits.isPlausible(date) ? null : InputLimits.DATE_RANGE;
        }
        return instant == null || InputLimits.isPlausible(instant) ? null : InputLimits.INSTANT_RANGE;
    }
}
