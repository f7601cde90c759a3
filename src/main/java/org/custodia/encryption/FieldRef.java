package org.custodia.encryption;

import java.util.Objects;
import java.util.UUID;

/**
 * Where an encrypted value lives: its table, its field (column) and the id of its row. A value is
 * bound to this place, so a copy pasted into another row, field or table does not decrypt.
 */
public record FieldRef(String table, String field, String rowId) {

    public FieldRef {
        requireText(table, "table");
        requireText(field, "field");
        requireText(rowId, "row id");
    }

    public static FieldRef of(String table, String field, UUID rowId) {
        return new FieldRef(
                table, field, Objects.requireNonNull(rowId, "row id").toString());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An encrypted field needs a " + name + "; got " + value);
        }
    }

    @Override
    public String toString() {
        return table + "." + field + "[" + rowId + "]";
    }
}
