package org.custodia.casework.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.custodia.shared.InvalidInput;

/** A GOV.UK date input's three boxes as a date, or the error to show for them. */
final class DateFields {

    private DateFields() {}

    static LocalDate parse(String field, String label, String day, String month, String year) {
        boolean empty = blank(day) && blank(month) && blank(year);
        if (empty) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            throw new InvalidInput(field, label + " must be a real date, for example 27 3 2015");
        }
    }

    /** The date posted as {@code <field>Day}, {@code <field>Month} and {@code <field>Year}. */
    static LocalDate parse(Map<String, String> form, String field, String label) {
        return parse(field, label, form.get(field + "Day"), form.get(field + "Month"), form.get(field + "Year"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
