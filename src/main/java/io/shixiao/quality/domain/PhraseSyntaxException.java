package io.shixiao.quality.domain;

/** A phrase, or a core part of one, that cannot be read for matching; the message says why. */
public class PhraseSyntaxException extends IllegalArgumentException {

    public PhraseSyntaxException(String message) {
        super(message);
    }
}
