package org.custodia.breaches;

import java.time.Instant;

/** When the breach happened, as far as it is known. */
public record Occurrence(OccurrencePrecision precision, Instant at) {

    public static Occurrence notKnown() {
        return new Occurrence(OccurrencePrecision.NOT_KNOWN, null);
    }
}
