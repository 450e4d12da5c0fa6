package cyd.web;

/**
 * What a use case did: done (with what it made or changed), sent back with the form's problems, or
 * refused because this person may not do it. Resources branch on it; nothing is half-stored.
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Invalid, Outcome.Refused {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Invalid<T>(FormErrors errors) implements Outcome<T> {
    }

    record Refused<T>() implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> invalid(FormErrors errors) {
        return new Invalid<>(errors);
    }

    static <T> Outcome<T> refused() {
        return new Refused<>();
    }
}
