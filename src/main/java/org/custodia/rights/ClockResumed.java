package org.custodia.rights;

import java.time.LocalDate;
import org.custodia.shared.OrganisationId;

/** What the clock waited for arrived; it runs again to the new deadline. */
public record ClockResumed(
        OrganisationId organisation,
        RightsRequestId request,
        PauseReason reason,
        LocalDate resumedOn,
        LocalDate dueOn) {}
