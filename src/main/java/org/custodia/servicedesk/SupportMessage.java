package org.custodia.servicedesk;

import java.time.Instant;
import java.util.UUID;

/** One message in a request's thread: from the user or the desk, and how it came. */
public record SupportMessage(
        UUID id, boolean fromDesk, Channel channel, String body, Instant writtenAt, Instant redactedAt) {}
