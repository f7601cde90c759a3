package org.custodia.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A report of "administrator access I should not have". */
public record AccessReportId(@JsonValue UUID value) {

    public AccessReportId {
        Objects.requireNonNull(value, "AccessReportId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
