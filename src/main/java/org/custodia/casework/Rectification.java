package org.custodia.casework;

import java.time.Instant;
import java.util.UUID;

/** One correction, with the value it replaced (for the DPO), who made it and the request it answered. */
public record Rectification(
        UUID id, RecordedValue value, String oldValue, UUID rectifiedBy, Instant rectifiedAt, UUID request) {}
