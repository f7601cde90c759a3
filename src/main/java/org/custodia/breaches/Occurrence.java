package org.custodia.breaches;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** When the breach happened, as far as it is known. */
public record Occurrence(OccurrencePrecision precision, Instant at) {

    public Occurrence {
        at = at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
    }

    public static Occurrence notKnown() {
        return new Occurrence(OccurrencePrecision.NOT_KNOWN, null);
    }
}
