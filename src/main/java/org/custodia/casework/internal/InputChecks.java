package org.custodia.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.custodia.shared.InvalidInput;

/**
 * Collects what is wrong with a record, the first problem per field, and refuses it with all of
 * them at once. Checks on a date that was not given pass: its own "enter the date" check catches it.
 */
public final class InputChecks {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final LocalDate today;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public InputChecks(LocalDate today) {
        this.today = today;
    }

    public InputChecks check(boolean ok, String field, String message) {
        if (!ok) {
            errors.putIfAbsent(field, message);
        }
        return this;
    }

    /** As {@link #check(boolean, String, String)}, for a message that can only be put together when it applies. */
    public InputChecks check(boolean ok, String field, Supplier<String> message) {
        return ok ? this : check(false, field, message.get());
    }

    public InputChecks required(Object value, String field, String message) {
        return check(value != null, field, message);
    }

    /** A date that must be given, today or earlier. */
    public InputChecks past(LocalDate date, String field, String message) {
        return check(date != null && !date.isAfter(today), field, message);
    }

    /** A date that may be left out, but if given is today or earlier. */
    public InputChecks pastIfGiven(LocalDate date, String field, String message) {
        return check(date == null || !date.isAfter(today), field, message);
    }

    public InputChecks onOrAfter(LocalDate date, LocalDate earliest, String field, String message) {
        return check(date == null || earliest == null || !date.isBefore(earliest), field, message);
    }

    /** Text that must be given, {@code max} characters or fewer. */
    public InputChecks text(String value, int max, String field, String message) {
        return check(value != null && !value.isBlank() && value.trim().length() <= max, field, message);
    }

    public InputChecks textIfGiven(String value, int max, String field, String message) {
        return check(value == null || value.trim().length() <= max, field, message);
    }

    public void orRefuse() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** A date as a message shows it: 3 September 2025. */
    public static String date(LocalDate date) {
        return UK_DATE.format(date);
    }
}
