package org.custodia.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** One line of the operator's queue. */
public record QueueEntry(
        UUID id,
        String organisationName,
        String requester,
        String subject,
        RequestStatus status,
        Channel channel,
        UUID assignee,
        Instant raisedAt,
        Instant lastContactAt) {

    public String reference() {
        return SupportRequest.reference(id);
    }
}
