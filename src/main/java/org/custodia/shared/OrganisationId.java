package org.custodia.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of a controller organisation (a tenant). */
public record OrganisationId(@JsonValue UUID value) implements Serializable {

    public OrganisationId {
        Objects.requireNonNull(value, "organisation id");
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
