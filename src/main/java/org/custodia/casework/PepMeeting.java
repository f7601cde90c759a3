package org.custodia.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A personal education plan meeting for a looked-after child. The notes are free text and so
 * sensitive: null and {@code notesWithheld} for readers without a grant.
 */
public record PepMeeting(
        UUID id, LocalDate heldOn, String attendees, String notes, boolean notesWithheld, Instant recordedAt) {}
