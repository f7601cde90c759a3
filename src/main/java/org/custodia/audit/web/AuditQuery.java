package org.custodia.audit.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.custodia.shared.InvalidInput;

/**
 * Reads what a person or an API client typed into the audit filters, collecting one message per field
 * to fix (GOV.UK error message style) instead of failing at the first.
 */
final class AuditQuery {

    // Dates outside these years are typing mistakes, and would overflow PostgreSQL's timestamps.
    private static final int EARLIEST_YEAR = 2000;
    private static final int LATEST_YEAR = 9999;

    private final Map<String, String> errors = new LinkedHashMap<>();

    UUID actor(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Enter the actor as a user ID, like 3f2c9a1e-6b1d-4c55-9e0f-1a2b3c4d5e6f");
            return null;
        }
    }

    /** A date typed as YYYY-MM-DD (the API). */
    LocalDate isoDate(String field, String label, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return inRange(field, label, LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            errors.put(field, label + " must be a real date, written as YYYY-MM-DD");
            return null;
        }
    }

    /** A date typed in the three boxes of a GOV.UK date input; errors are keyed by the box to fix. */
    LocalDate dateParts(String field, String label, String day, String month, String year) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        String missing = blank(day) ? "day" : blank(month) ? "month" : blank(year) ? "year" : null;
        if (missing != null) {
            errors.put(field + "-" + missing, label + " must include a " + missing);
            return null;
        }
        try {
            return inRange(
                    field + "-year",
                    label,
                    LocalDate.of(
                            Integer.parseInt(year.trim()),
                            Integer.parseInt(month.trim()),
                            Integer.parseInt(day.trim())));
        } catch (NumberFormatException | DateTimeException e) {
            errors.put(field + "-day", label + " must be a real date");
            return null;
        }
    }

    /** Checks that a range runs forwards; the message goes on the field that ends it. */
    void inOrder(LocalDate from, LocalDate to, String toField, String toLabel, String fromLabel) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.put(toField, toLabel + " must be the same as or after " + fromLabel.toLowerCase());
        }
    }

    /** Pages count from 0; anything else is a tampered link, so it is refused rather than guessed. */
    int page(String value) {
        if (blank(value)) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.trim());
            if (page >= 0) {
                return page;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        errors.put("page", "Page must be a whole number, 0 or more");
        return 0;
    }

    static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }

    Map<String, String> errors() {
        return errors;
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private LocalDate inRange(String field, String label, LocalDate date) {
        if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
            errors.put(field, label + " must have a year between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
            return null;
        }
        return date;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
