package org.custodia.rights;

import org.custodia.shared.OrganisationId;

/** The request was refused as manifestly unfounded or excessive; the person must be told why and of their right to complain to the ICO. */
public record RequestRefused(OrganisationId organisation, RightsRequestId request, RefusalGround ground) {}
