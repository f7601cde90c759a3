package org.custodia.rights;

import java.time.LocalDate;
import org.custodia.shared.OrganisationId;

/** The fee was paid; the clock runs again. */
public record FeePaid(OrganisationId organisation, RightsRequestId request, LocalDate paidOn) {}
