package org.custodia.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of a person who signs in: an organisation's user or a platform operator. */
public record UserId(@JsonValue UUID value) implements Serializable {

    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
