package org.custodia.identity;

import java.time.Instant;
import org.custodia.shared.Nation;
import org.custodia.shared.OrganisationId;

/** A controller: the organisation whose records these are. Its code is the Organisation ID. */
public record Organisation(
        OrganisationId id,
        String code,
        String name,
        OrganisationKind kind,
        Nation nation,
        boolean mfaRequired,
        Instant createdAt) {}
