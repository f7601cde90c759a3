package org.custodia.rights;

import java.time.LocalDate;
import org.custodia.shared.OrganisationId;

/** The deadline was extended once by one or two months; the reason must reach the person. */
public record DeadlineExtended(
        OrganisationId organisation, RightsRequestId request, int months, String reason, LocalDate dueOn) {}
