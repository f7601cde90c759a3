package org.custodia.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.custodia.shared.OrganisationId;

/** A restriction was lifted, after the person was told on {@code personToldOn}. {@code request} may be null. */
public record RestrictionLifted(
        OrganisationId organisation,
        PersonId person,
        UUID restriction,
        LocalDate personToldOn,
        UUID request,
        Instant at) {}
