package org.custodia.breaches.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodia.platform.UkCalendar;
import org.custodia.shared.InvalidInput;
import org.springframework.util.MultiValueMap;

/** Reads the posted fields of the breach forms; a value that cannot be read is a named error. */
final class FormFields {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*(am|pm)?");

    private FormFields() {}

    static String text(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value;
    }

    /** A GOV.UK date input posted as {@code <field>Day}, {@code Month} and {@code Year}; null if all empty. */
    static LocalDate date(MultiValueMap<String, String> form, String field, String label) {
        String day = form.getFirst(field + "Day");
        String month = form.getFirst(field + "Month");
        String year = form.getFirst(field + "Year");
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

    /** A date input and a time box ({@code <field>Time}, e.g. 14:30 or 2:30pm), as UK time. */
    static Instant dateTime(MultiValueMap<String, String> form, String field, String label) {
        LocalDate date = date(form, field, label);
        String time = form.getFirst(field + "Time");
        if (date == null) {
            if (!blank(time)) {
                throw new InvalidInput(field, label + ": enter the date as well as the time");
            }
            return null;
        }
        if (blank(time)) {
            throw new InvalidInput(field, label + ": enter the time, for example 14:30");
        }
        Matcher match = TIME.matcher(time.trim().toLowerCase(Locale.UK));
        try {
            if (!match.matches()) {
                throw new DateTimeException(time);
            }
            int hour = Integer.parseInt(match.group(1));
            if (match.group(3) != null) {
                if (hour < 1 || hour > 12) {
                    throw new DateTimeException(time);
                }
                hour = hour % 12 + ("pm".equals(match.group(3)) ? 12 : 0);
            }
            LocalTime clockTime = LocalTime.of(hour, Integer.parseInt(match.group(2)));
            return date.atTime(clockTime).atZone(UkCalendar.ZONE).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInput(field, label + ": enter a real time, for example 14:30");
        }
    }

    static Integer count(MultiValueMap<String, String> form, String field, String label) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, label + " must be a number, for example 120");
        }
    }

    static <E extends Enum<E>> E choice(MultiValueMap<String, String> form, String field, Class<E> type) {
        String chosen = form.getFirst(field);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(chosen))
                .findFirst()
                .orElse(null);
    }

    static <E extends Enum<E>> Set<E> choices(MultiValueMap<String, String> form, String field, Class<E> type) {
        List<String> chosen = form.getOrDefault(field, List.of());
        Set<E> set = EnumSet.noneOf(type);
        Arrays.stream(type.getEnumConstants())
                .filter(e -> chosen.contains(e.name()))
                .forEach(set::add);
        return set;
    }

    static boolean checked(MultiValueMap<String, String> form, String field) {
        return "true".equals(form.getFirst(field));
    }

    /** Puts a date and time back into the form's boxes, as UK time, to show or change it. */
    static void putDateTime(Map<String, List<String>> form, String field, Instant instant) {
        if (instant == null) {
            return;
        }
        var local = instant.atZone(UkCalendar.ZONE);
        form.put(field + "Day", List.of(String.valueOf(local.getDayOfMonth())));
        form.put(field + "Month", List.of(String.valueOf(local.getMonthValue())));
        form.put(field + "Year", List.of(String.valueOf(local.getYear())));
        form.put(field + "Time", List.of(String.format(Locale.UK, "%02d:%02d", local.getHour(), local.getMinute())));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
