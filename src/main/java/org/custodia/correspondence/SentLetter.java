package org.custodia.correspondence;

import java.time.Instant;
import java.util.UUID;

/** A letter that was sent, for a request's timeline: what, to whom, when, under which template version. */
public record SentLetter(
        UUID id,
        LetterKind kind,
        UUID reference,
        String recipient,
        String subject,
        int templateVersion,
        Instant sentAt) {}
