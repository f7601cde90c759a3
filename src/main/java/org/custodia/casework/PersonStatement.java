package org.custodia.casework;

import java.time.Instant;
import java.util.UUID;

/** The person's own statement about a value; its text is null (withheld) where the value itself would be. */
public record PersonStatement(UUID id, RecordedValue value, String text, boolean withheld, Instant recordedAt) {}
