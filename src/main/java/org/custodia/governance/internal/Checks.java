package org.custodia.governance.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodia.shared.InvalidInput;

/** Collects every problem of a form, so a person sees them all at once, then throws them together. */
public final class Checks {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public static Checks start() {
        return new Checks();
    }

    public Checks require(boolean ok, String field, String message) {
        if (!ok) {
            errors.putIfAbsent(field, message);
        }
        return this;
    }

    public Checks text(String value, int max, String field, String message) {
        return require(value != null && !value.isBlank() && value.length() <= max, field, message);
    }

    public Checks optionalText(String value, int max, String field, String message) {
        return require(value == null || value.length() <= max, field, message);
    }

    public Checks notFuture(LocalDate value, LocalDate today, String field, String message) {
        return require(value == null || !value.isAfter(today), field, message);
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
