package io.shixiao.organization.application;

import org.springframework.dao.OptimisticLockingFailureException;

/** The version check of every update: the client's version must be the stored one. */
final class OptimisticLock {

    private OptimisticLock() {}

    static void check(String what, Object id, long expected, long stored) {
        if (expected != stored) {
            throw new OptimisticLockingFailureException(
                    what + " " + id + " is at version " + stored + ", the change was made on version " + expected);
        }
    }

    static void updated(int rows, String what, Object id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException(what + " " + id + " was changed concurrently");
        }
    }
}
