package org.custodia.rights;

import org.custodia.shared.OrganisationId;

/** A fee was asked for; the clock waits until it is paid. */
public record FeeCharged(OrganisationId organisation, RightsRequestId request, FeeReason reason, int pence) {}
