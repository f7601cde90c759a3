package org.custodia.rights;

import java.util.List;
import org.custodia.casework.PersonId;
import org.custodia.shared.OrganisationId;

/** The request was closed; the legal holds it placed are lifted. */
public record RightsRequestClosed(
        OrganisationId organisation, RightsRequestId request, RequestOutcome outcome, List<PersonId> people) {}
