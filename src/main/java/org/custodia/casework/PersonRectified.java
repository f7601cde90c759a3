package org.custodia.casework;

import java.time.Instant;
import java.util.UUID;
import org.custodia.shared.OrganisationId;

/**
 * A value about a person was corrected, or the person's own statement was attached to it; recipients
 * of the data are to be told (Art 19). {@code entry} is the history or statement row; {@code request}
 * may be null.
 */
public record PersonRectified(
        OrganisationId organisation,
        PersonId person,
        UUID entry,
        RecordedValue value,
        Kind kind,
        UUID request,
        Instant at) {

    public enum Kind {
        CORRECTED,
        STATEMENT_ADDED
    }
}
