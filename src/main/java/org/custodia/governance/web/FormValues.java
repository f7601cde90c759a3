package org.custodia.governance.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * A posted form as the pages see it: single fields as strings, checkboxes as lists of option names,
 * so a form shown again after an error keeps what was entered.
 */
final class FormValues {

    private FormValues() {}

    static Map<String, Object> of(MultiValueMap<String, String> posted, String... checkboxes) {
        Map<String, Object> form = new LinkedHashMap<>();
        posted.forEach((name, values) -> form.put(name, values.isEmpty() ? null : values.get(0)));
        for (String checkbox : checkboxes) {
            form.put(checkbox, posted.getOrDefault(checkbox, List.of()));
        }
        return form;
    }

    static String text(Map<String, Object> form, String name) {
        Object value = form.get(name);
        return value instanceof String text ? text : null;
    }

    static boolean yes(Map<String, Object> form, String name) {
        return "yes".equals(text(form, name));
    }

    /** The option chosen, or null when none (or one that does not exist) was. */
    static <E extends Enum<E>> E choice(Map<String, Object> form, String name, Class<E> type) {
        String chosen = text(form, name);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(chosen))
                .findFirst()
                .orElse(null);
    }

    static <E extends Enum<E>> Set<E> checked(Map<String, Object> form, String name, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (form.get(name) instanceof Collection<?> values) {
            for (E option : type.getEnumConstants()) {
                if (values.contains(option.name())) {
                    chosen.add(option);
                }
            }
        }
        return chosen;
    }

    static UUID uuid(Map<String, Object> form, String name) {
        String value = text(form, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
