package org.custodia.rights;

import org.custodia.shared.OrganisationId;

/** The requester's identity was verified, or recorded as not needed. */
public record IdentityVerified(OrganisationId organisation, RightsRequestId request, IdentityCheck check) {}
