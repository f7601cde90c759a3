package org.custodia.rights;

import java.time.LocalDate;

/** A request in the DPO's list: no personal details, only what it is and when it is due. */
public record RightsRequestSummary(
        RightsRequestId id,
        String reference,
        RequestKind kind,
        RequestStatus status,
        LocalDate receivedOn,
        RequestClock clock) {}
