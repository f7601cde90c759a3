package org.custodia.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodia.shared.InvalidInput;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the governance forms share: reading posted fields, and showing the form again with its errors. */
final class Forms {

    private Forms() {}

    /**
     * Runs the action and redirects with a notice; on bad input, shows the form again (400) with what
     * was entered and an error per field.
     */
    static String submit(
            Supplier<String> action,
            String notice,
            String template,
            MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + target;
        } catch (InvalidInput e) {
            model.addAttribute("form", form.toSingleValueMap());
            model.addAttribute("chosen", form);
            model.addAttribute("errors", e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return template;
        }
    }

    static void empty(Model model) {
        model.addAttribute("form", Map.of());
        model.addAttribute("chosen", new org.springframework.util.LinkedMultiValueMap<String, String>());
    }

    /** A GOV.UK date input ({@code <field>Day}, {@code Month}, {@code Year}); null when all are empty. */
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

    static <E extends Enum<E>> E choice(MultiValueMap<String, String> form, String field, Class<E> type) {
        String chosen = form.getFirst(field);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(chosen))
                .findFirst()
                .orElse(null);
    }

    static UUID uuid(MultiValueMap<String, String> form, String field) {
        return uuid(form.getFirst(field));
    }

    static List<UUID> uuids(MultiValueMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null
                ? List.of()
                : values.stream().map(Forms::uuid).filter(v -> v != null).toList();
    }

    static UUID uuid(String value) {
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
