package io.shixiao.shared.problem;

/**
 * A record that does not exist, or that the current user may not see: both answer 404 so that
 * nobody learns another insurer's ids exist.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found.");
    }
}
