package org.custodia.casework;

import java.time.Instant;
import java.util.UUID;

/** A case note; its text is free text and so sensitive: withheld (null) without a grant. */
public record CaseNote(UUID id, String text, boolean withheld, String writtenBy, Instant writtenAt) {}
