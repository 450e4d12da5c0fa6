package cyd.account;

/**
 * Emails an account needs. The account feature fires these as CDI events inside the transaction that made the
 * token; the mail feature (above it) observes them and writes the email to the outbox in that same transaction.
 */
public sealed interface AccountEmail {

    /** A link confirming the address; afterwards the person goes on to {@code next} (a path in Cyd), if given. */
    record Verify(Person person, String token, String next) implements AccountEmail {
    }

    /** A link to choose a new password. */
    record Reset(Person person, String token) implements AccountEmail {
    }
}
