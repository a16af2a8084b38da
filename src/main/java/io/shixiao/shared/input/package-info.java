/**
 * The platform's input rules, applied to every request without an endpoint doing anything: text free of
 * NUL, control characters, text-direction overrides and unpaired surrogates, and not made of invisible
 * characters only ({@link io.shixiao.shared.input.TextRules}); instants and dates within a plausible range;
 * no JSON coercion of scalars; bounded collections, form fields and auto-grown form lists
 * ({@link io.shixiao.shared.input.InputLimits}). JSON bodies are checked while Jackson reads them, query and
 * form parameters by a filter in front of every handler; each refusal is a 400 naming the field.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.input;
