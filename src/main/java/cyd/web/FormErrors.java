package cyd.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was wrong with a submitted form, field by field, in the page's language and in the order the
 * fields appear, for the error summary and the message at each field.
 */
public class FormErrors {

    public record FieldError(String field, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Keeps the first message for a field: the most basic problem is the one to fix first. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /**
     * The rule for a field of words, written once: required (unless {@code required} is null) and at most {@code max}
     * characters (counted as characters, as the database counts them, not as UTF-16 units). {@code value} is the text
     * already cleaned.
     */
    public FormErrors text(String field, String value, int max, String required, String tooLong) {
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

    public String get(String field) {
        return byField.get(field);
    }

    public boolean isAny() {
        return !byField.isEmpty();
    }

    public List<FieldError> getAll() {
        List<FieldError> list = new ArrayList<>();
        byField.forEach((f, m) -> list.add(new FieldError(f, m)));
        return list;
    }

    public Map<String, String> asMap() {
        return Map.copyOf(byField);
    }
}
