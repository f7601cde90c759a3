package org.custodia.rights;

import org.custodia.shared.OrganisationId;

/** A request was received (public form or staff entry). */
public record RightsRequestReceived(
        OrganisationId organisation, RightsRequestId request, RequestKind kind, Channel channel) {}
