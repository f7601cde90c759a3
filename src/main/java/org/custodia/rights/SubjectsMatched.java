package org.custodia.rights;

import java.util.List;
import org.custodia.casework.PersonId;
import org.custodia.shared.OrganisationId;

/** The DPO confirmed which people in the records the request is about; each is now under a legal hold. */
public record SubjectsMatched(OrganisationId organisation, RightsRequestId request, List<PersonId> people) {}
