package org.custodia.rights.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.custodia.shared.InvalidInput;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reading the posted fields of the request forms, and the journey of each form: act and go on, or show
 * the form again with what was entered and a GOV.UK error summary. A field that cannot be read (a date
 * that is not a date) is reported with the others, not on its own.
 */
final class Fields {

    private final MultiValueMap<String, String> form;
    private final Map<String, String> errors = new LinkedHashMap<>();

    Fields(MultiValueMap<String, String> form) {
        this.form = form;
    }

    String text(String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value;
    }

    /** A GOV.UK date input ({@code <field>Day}, {@code Month}, {@code Year}); null when all are empty. */
    LocalDate date(String field, String label) {
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
            errors.put(field, label + " must be a real date, for example 27 3 2026");
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String chosen = form.getFirst(field);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(chosen))
                .findFirst()
                .orElse(null);
    }

    Integer integer(String field) {
        String value = text(field);
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Pounds and pence typed as "25" or "£25.50", in pence; null if unreadable. */
    Integer pence(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal pounds = new BigDecimal(value.trim().replace("£", "").replace(",", ""));
            return pounds.scale() > 2 ? null : pounds.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    boolean checked(String field) {
        return "true".equals(form.getFirst(field));
    }

    /** Throws the fields that could not be read together with the rules the action broke. */
    void merge(InvalidInput broken) {
        Map<String, String> all = new LinkedHashMap<>(errors);
        broken.errors().forEach(all::putIfAbsent);
        throw new InvalidInput(all);
    }

    boolean unreadable() {
        return !errors.isEmpty();
    }

    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Runs the action (which returns where to go next); on bad input, the form again with its errors (400). */
    static String submit(
            String template,
            MultiValueMap<String, String> form,
            Supplier<String> action,
            String notice,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            String next = action.get();
            if (notice != null) {
                redirect.addFlashAttribute("notice", notice);
            }
            return "redirect:" + next;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, template, form);
        }
    }

    static String show(Model model, String template, MultiValueMap<String, String> form) {
        model.addAttribute("form", form.toSingleValueMap());
        return template;
    }

    static String show(Model model, String template) {
        return show(model, template, new LinkedMultiValueMap<>());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
