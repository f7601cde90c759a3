package org.custodia.casework;

import java.time.Instant;
import java.util.UUID;
import org.custodia.shared.OrganisationId;

/** A person's data was restricted; recipients of it are to be told (Art 19). {@code request} may be null. */
public record PersonRestricted(
        OrganisationId organisation,
        PersonId person,
        UUID restriction,
        RestrictionGround ground,
        UUID request,
        Instant at) {}
