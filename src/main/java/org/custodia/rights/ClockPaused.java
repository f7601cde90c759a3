package org.custodia.rights;

import java.time.LocalDate;
import org.custodia.shared.OrganisationId;

/** The clock stopped: the organisation asked for identity, clarification or a fee. */
public record ClockPaused(
        OrganisationId organisation, RightsRequestId request, PauseReason reason, LocalDate pausedOn) {}
