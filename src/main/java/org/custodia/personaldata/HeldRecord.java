package org.custodia.personaldata;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a module holds about a person, as it goes into a subject access response: a stable id
 * (module, kind and row, e.g. {@code casework.visit:<uuid>}), a category people understand, when it
 * was recorded, its fields in reading order (free text decrypted), and the other people it mentions
 * by name, which flag it for third-party review.
 */
public record HeldRecord(
        String id, String category, Instant recorded, Map<String, String> fields, List<String> otherPeople) {

    public HeldRecord {
        requireText(id, "id");
        requireText(category, "category");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
        otherPeople = List.copyOf(otherPeople == null ? List.of() : otherPeople);
    }

    /** A record with fields added in order; null values are left out (nothing recorded). */
    public static Builder of(String id, String category, Instant recorded) {
        return new Builder(id, category, recorded);
    }

    public boolean mentionsOtherPeople() {
        return !otherPeople.isEmpty();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A held record needs a " + name);
        }
    }

    public static final class Builder {
        private final String id;
        private final String category;
        private final Instant recorded;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<String> otherPeople = new java.util.ArrayList<>();

        private Builder(String id, String category, Instant recorded) {
            this.id = id;
            this.category = category;
            this.recorded = recorded;
        }

        public Builder field(String name, Object value) {
            if (value != null) {
                fields.put(name, value.toString());
            }
            return this;
        }

        /** Another person named in this record (a relative, a professional, someone disclosed with). */
        public Builder mentions(String person) {
            if (person != null && !person.isBlank() && !otherPeople.contains(person)) {
                otherPeople.add(person);
            }
            return this;
        }

        public HeldRecord build() {
            return new HeldRecord(id, category, recorded, fields, otherPeople);
        }
    }
}
