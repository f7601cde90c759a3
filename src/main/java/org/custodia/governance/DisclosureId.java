package org.custodia.governance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** One disclosure of people's data outside the organisation. */
public record DisclosureId(@JsonValue UUID value) {

    public DisclosureId {
        Objects.requireNonNull(value, "DisclosureId");
    }

    public static DisclosureId random() {
        return new DisclosureId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
