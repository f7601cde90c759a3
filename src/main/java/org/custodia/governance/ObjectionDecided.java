package org.custodia.governance;

import java.time.Instant;
import java.util.UUID;
import org.custodia.casework.PersonId;
import org.custodia.shared.OrganisationId;

/** The DPO decided a person's objection; {@code request} may be null. */
public record ObjectionDecided(
        OrganisationId organisation,
        PersonId person,
        ObjectionId objection,
        ProcessingActivityId activity,
        ObjectionDecision decision,
        UUID request,
        Instant at) {}
