package org.custodia.retention.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/** Reads form fields leniently: anything unreadable becomes null, and the rules say what is missing. */
final class FormValues {

    private FormValues() {}

    static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Integer number(MultiValueMap<String, String> form, String name) {
        String value = text(form, name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E choice(MultiValueMap<String, String> form, String name, Class<E> type) {
        String value = text(form, name);
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static UUID id(MultiValueMap<String, String> form, String name) {
        String value = text(form, name);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A GOV.UK date input: three fields, name-day, name-month and name-year. */
    static LocalDate date(MultiValueMap<String, String> form, String name) {
        Integer day = number(form, name + "-day");
        Integer month = number(form, name + "-month");
        Integer year = number(form, name + "-year");
        if (day == null || month == null || year == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
