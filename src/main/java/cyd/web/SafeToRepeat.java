package cyd.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Doing this twice leaves things as doing it once does (backing an idea already backed changes nothing), so when the
 * connection to the database is lost mid-way — a database node stopped, a cluster moving to another node — the use
 * case is run again on a new connection rather than telling the person to try again. Read by {@link ConflictRetry},
 * on methods of a {@link RetryOnConflict} class; whether the lost commit happened or not, running it again is right.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SafeToRepeat {
}
