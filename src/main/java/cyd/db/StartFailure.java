package cyd.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a person reads when Cyd cannot start: the cause in a sentence, not only a stack trace. */
final class StartFailure {

    private static final Pattern CHANGESET = Pattern.compile("changeset (\\S+::\\S+?::\\S+?):?\\s");

    private StartFailure() {
    }

    static String explain(Throwable failure, boolean embedded) {
        Throwable migration = find(failure, "liquibase.");
        if (migration == null) {
            return "Cyd could not start: " + deepest(failure);
        }
        String change = changeset(failure);
        return "Cyd could not upgrade its database" + (change != null ? " at change " + change : "") + ":\n  "
                + deepest(migration) + "\n"
                + "Changes before that one are applied and kept, that change is not recorded as done, and nothing "
                + "was deleted. Cyd did not start.\n"
                + (embedded ? "A copy of the database as it was before this upgrade is in the data folder's "
                        + "backups/ (restore it with the 'restore' command into an empty data folder).\n"
                        : "Back up the database before trying again (see deploy/README.md).\n")
                + "Start the earlier version of Cyd again, or fix the cause above and start this version again: "
                + "the upgrade continues from the change that failed.";
    }

    private static Throwable find(Throwable t, String packagePrefix) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getClass().getName().startsWith(packagePrefix)) {
                return c;
            }
        }
        return null;
    }

    /** The changeset Liquibase names in its message ("... changeset db/changelog/007-x.sql::7-x::cyd: ..."). */
    private static String changeset(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage();
            if (m != null) {
                Matcher match = CHANGESET.matcher(m);
                if (match.find()) {
                    return match.group(1);
                }
            }
        }
        return null;
    }

    private static String deepest(Throwable t) {
        Throwable last = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                last = c;
            }
        }
        String m = last.getMessage() == null ? last.toString() : last.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
