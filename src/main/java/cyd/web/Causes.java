package cyd.web;

import java.util.function.Predicate;

/**
 * Whether anything in a failure's chain of causes matches — including what a transaction manager keeps as suppressed
 * exceptions (a commit the database refused or did not answer arrives as a RollbackException whose reason is
 * suppressed, not its cause).
 */
final class Causes {

    private Causes() {
    }

    static boolean any(Throwable e, Predicate<Throwable> matches) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (matches.test(c)) {
                return true;
            }
            for (Throwable s : c.getSuppressed()) {
                if (any(s, matches)) {
                    return true;
                }
            }
        }
        return false;
    }
}
