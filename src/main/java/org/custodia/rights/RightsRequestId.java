package org.custodia.rights;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.custodia.shared.DataSubjectId;

public record RightsRequestId(@JsonValue UUID value) implements Serializable {

    public RightsRequestId {
        Objects.requireNonNull(value, "RightsRequestId");
    }

    public static RightsRequestId random() {
        return new RightsRequestId(UUID.randomUUID());
    }

    /** The reference given to the requester, e.g. RR-7F3A9C21: short enough to quote on the phone. */
    public String reference() {
        return "RR-" + value.toString().substring(0, 8).toUpperCase();
    }

    /** What the requester wrote is encrypted under a key of the request's own, destroyed with it. */
    public DataSubjectId keyHolder() {
        return new DataSubjectId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
