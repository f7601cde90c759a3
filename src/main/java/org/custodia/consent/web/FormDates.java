package org.custodia.consent.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.custodia.shared.InvalidInput;

/** A GOV.UK date input's three boxes ({@code <field>Day}, {@code Month}, {@code Year}) as a date. */
final class FormDates {

    private FormDates() {}

    static LocalDate parse(Map<String, String> form, String field, String label) {
        String day = form.get(field + "Day");
        String month = form.get(field + "Month");
        String year = form.get(field + "Year");
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            throw new InvalidInput(field, label + " must be a real date, for example 27 3 2026");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
