package cyd.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was wrong with a submitted form, field by field, in the order the fields appear, for the error summary and
 * the message at each field. It holds messages named ({@link Word}), not words: the page says them in its language
 * ({@code errors.get(field)} in a template, see {@link TemplateExtensions}).
 */
public class FormErrors {

    public record FieldError(String field, Word word) {
    }

    private final Map<String, Word> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Keeps the first message for a field: the most basic problem is the one to fix first. */
    public FormErrors add(String field, Word word) {
        byField.putIfAbsent(field, word);
        return this;
    }

    public <B> FormErrors add(String field, Word.Ref<B> message) {
        return add(field, Word.of(message));
    }

    /**
     * The rule for a field of words, written once: required (unless {@code required} is null) and at most {@code max}
     * characters (counted as characters, as the database counts them, not as UTF-16 units). {@code value} is the text
     * already cleaned.
     */
    public <A, B> FormErrors text(String field, String value, int max, Word.Ref<A> required, Word.Ref<B> tooLong) {
        String v = value == null ? "" : value;
        if (v.isEmpty()) {
            if (required != null) {
                add(field, required);
            }
        } else if (v.codePointCount(0, v.length()) > max) {
            add(field, tooLong);
        }
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** What is wrong with a field, or null. */
    public Word word(String field) {
        return byField.get(field);
    }

    /** Whether a field is wrong for this reason. */
    public <B> boolean is(String field, Word.Ref<B> message) {
        return Word.of(message).equals(byField.get(field));
    }

    public boolean isAny() {
        return !byField.isEmpty();
    }

    public List<FieldError> getAll() {
        List<FieldError> list = new ArrayList<>();
        byField.forEach((f, m) -> list.add(new FieldError(f, m)));
        return list;
    }

    /** What is wrong with each field, in a language. */
    public Map<String, String> in(String lang) {
        Map<String, String> said = new LinkedHashMap<>();
        byField.forEach((f, w) -> said.put(f, w.in(lang)));
        return said;
    }
}
