package org.custodia.platform;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custodia.shared.InvalidInput;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A posted HTML form, read the one way every page reads one. A getter given a label is strict: a value
 * that cannot be read (a date that is not a date) is recorded as that field's error, in the order the
 * fields are read, and null is returned. A getter without a label is lenient: an unreadable value is
 * null, and the rules of the action say what is missing. {@link #check()} stops at what could not be
 * read; {@link FormPage} shows these errors before those of the rules, as the GOV.UK error summary.
 *
 * <p>The template sees the same object as {@code form}: {@link #get} and {@link #all} give back what was
 * entered, so a form shown again keeps it.
 */
public final class Form {

    /** The example a date error gives unless the page names its own. */
    public static final String DATE_EXAMPLE = "27 3 2026";

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*(am|pm)?");

    private final MultiValueMap<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Form(MultiValueMap<String, String> posted) {
        this.values = new LinkedMultiValueMap<>(posted);
    }

    /** The fields of a page that takes them as a map of one value each. */
    public static Form of(Map<String, String> fields) {
        return new Form(MultiValueMap.fromSingleValue(fields));
    }

    /** A form with nothing entered yet, to show or to fill with what is recorded. */
    public Form() {
        this(new LinkedMultiValueMap<>());
    }

    /** What was entered in the field (the first value), as typed; null if nothing. */
    public String get(String name) {
        return values.getFirst(name);
    }

    /** Every value of the field, for checkboxes and multiple selects. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Fills in a field, for a form showing what is recorded; a null value leaves it empty. */
    public Form put(String name, Object value) {
        if (value != null) {
            values.put(name, List.of(value.toString()));
        }
        return this;
    }

    /** Fills in the options chosen of a checkbox field. */
    public Form putAll(String name, Set<? extends Enum<?>> chosen) {
        values.put(name, chosen.stream().map(Enum::name).toList());
        return this;
    }

    /** The field trimmed; null if blank. */
    public String text(String name) {
        String value = get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A checkbox posting {@code true}. */
    public boolean checked(String name) {
        return "true".equals(get(name));
    }

    /** A yes/no radio answered {@code yes}. */
    public boolean yes(String name) {
        return "yes".equals(text(name));
    }

    /** The option chosen, or null when none (or one that does not exist) was. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String chosen = text(name);
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(chosen)) {
                return option;
            }
        }
        return null;
    }

    /** The options ticked; those that do not exist are left out. */
    public <E extends Enum<E>> Set<E> choices(String name, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (E option : type.getEnumConstants()) {
            if (all(name).contains(option.name())) {
                chosen.add(option);
            }
        }
        return chosen;
    }

    public UUID id(String name) {
        return uuid(get(name));
    }

    /** An identifier typed in, which may be left empty; anything else is the field's error. */
    public UUID id(String name, String message) {
        UUID id = id(name);
        check(id != null || text(name) == null, name, message);
        return id;
    }

    /** The identifiers chosen; values that are not identifiers are left out. */
    public List<UUID> ids(String name) {
        return all(name).stream().map(Form::uuid).filter(Objects::nonNull).toList();
    }

    /** A whole number; null if empty or not a number. */
    public Integer integer(String name) {
        String value = text(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number that may be written with commas (1,200); anything else is the field's error. */
    public Integer integer(String name, String label) {
        String value = text(name);
        try {
            return value == null ? null : Integer.valueOf(value.replace(",", ""));
        } catch (NumberFormatException e) {
            return error(name, label + " must be a number, for example 120");
        }
    }

    /** Pounds and pence typed as "25" or "£25.50", in pence; null if empty or unreadable. */
    public Integer pence(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal pounds = new BigDecimal(value.replace("£", "").replace(",", ""));
            return pounds.scale() > 2 ? null : pounds.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A GOV.UK date input posted as {@code <name>Day}, {@code <name>Month} and {@code <name>Year}. */
    public LocalDate date(String name, String label) {
        return date(name, label, DATE_EXAMPLE);
    }

    /** A date input whose error gives its own example ("for example 27 3 2015" for a birth). */
    public LocalDate date(String name, String label, String example) {
        return date(name, label, example, get(name + "Day"), get(name + "Month"), get(name + "Year"));
    }

    /**
     * The three boxes of a date input as a date: null when all are empty; when they are not a real
     * date, the error of {@code field} (the id the error summary links to) and null.
     */
    public LocalDate date(String field, String label, String example, String day, String month, String year) {
        try {
            return parseDate(day, month, year);
        } catch (DateTimeException e) {
            return error(field, label + " must be a real date, for example " + example);
        }
    }

    /** A date input whose boxes are the fields given; null when empty or not a real date. */
    public LocalDate realDate(String dayField, String monthField, String yearField) {
        try {
            return parseDate(get(dayField), get(monthField), get(yearField));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date input and a time box ({@code <name>Time}, e.g. 14:30 or 2:30pm), as UK time. */
    public Instant dateTime(String name, String label) {
        int before = errors.size();
        LocalDate date = date(name, label);
        String time = text(name + "Time");
        if (errors.size() > before) {
            return null;
        }
        if (date == null) {
            return time == null ? null : error(name, label + ": enter the date as well as the time");
        }
        if (time == null) {
            return error(name, label + ": enter the time, for example 14:30");
        }
        try {
            return date.atTime(parseTime(time)).atZone(UkCalendar.ZONE).toInstant();
        } catch (DateTimeException e) {
            return error(name, label + ": enter a real time, for example 14:30");
        }
    }

    /** Puts a moment back into a date-and-time input, as UK time, to show or change it. */
    public Form putDateTime(String name, Instant instant) {
        if (instant != null) {
            var local = instant.atZone(UkCalendar.ZONE);
            put(name + "Day", local.getDayOfMonth());
            put(name + "Month", local.getMonthValue());
            put(name + "Year", local.getYear());
            put(name + "Time", String.format(Locale.UK, "%02d:%02d", local.getHour(), local.getMinute()));
        }
        return this;
    }

    /** Records an error of a rule the page checks itself, unless the field has one already. */
    public void check(boolean holds, String field, String message) {
        if (!holds) {
            error(field, message);
        }
    }

    /** The fields that could not be read, field to message, in the order they were read. */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    public boolean unreadable() {
        return !errors.isEmpty();
    }

    /** Goes no further when a field could not be read. */
    public void check() {
        if (unreadable()) {
            throw new InvalidInput(errors);
        }
    }

    /** The fields that could not be read, then the rules the action broke on the other fields. */
    public Map<String, String> errorsWith(InvalidInput broken) {
        Map<String, String> all = new LinkedHashMap<>(errors);
        broken.errors().forEach(all::putIfAbsent);
        return all;
    }

    private <T> T error(String field, String message) {
        errors.putIfAbsent(field, message);
        return null;
    }

    /** Null when all three boxes are empty. */
    private static LocalDate parseDate(String day, String month, String year) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new DateTimeException("Not a date", e);
        }
    }

    private static LocalTime parseTime(String time) {
        Matcher match = TIME.matcher(time.toLowerCase(Locale.UK));
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
        return LocalTime.of(hour, Integer.parseInt(match.group(2)));
    }

    private static UUID uuid(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
