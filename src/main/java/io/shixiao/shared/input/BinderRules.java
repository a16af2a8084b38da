package io.shixiao.shared.input;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The input rules for everything Spring binds from the URL and forms, on every controller: path variables,
 * query and form parameters and page form fields. Text meets the {@link TextRules}; ISO dates and instants
 * lie within {@link InputLimits}; a page form binds list rows up to index
 * {@link InputLimits#AUTO_GROW_COLLECTION_LIMIT}. A refusal is a binding error naming the field (400 on the
 * API, a field error on a page form).
 */
@ControllerAdvice
class BinderRules {

    @InitBinder
    void applyInputRules(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(InputLimits.AUTO_GROW_COLLECTION_LIMIT);
        binder.registerCustomEditor(String.class, new TextEditor());
        binder.registerCustomEditor(LocalDate.class, new DateEditor());
        binder.registerCustomEditor(Instant.class, new InstantEditor());
    }

    /** Text as sent, or refused with the rule it breaks. */
    static final class TextEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            String problem = text == null ? null : TextRules.problemWith(text);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** {@code 2026-05-01}; empty means none. */
    static final class DateEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date as 2026-05-01", e);
            }
            if (!InputLimits.isPlausible(date)) {
                throw new IllegalArgumentException(InputLimits.DATE_RANGE);
            }
            setValue(date);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** {@code 2026-05-01T08:30:00Z} or with an offset, {@code 2026-05-01T08:30:00+08:00}; empty means none. */
    static final class InstantEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            Instant instant;
            try {
                instant = OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be an instant as 2026-05-01T08:30:00+08:00", e);
            }
            if (!InputLimits.isPlausible(instant)) {
                throw new IllegalArgumentException(InputLimits.INSTANT_RANGE);
            }
            setValue(instant);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
