package org.custodia.governance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** An organisation, agency, court or processor that receives personal data. */
public record RecipientId(@JsonValue UUID value) {

    public RecipientId {
        Objects.requireNonNull(value, "RecipientId");
    }

    public static RecipientId random() {
        return new RecipientId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
