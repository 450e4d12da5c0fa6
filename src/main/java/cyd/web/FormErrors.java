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
