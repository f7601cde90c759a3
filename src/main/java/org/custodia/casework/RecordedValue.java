package org.custodia.casework;

import java.util.UUID;
import org.custodia.shared.InvalidInput;

/**
 * One value held about a person: a field of their record, one of their sensitive categories, or an
 * item of a list (an address, a telephone number, a case note) named by its row.
 */
public record RecordedValue(PersonField field, SensitiveCategory category, UUID item) {

    public RecordedValue {
        if (field == null) {
            throw new InvalidInput("field", "Select the value");
        }
        if (field == PersonField.SENSITIVE && category == null) {
            throw new InvalidInput("category", "Select the kind of sensitive information");
        }
        if (field.itemised() && item == null) {
            throw new InvalidInput("item", "Select which " + field.label().toLowerCase());
        }
        if (field != PersonField.SENSITIVE) {
            category = null;
        }
        if (!field.itemised()) {
            item = null;
        }
    }

    /** One form field naming the value: {@code LAST_NAME}, {@code SENSITIVE:ETHNICITY}, {@code ADDRESS:<id>}. */
    public String code() {
        return field.name() + (category != null ? ":" + category.name() : "") + (item != null ? ":" + item : "");
    }

    public static RecordedValue parse(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("field", "Select the value");
        }
        String[] parts = code.trim().split(":", 2);
        try {
            PersonField field = PersonField.valueOf(parts[0]);
            if (field == PersonField.SENSITIVE) {
                return new RecordedValue(field, parts.length > 1 ? SensitiveCategory.valueOf(parts[1]) : null, null);
            }
            return new RecordedValue(field, null, parts.length > 1 ? UUID.fromString(parts[1]) : null);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("field", "Select the value from the list");
        }
    }

    public static RecordedValue of(PersonField field) {
        return new RecordedValue(field, null, null);
    }

    /** Withheld from readers without a sensitive-data grant, like the value itself. */
    public boolean sensitive() {
        return field == PersonField.SENSITIVE || field == PersonField.CASE_NOTE;
    }

    public String label() {
        return field == PersonField.SENSITIVE ? category.label() : field.label();
    }
}
