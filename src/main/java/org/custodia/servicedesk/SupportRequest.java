package org.custodia.servicedesk;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A support request with its thread. {@code requester} and {@code requesterEmail} are the user's as
 * the desk sees them; the organisation is the one the user works for.
 */
public record SupportRequest(
        UUID id,
        String organisationName,
        String requester,
        String requesterEmail,
        String subject,
        RequestStatus status,
        Channel channel,
        String contactDetails,
        UUID assignee,
        Instant raisedAt,
        Instant lastContactAt,
        List<SupportMessage> messages,
        List<Screenshot> screenshots) {

    /** An attached screenshot, without its bytes. */
    public record Screenshot(UUID id, String mediaType, int sizeBytes, Instant uploadedAt) {}

    public String reference() {
        return reference(id);
    }

    /** The short reference people quote on the phone: the id's first eight characters, upper case. */
    public static String reference(UUID id) {
        return "SD-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
